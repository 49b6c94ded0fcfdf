import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '@etj/db';
import type { CaseTypeKind } from '@etj/domain';

export type ActivationRow = {
  clinicId: string;
  clinicName: string;
  caseTypeId: string;
  kind: CaseTypeKind;
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
  /** The clinic's target to first answer in working hours; null: none. */
  responseTargetHours: number | null;
  /** The clinic's opening hours as stored, for its business calendar. */
  openingHours: unknown;
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

/**
 * The activation of `caseType` at `clinic` (SQL expressions: parameters or outer columns) as one
 * joined SELECT of ActivationRow's columns: active at an active clinic, the type not archived and
 * offered in the clinic's region or owned by the clinic, with its latest published version. No
 * row when any link is missing. Also a LATERAL part of the submission's single read.
 */
export function activationQuery(clinic: Prisma.Sql, caseType: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT cct.clinic_id AS "clinicId", cl.name AS "clinicName", cct.case_type_id AS "caseTypeId",
      ct.kind::text AS "kind", ct.name_sv AS "nameSv", ct.name_en AS "nameEn",
      v.id AS "versionId", v.definition AS "definition", cct.options AS "options",
      cct.terms_sv AS "termsSv", cct.terms_en AS "termsEn",
      cct.notice_sv AS "noticeSv", cct.notice_en AS "noticeEn",
      to_char(cct.closed_from, 'YYYY-MM-DD') AS "closedFrom",
      to_char(cct.closed_to, 'YYYY-MM-DD') AS "closedTo",
      cct.expected_response_days AS "expectedResponseDays",
      cct.response_target_hours AS "responseTargetHours", cl.opening_hours AS "openingHours",
      cct.attachments_allowed AS "attachmentsAllowed",
      cct.available_for_proxy AS "availableForProxy"
    FROM clinic_case_types cct
    JOIN clinics cl ON cl.id = cct.clinic_id AND cl.active
    JOIN case_types ct ON ct.id = cct.case_type_id AND ct.archived_at IS NULL
    JOIN LATERAL (
      SELECT id, definition FROM case_type_versions
      WHERE case_type_id = ct.id AND status = 'PUBLISHED'
      ORDER BY version DESC LIMIT 1
    ) v ON true
    WHERE cct.clinic_id = ${clinic} AND cct.case_type_id = ${caseType} AND cct.active
      AND (ct.owner_clinic_id = cct.clinic_id OR EXISTS (
        SELECT 1 FROM region_offerings o WHERE o.region_id = cl.region_id AND o.case_type_id = ct.id))`;
}

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
   * with the latest published version; null when any link is missing. One statement.
   */
  async findActivation(clinicId: string, caseTypeId: string): Promise<ActivationRow | null> {
    const [row] = await this.prisma.$queryRaw<ActivationRow[]>(
      activationQuery(Prisma.sql`${clinicId}::uuid`, Prisma.sql`${caseTypeId}::uuid`),
    );
    return row ?? null;
  }

  /** One INSERT; the names come from the activation the caller already read. */
  async createDraft(input: {
    activation: ActivationRow;
    owner: DraftOwner;
    answers: Record<string, unknown>;
    at: Date;
  }): Promise<DraftRow> {
    const { activation } = input;
    // A plain INSERT: the ORM's create cost more CPU than the statement (every new draft).
    const [row] = await this.prisma.$queryRaw<
      Omit<DraftRow, 'clinicName' | 'caseTypeId' | 'nameSv' | 'nameEn'>[]
    >`
      INSERT INTO case_drafts (id, clinic_id, case_type_version_id, subject_person_id,
        sender_person_id, answers, created_at, updated_at)
      VALUES (${randomUUID()}::uuid, ${activation.clinicId}::uuid, ${activation.versionId}::uuid,
        ${input.owner.subjectPersonId}::uuid, ${input.owner.senderPersonId}::uuid,
        ${JSON.stringify(input.answers)}::jsonb, ${input.at.toISOString()}::timestamptz,
        ${input.at.toISOString()}::timestamptz)
      RETURNING id, clinic_id AS "clinicId", case_type_version_id AS "caseTypeVersionId",
        sender_person_id AS "senderPersonId", answers, revision, updated_at AS "updatedAt"`;
    if (!row) throw new Error('the draft INSERT returned no row');
    return {
      ...row,
      clinicName: activation.clinicName,
      caseTypeId: activation.caseTypeId,
      nameSv: activation.nameSv,
      nameEn: activation.nameEn,
    };
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
