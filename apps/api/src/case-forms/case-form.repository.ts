import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@etj/db';

export type ActivationRow = {
  clinicId: string;
  clinicName: string;
  caseTypeId: string;
  kind: string;
  nameSv: string;
  nameEn: string | null;
  versionId: string;
  definition: unknown;
  options: unknown;
  termsSv: string | null;
  termsEn: string | null;
  noticeSv: string | null;
  noticeEn: string | null;
  closedFrom: string | null;
  closedTo: string | null;
  expectedResponseDays: number;
  attachmentsAllowed: boolean;
  availableForProxy: boolean;
};

export type DraftRow = {
  id: string;
  clinicId: string;
  caseTypeVersionId: string;
  senderPersonId: string;
  answers: unknown;
  revision: number;
  updatedAt: Date;
  clinicName: string;
  caseTypeId: string;
  nameSv: string;
  nameEn: string | null;
};

const isoDate = (value: Date | null): string | null =>
  value ? value.toISOString().slice(0, 10) : null;

const draftSelect = {
  id: true,
  clinicId: true,
  caseTypeVersionId: true,
  senderPersonId: true,
  answers: true,
  revision: true,
  updatedAt: true,
  clinic: { select: { name: true } },
  caseTypeVersion: { select: { caseType: { select: { id: true, nameSv: true, nameEn: true } } } },
} as const;

type DraftQueryRow = Prisma.CaseDraftGetPayload<{ select: typeof draftSelect }>;

function toDraft({ clinic, caseTypeVersion, ...row }: DraftQueryRow): DraftRow {
  return {
    ...row,
    clinicName: clinic.name,
    caseTypeId: caseTypeVersion.caseType.id,
    nameSv: caseTypeVersion.caseType.nameSv,
    nameEn: caseTypeVersion.caseType.nameEn,
  };
}

/** Who writes a draft and whom it is about (differ in proxy mode); a draft is found by both. */
export type DraftOwner = { senderPersonId: string; subjectPersonId: string };

/** Case types as clinics offer them to citizens, and citizens' drafts. */
export class CaseFormRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * The clinic's active activation of a case type that its region offers (or the clinic owns),
   * with the latest published version; null when any link is missing.
   */
  async findActivation(clinicId: string, caseTypeId: string): Promise<ActivationRow | null> {
    const row = await this.prisma.clinicCaseType.findFirst({
      where: {
        clinicId,
        caseTypeId,
        active: true,
        clinic: { active: true },
        caseType: { archivedAt: null },
      },
      select: {
        options: true,
        termsSv: true,
        termsEn: true,
        noticeSv: true,
        noticeEn: true,
        closedFrom: true,
        closedTo: true,
        expectedResponseDays: true,
        attachmentsAllowed: true,
        availableForProxy: true,
        clinic: { select: { name: true, regionId: true } },
        caseType: {
          select: {
            kind: true,
            nameSv: true,
            nameEn: true,
            ownerClinicId: true,
            offerings: { select: { regionId: true } },
            versions: {
              where: { status: 'PUBLISHED' },
              orderBy: { version: 'desc' },
              take: 1,
              select: { id: true, definition: true },
            },
          },
        },
      },
    });
    if (!row) return null;
    const { caseType, clinic } = row;
    const offered =
      caseType.ownerClinicId === clinicId ||
      caseType.offerings.some((o) => o.regionId === clinic.regionId);
    const version = caseType.versions[0];
    if (!offered || !version) return null;
    return {
      clinicId,
      clinicName: clinic.name,
      caseTypeId,
      kind: caseType.kind,
      nameSv: caseType.nameSv,
      nameEn: caseType.nameEn,
      versionId: version.id,
      definition: version.definition,
      options: row.options,
      termsSv: row.termsSv,
      termsEn: row.termsEn,
      noticeSv: row.noticeSv,
      noticeEn: row.noticeEn,
      closedFrom: isoDate(row.closedFrom),
      closedTo: isoDate(row.closedTo),
      expectedResponseDays: row.expectedResponseDays,
      attachmentsAllowed: row.attachmentsAllowed,
      availableForProxy: row.availableForProxy,
    };
  }

  async createDraft(input: {
    clinicId: string;
    caseTypeVersionId: string;
    owner: DraftOwner;
    answers: Record<string, unknown>;
    at: Date;
  }): Promise<DraftRow> {
    const row = await this.prisma.caseDraft.create({
      data: {
        id: randomUUID(),
        clinicId: input.clinicId,
        caseTypeVersionId: input.caseTypeVersionId,
        subjectPersonId: input.owner.subjectPersonId,
        senderPersonId: input.owner.senderPersonId,
        answers: input.answers as Prisma.InputJsonValue,
        createdAt: input.at,
        updatedAt: input.at,
      },
      select: draftSelect,
    });
    return toDraft(row);
  }

  /** Saves answers if the draft is the sender's and still at `revision`; false otherwise. */
  async updateDraft(input: {
    id: string;
    owner: DraftOwner;
    revision: number;
    caseTypeVersionId: string;
    answers: Record<string, unknown>;
    at: Date;
  }): Promise<boolean> {
    const { count } = await this.prisma.caseDraft.updateMany({
      where: { id: input.id, ...input.owner, revision: input.revision },
      data: {
        answers: input.answers as Prisma.InputJsonValue,
        caseTypeVersionId: input.caseTypeVersionId,
        updatedAt: input.at,
        revision: { increment: 1 },
      },
    });
    return count === 1;
  }

  async findDraft(id: string, owner: DraftOwner): Promise<DraftRow | null> {
    const row = await this.prisma.caseDraft.findFirst({
      where: { id, ...owner },
      select: draftSelect,
    });
    return row ? toDraft(row) : null;
  }

  async listDrafts(owner: DraftOwner): Promise<DraftRow[]> {
    const rows = await this.prisma.caseDraft.findMany({
      where: { ...owner },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: 50,
      select: draftSelect,
    });
    return rows.map(toDraft);
  }

  async deleteDraft(id: string, owner: DraftOwner): Promise<boolean> {
    const { count } = await this.prisma.caseDraft.deleteMany({
      where: { id, ...owner },
    });
    return count === 1;
  }
}
