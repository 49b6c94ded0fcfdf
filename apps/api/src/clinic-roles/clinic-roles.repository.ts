import type { PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import { writeAdminLog, type AdminLogRow } from '../admin-log/admin-log-write.repository.ts';
import type { StaffRole } from '../identity/identity.types.ts';
import type { ClinicAssignment } from './clinic-roles.policy.ts';

export type ClinicStaffRow = ClinicAssignment & {
  hsaId: string;
  givenName: string;
  familyName: string;
  title: string;
};

const toDate = (value: Date): CalendarDate => value.toISOString().slice(0, 10) as CalendarDate;
const dbDate = (value: CalendarDate): Date => new Date(`${value}T00:00:00Z`);

/** The clinic's assignments from the HSA catalogue, and the roles on them. */
export class ClinicRolesRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Everyone whose assignment at the clinic has not ended (those yet to start included). */
  async staffAtClinic(clinicId: string, today: CalendarDate): Promise<ClinicStaffRow[]> {
    const rows = await this.prisma.staffAssignment.findMany({
      where: { clinicId, OR: [{ validTo: null }, { validTo: { gte: dbDate(today) } }] },
      select: {
        id: true,
        staffMemberId: true,
        roles: true,
        validFrom: true,
        validTo: true,
        staffMember: { select: { hsaId: true, givenName: true, familyName: true, title: true } },
      },
      orderBy: [
        { staffMember: { familyName: 'asc' } },
        { staffMember: { givenName: 'asc' } },
        { id: 'asc' },
      ],
    });
    return rows.map((r) => ({
      id: r.id,
      staffMemberId: r.staffMemberId,
      roles: r.roles,
      validFrom: toDate(r.validFrom),
      validTo: r.validTo ? toDate(r.validTo) : null,
      ...r.staffMember,
    }));
  }

  /**
   * Changes one assignment's roles with the clinic's assignments locked, so that two
   * administrators revoking each other at once cannot both pass the last-administrator check:
   * `decide` sees the locked rows and answers the new roles and the log rows, or null to
   * change nothing. The change and its log rows commit together.
   */
  async changeRoles<T extends { roles: StaffRole[]; log: AdminLogRow[] } | { refused: unknown }>(
    clinicId: string,
    today: CalendarDate,
    assignmentId: string,
    decide: (assignments: ClinicAssignment[]) => T,
  ): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<
        {
          id: string;
          staffMemberId: string;
          roles: StaffRole[];
          validFrom: Date;
          validTo: Date | null;
        }[]
      >`SELECT id, staff_member_id AS "staffMemberId", roles::text[] AS roles,
          valid_from AS "validFrom", valid_to AS "validTo"
        FROM staff_assignments
        WHERE clinic_id = ${clinicId}::uuid AND (valid_to IS NULL OR valid_to >= ${today}::date)
        ORDER BY id
        FOR UPDATE`;
      const decision = decide(
        locked.map((r) => ({
          id: r.id,
          staffMemberId: r.staffMemberId,
          roles: r.roles,
          validFrom: toDate(r.validFrom),
          validTo: r.validTo ? toDate(r.validTo) : null,
        })),
      );
      if ('refused' in decision) return decision;
      await tx.staffAssignment.update({
        where: { id: assignmentId },
        data: { roles: decision.roles },
      });
      await writeAdminLog(tx, decision.log);
      return decision;
    });
  }
}
