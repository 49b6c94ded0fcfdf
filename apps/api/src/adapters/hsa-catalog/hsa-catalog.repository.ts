import type { PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import type { HsaCatalog, HsaStaffMember } from './hsa-catalog.ts';

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
        const clinic = a.clinic;
        return {
          id: a.id,
          kind: clinic ? ('CLINIC' as const) : ('REGION' as const),
          clinicId: a.clinicId,
          regionId: clinic ? clinic.regionId : (a.regionId ?? ''),
          unitName: clinic ? clinic.name : (a.region?.name ?? ''),
          regionName: clinic ? clinic.region.name : (a.region?.name ?? ''),
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
