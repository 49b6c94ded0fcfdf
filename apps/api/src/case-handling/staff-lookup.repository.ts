import type { PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import type { StaffRole } from '../identity/identity.types.ts';

export type StaffRefRow = { id: string; givenName: string; familyName: string; title: string };

const dateOf = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);

/** Staff around a case (no patient data): authors, assignees, the clinic's standard answers. */
export class StaffLookupRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Staff members by id, for the per-request loader of message and note authors. */
  staffByIds(ids: readonly string[]): Promise<StaffRefRow[]> {
    return this.prisma.staffMember.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, givenName: true, familyName: true, title: true },
    });
  }

  /**
   * The roles another staff member (an assignee) holds at a clinic through assignments in
   * force on `today`, as the database has them.
   */
  async rolesAtClinic(
    staffMemberId: string,
    clinicId: string,
    today: CalendarDate,
  ): Promise<StaffRole[]> {
    const day = dateOf(today);
    const rows = await this.prisma.staffAssignment.findMany({
      where: {
        staffMemberId,
        clinicId,
        validFrom: { lte: day },
        OR: [{ validTo: null }, { validTo: { gte: day } }],
      },
      select: { roles: true },
    });
    return rows.flatMap((r) => r.roles);
  }

  /** Staff with the caregiver role at the clinic on `today`, sorted by name. */
  async caregivers(clinicId: string, today: CalendarDate): Promise<StaffRefRow[]> {
    const day = dateOf(today);
    return this.prisma.staffMember.findMany({
      where: {
        assignments: {
          some: {
            clinicId,
            roles: { has: 'CAREGIVER' },
            validFrom: { lte: day },
            OR: [{ validTo: null }, { validTo: { gte: day } }],
          },
        },
      },
      orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
      select: { id: true, givenName: true, familyName: true, title: true },
    });
  }

  standardAnswers(clinicId: string, caseTypeId: string) {
    return this.prisma.standardAnswer.findMany({
      where: { clinicId, retiredAt: null, OR: [{ caseTypeId }, { caseTypeId: null }] },
      // The every-type list first, then the type's own, each in the administrator's order.
      orderBy: [
        { caseTypeId: { sort: 'asc', nulls: 'first' } },
        { position: 'asc' },
        { titleSv: 'asc' },
        { id: 'asc' },
      ],
      select: { id: true, titleSv: true, textSv: true, caseTypeId: true },
    });
  }
}
