import type { PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import type { HsaAssignment, HsaCatalog, HsaStaffMember } from './hsa-catalog.ts';

const staffSelect = {
  id: true,
  hsaId: true,
  givenName: true,
  familyName: true,
  title: true,
  assignments: {
    select: {
      id: true,
      clinicId: true,
      regionId: true,
      roles: true,
      validFrom: true,
      validTo: true,
      clinic: { select: { name: true, regionId: true, region: { select: { name: true } } } },
      region: { select: { name: true } },
    },
    orderBy: { id: 'asc' },
  },
} as const;

/** What could be an HSA-id (at most 31 characters, no control characters); anything else is unknown. */
const HSA_ID_LIKE = /^[^\p{Cc}]{1,31}$/u;

const toDate = (value: Date): CalendarDate => value.toISOString().slice(0, 10) as CalendarDate;

/** The name HSA gives the national service administration's unit. */
export const NATIONAL_UNIT_NAME = 'Nationell tjänsteförvaltning';

type AssignmentRow = {
  clinic: { name: string; regionId: string; region: { name: string } } | null;
  region: { name: string } | null;
  regionId: string | null;
};

/** Where an assignment is: a clinic (in its region), a region, or national (neither). */
function placeOf(
  a: AssignmentRow,
): Pick<HsaAssignment, 'kind' | 'regionId' | 'unitName' | 'regionName'> {
  if (a.clinic)
    return {
      kind: 'CLINIC',
      regionId: a.clinic.regionId,
      unitName: a.clinic.name,
      regionName: a.clinic.region.name,
    };
  if (a.region && a.regionId)
    return {
      kind: 'REGION',
      regionId: a.regionId,
      unitName: a.region.name,
      regionName: a.region.name,
    };
  return { kind: 'NATIONAL', regionId: null, unitName: NATIONAL_UNIT_NAME, regionName: null };
}

/** The local HSA catalog: reads the seeded test catalog like the real one. */
export class LocalHsaCatalog implements HsaCatalog {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * HSA-ids are matched without regard to case or surrounding spaces, as the HSA catalog does:
   * a clerk who types `se2321000016-ABC1 ` is the staff member `SE2321000016-abc1`. The unique
   * index on upper(hsa_id) answers the lookup and keeps ids unique in that sense too.
   */
  async findByHsaId(hsaId: string): Promise<HsaStaffMember | null> {
    const key = hsaId.trim();
    if (!HSA_ID_LIKE.test(key)) return null;
    const [match] = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT id FROM staff_members WHERE upper(hsa_id) = upper(${key})`;
    return match ? this.findById(match.id) : null;
  }

  async findById(id: string): Promise<HsaStaffMember | null> {
    return this.map(
      await this.prisma.staffMember.findUnique({ where: { id }, select: staffSelect }),
    );
  }

  private map(row: Awaited<ReturnType<typeof this.query>>): HsaStaffMember | null {
    if (!row) return null;
    return {
      id: row.id,
      hsaId: row.hsaId,
      givenName: row.givenName,
      familyName: row.familyName,
      title: row.title,
      assignments: row.assignments.map((a) => {
        const place = placeOf(a);
        return {
          id: a.id,
          ...place,
          clinicId: a.clinicId,
          roles: a.roles,
          validFrom: toDate(a.validFrom),
          validTo: a.validTo ? toDate(a.validTo) : null,
        };
      }),
    };
  }

  private query(id: string) {
    return this.prisma.staffMember.findUnique({ where: { id }, select: staffSelect });
  }
}
