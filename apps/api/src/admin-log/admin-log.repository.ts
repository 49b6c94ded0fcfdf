import { Prisma, type PrismaClient } from '@etj/db';
import type { LogKey } from '../access-log/access-log.rules.ts';
import type { StaffRole } from '../identity/identity.types.ts';
import type { AdminAction } from './admin-log-write.repository.ts';
import type { AdminLogScope } from './admin-log.policy.ts';

export type AdminLogRowView = {
  id: string;
  occurredAt: Date;
  staffHsaId: string;
  role: StaffRole;
  action: AdminAction;
  staffGivenName: string | null;
  staffFamilyName: string | null;
  caseTypeNameSv: string | null;
  caseTypeNameEn: string | null;
  subjectGivenName: string | null;
  subjectFamilyName: string | null;
  subjectRole: StaffRole | null;
  enabled: boolean | null;
};

/** Reads the admin action log (written by admin-log-write.repository.ts); never changes it. */
export class AdminLogRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * One page of a clinic's or a region's log, newest first, names joined in the same statement
   * (LEFT JOINs: the log has no foreign keys and outlives what it names). Keyset on
   * (occurred_at, id), served by the (clinic_id | region_id, occurred_at, id) indexes.
   */
  page(scope: AdminLogScope, after: LogKey | null, limit: number) {
    const conditions = [
      'clinicId' in scope
        ? Prisma.sql`l.clinic_id = ${scope.clinicId}::uuid`
        : Prisma.sql`l.region_id = ${scope.regionId}::uuid AND l.clinic_id IS NULL`,
    ];
    if (after)
      conditions.push(
        Prisma.sql`(l.occurred_at, l.id) < (${after.occurredAt}::timestamptz, ${after.id}::bigint)`,
      );
    return this.prisma.$queryRaw<AdminLogRowView[]>(Prisma.sql`
      SELECT l.id::text AS id, l.occurred_at AS "occurredAt", l.staff_hsa_id AS "staffHsaId",
        l.role::text AS role, l.action, l.subject_role::text AS "subjectRole", l.enabled,
        s.given_name AS "staffGivenName", s.family_name AS "staffFamilyName",
        t.name_sv AS "caseTypeNameSv", t.name_en AS "caseTypeNameEn",
        sub.given_name AS "subjectGivenName", sub.family_name AS "subjectFamilyName"
      FROM admin_action_log l
      LEFT JOIN staff_members s ON s.id = l.staff_member_id
      LEFT JOIN case_types t ON t.id = l.case_type_id
      LEFT JOIN staff_members sub ON sub.id = l.subject_staff_member_id
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY l.occurred_at DESC, l.id DESC
      LIMIT ${limit}`);
  }
}
