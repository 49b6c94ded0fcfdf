import type { PrismaClient } from '@etj/db';
import type { CaseTypeKind } from '@etj/domain';

export type ClinicSummaryRow = {
  id: string;
  name: string;
  kind: string;
  city: string;
  municipality: string;
  regionName: string;
};

export type ClinicCaseTypeRow = {
  caseTypeId: string;
  kind: CaseTypeKind;
  nameSv: string;
  nameEn: string | null;
  availableForProxy: boolean;
  attachmentsAllowed: boolean;
  expectedResponseDays: number;
  noticeSv: string | null;
  noticeEn: string | null;
  closedFrom: string | null;
  closedTo: string | null;
};

export type ClinicCardRow = ClinicSummaryRow & {
  hsaId: string;
  street: string;
  postcode: string;
  phone: string;
  email: string | null;
  openingHours: unknown;
  descriptionSv: string | null;
  descriptionEn: string | null;
  caseTypes: ClinicCaseTypeRow[];
};

const summarySelect = {
  id: true,
  name: true,
  kind: true,
  city: true,
  municipality: true,
  region: { select: { name: true } },
} as const;

const isoDate = (value: Date | null): string | null =>
  value ? value.toISOString().slice(0, 10) : null;

/** The clinic directory: active clinics and the case types they offer. */
export class ClinicRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Active clinics whose name, city or municipality contains every word of `text`. */
  async search(words: string[], limit: number): Promise<ClinicSummaryRow[]> {
    const rows = await this.prisma.clinic.findMany({
      where: {
        active: true,
        AND: words.map((word) => ({
          OR: [
            { name: { contains: word, mode: 'insensitive' as const } },
            { city: { contains: word, mode: 'insensitive' as const } },
            { municipality: { contains: word, mode: 'insensitive' as const } },
          ],
        })),
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: limit,
      select: summarySelect,
    });
    return rows.map(({ region, ...row }) => ({ ...row, regionName: region.name }));
  }

  /** The contact card of an active clinic, with the case types activated and offered by its region. */
  async findCard(id: string): Promise<ClinicCardRow | null> {
    const row = await this.prisma.clinic.findFirst({
      where: { id, active: true },
      select: {
        ...summarySelect,
        regionId: true,
        hsaId: true,
        street: true,
        postcode: true,
        phone: true,
        email: true,
        openingHours: true,
        descriptionSv: true,
        descriptionEn: true,
      },
    });
    if (!row) return null;
    const activations = await this.prisma.clinicCaseType.findMany({
      where: {
        clinicId: id,
        active: true,
        caseType: {
          archivedAt: null,
          // National types the region offers, or the clinic's own custom types.
          OR: [{ offerings: { some: { regionId: row.regionId } } }, { ownerClinicId: id }],
          versions: { some: { status: 'PUBLISHED' } },
        },
      },
      orderBy: [{ sortOrder: 'asc' }, { caseType: { nameSv: 'asc' } }],
      select: {
        availableForProxy: true,
        attachmentsAllowed: true,
        expectedResponseDays: true,
        noticeSv: true,
        noticeEn: true,
        closedFrom: true,
        closedTo: true,
        caseType: { select: { id: true, kind: true, nameSv: true, nameEn: true } },
      },
    });
    const { region, regionId: _regionId, ...card } = row;
    return {
      ...card,
      regionName: region.name,
      caseTypes: activations.map(({ caseType, closedFrom, closedTo, ...activation }) => ({
        ...activation,
        caseTypeId: caseType.id,
        kind: caseType.kind,
        nameSv: caseType.nameSv,
        nameEn: caseType.nameEn,
        closedFrom: isoDate(closedFrom),
        closedTo: isoDate(closedTo),
      })),
    };
  }
}
