import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@etj/db';
import { logAccess, type StaffReadContext } from '../access-log/access-log-write.repository.ts';
import type { CaseAccessFacts } from '../cases/case-access.policy.ts';
import type { DraftOwner } from '../case-forms/case-form.repository.ts';
import { caseAccessFactsSelect, toCaseAccessFacts } from '../cases/case.repository.ts';

export type AttachmentRow = {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
};

export type AttachmentFile = AttachmentRow & { content: Uint8Array };

/** Where a file belongs, and what the access rules need to know about it. */
export type AttachmentOwner =
  ({ kind: 'DRAFT' } & DraftOwner) | { kind: 'CASE'; caseId: string; facts: CaseAccessFacts };

export type DraftForAttachments = { id: string; attachmentsAllowed: boolean };

const infoSelect = { id: true, fileName: true, mediaType: true, sizeBytes: true } as const;

/** Files of drafts and cases; the content is read only for a download. */
export class AttachmentRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The owner's draft and whether its clinic's activation of the type allows files now. */
  async findDraft(draftId: string, owner: DraftOwner): Promise<DraftForAttachments | null> {
    const draft = await this.prisma.caseDraft.findFirst({
      where: { id: draftId, ...owner },
      select: {
        id: true,
        clinicId: true,
        caseTypeVersion: { select: { caseTypeId: true } },
      },
    });
    if (!draft) return null;
    const activation = await this.prisma.clinicCaseType.findUnique({
      where: {
        clinicId_caseTypeId: {
          clinicId: draft.clinicId,
          caseTypeId: draft.caseTypeVersion.caseTypeId,
        },
      },
      select: { active: true, attachmentsAllowed: true },
    });
    return {
      id: draft.id,
      attachmentsAllowed: activation?.active === true && activation.attachmentsAllowed,
    };
  }

  async listForDraft(draftId: string): Promise<AttachmentRow[]> {
    return this.prisma.attachment.findMany({
      where: { draftId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: infoSelect,
    });
  }

  /**
   * Adds a file to the draft unless it already holds `max`; the draft row is locked meanwhile so
   * concurrent uploads cannot pass the limit together. 'TOO_MANY' when full, null when the
   * draft is gone.
   */
  async addToDraft(input: {
    draftId: string;
    owner: DraftOwner;
    fileName: string;
    mediaType: string;
    content: Uint8Array<ArrayBuffer>;
    sha256: string;
    max: number;
    at: Date;
  }): Promise<AttachmentRow | 'TOO_MANY' | null> {
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM case_drafts
        WHERE id = ${input.draftId}::uuid
          AND sender_person_id = ${input.owner.senderPersonId}::uuid
          AND subject_person_id = ${input.owner.subjectPersonId}::uuid
        FOR UPDATE`;
      if (locked.length === 0) return null;
      const count = await tx.attachment.count({ where: { draftId: input.draftId } });
      if (count >= input.max) return 'TOO_MANY';
      return tx.attachment.create({
        data: {
          id: randomUUID(),
          draftId: input.draftId,
          fileName: input.fileName,
          mediaType: input.mediaType,
          sizeBytes: input.content.byteLength,
          sha256: input.sha256,
          content: input.content,
          createdAt: input.at,
        },
        select: infoSelect,
      });
    });
  }

  /** Removes a file from one of the owner's drafts; false when there is no such file. */
  async removeFromDraft(id: string, owner: DraftOwner): Promise<boolean> {
    const { count } = await this.prisma.attachment.deleteMany({
      where: { id, draftId: { not: null }, draft: owner },
    });
    return count === 1;
  }

  /** Whose the file is: a draft's sender, or a case with its access facts. */
  async findOwner(id: string): Promise<AttachmentOwner | null> {
    const row = await this.prisma.attachment.findUnique({
      where: { id },
      select: {
        draft: { select: { senderPersonId: true, subjectPersonId: true } },
        caseRecord: { select: { id: true, ...caseAccessFactsSelect } },
      },
    });
    if (row?.caseRecord)
      return { kind: 'CASE', caseId: row.caseRecord.id, facts: toCaseAccessFacts(row.caseRecord) };
    if (row?.draft) return { kind: 'DRAFT', ...row.draft };
    return null;
  }

  /**
   * The file's content for its citizen owner (the case's patient, or the draft's sender), if it
   * still belongs where the access decision saw it. Staff read files through readCaseFile only.
   */
  async readOwnFile(id: string, owner: AttachmentOwner): Promise<AttachmentFile | null> {
    return this.prisma.attachment.findFirst({ where: ownedBy(id, owner), select: fileSelect });
  }

  /**
   * A case's file for staff, with its READ_ATTACHMENT row written in the same transaction: no
   * content leaves without its log row, and nothing is logged when the file is not the case's.
   */
  async readCaseFile(
    id: string,
    owner: { caseId: string; patientPersonId: string },
    context: StaffReadContext,
  ): Promise<AttachmentFile | null> {
    return this.prisma.$transaction(async (tx) => {
      const file = await tx.attachment.findFirst({
        where: { id, caseId: owner.caseId },
        select: fileSelect,
      });
      if (file) await logAccess(tx, context, 'READ_ATTACHMENT', [owner]);
      return file;
    });
  }
}

const fileSelect = { ...infoSelect, content: true } as const;

function ownedBy(id: string, owner: AttachmentOwner): Prisma.AttachmentWhereInput {
  return owner.kind === 'CASE'
    ? { id, caseId: owner.caseId }
    : {
        id,
        draft: { senderPersonId: owner.senderPersonId, subjectPersonId: owner.subjectPersonId },
      };
}
