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

const toDate = (value: Date): CalendarDate => value.toISOString().slice(0, 10) as CalendarDate;

/** The local HSA catalog: reads the seeded test catalog like the real one. */
export class LocalHsaCatalog implements HsaCatalog {
  constructor(private readonly prisma: PrismaClient) {}

  async findByHsaId(hsaId: string): Promise<HsaStaffMember | null> {
    return this.map(
      await this.prisma.staffMember.findUnique({ where: { hsaId }, select: staffSelect }),
    );
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
