import { Prisma, type PrismaClient } from '@etj/db';
import type { StaffRole } from '../identity/identity.types.ts';
import type { AccessAction } from './access-log-write.repository.ts';
import type { AccessLogQuery, LogKey } from './access-log.rules.ts';

export type AccessLogRow = {
  id: string;
  occurredAt: Date;
  staffHsaId: string;
  role: StaffRole;
  action: AccessAction;
  staffGivenName: string | null;
  staffFamilyName: string | null;
  caseReference: string | null;
  patientGivenName: string | null;
  patientFamilyName: string | null;
  patientIdentityNumber: string | null;
};

/** Reads the access log (written by access-log-write.repository.ts); never changes it. */
export class AccessLogRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * One page of a clinic's log, newest first, with staff, case and patient joined in the same
   * statement. The log has no foreign keys, so every join is a LEFT JOIN: a row outlives what
   * it names. Stockholm days become instants in SQL, so summer time is PostgreSQL's problem.
   */
  page(clinicId: string, query: AccessLogQuery, after: LogKey | null, limit: number) {
    const conditions = [Prisma.sql`a.clinic_id = ${clinicId}::uuid`];
    if (query.staffHsaId) conditions.push(Prisma.sql`a.staff_hsa_id = ${query.staffHsaId}`);
    if (query.patientIdentityNumber)
      conditions.push(
        Prisma.sql`a.patient_person_id IN (SELECT id FROM persons WHERE identity_number = ${query.patientIdentityNumber})`,
      );
    if (query.from)
      conditions.push(
        Prisma.sql`a.occurred_at >= (${query.from}::date::timestamp AT TIME ZONE 'Europe/Stockholm')`,
      );
    if (query.to)
      conditions.push(
        Prisma.sql`a.occurred_at < ((${query.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`,
      );
    if (after)
      conditions.push(
        Prisma.sql`(a.occurred_at, a.id) < (${after.occurredAt}::timestamptz, ${after.id}::bigint)`,
      );
    return this.prisma.$queryRaw<AccessLogRow[]>(Prisma.sql`
      SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.staff_hsa_id AS "staffHsaId",
        a.role::text AS role, a.action,
        s.given_name AS "staffGivenName", s.family_name AS "staffFamilyName",
        c.reference AS "caseReference",
        p.given_name AS "patientGivenName", p.family_name AS "patientFamilyName",
        p.identity_number AS "patientIdentityNumber"
      FROM access_log a
      LEFT JOIN staff_members s ON s.id = a.staff_member_id
      LEFT JOIN cases c ON c.id = a.case_id
      LEFT JOIN persons p ON p.id = a.patient_person_id
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY a.occurred_at DESC, a.id DESC
      LIMIT ${limit}`);
  }
}
