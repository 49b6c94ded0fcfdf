import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '@etj/db';
import type { DraftOwner } from '../case-forms/case-form.repository.ts';
import type { CaseAccessFacts } from './case-access.policy.ts';
import { enqueueNewCaseAlerts } from '../staff-alerts/staff-alert.repository.ts';

export type ReceiptRow = {
  caseId: string;
  reference: string;
  submittedAt: Date;
  clinicId: string;
  clinicName: string;
  caseTypeId: string;
  nameSv: string;
  nameEn: string | null;
};

const receiptSelect = {
  id: true,
  reference: true,
  submittedAt: true,
  clinicId: true,
  clinic: { select: { name: true } },
  caseTypeVersion: { select: { caseType: { select: { id: true, nameSv: true, nameEn: true } } } },
} as const;

type ReceiptQueryRow = Prisma.CaseGetPayload<{ select: typeof receiptSelect }>;

function toReceipt(row: ReceiptQueryRow): ReceiptRow {
  return {
    caseId: row.id,
    reference: row.reference,
    submittedAt: row.submittedAt,
    clinicId: row.clinicId,
    clinicName: row.clinic.name,
    caseTypeId: row.caseTypeVersion.caseType.id,
    nameSv: row.caseTypeVersion.caseType.nameSv,
    nameEn: row.caseTypeVersion.caseType.nameEn,
  };
}

/** What case-access.policy.ts needs of a case, as a Prisma select (one statement with its messages). */
export const caseAccessFactsSelect = {
  clinicId: true,
  subjectPersonId: true,
  status: true,
  assignedStaffId: true,
  messages: {
    where: { authorKind: 'STAFF', authorStaffId: { not: null } },
    select: { authorStaffId: true },
    distinct: ['authorStaffId'],
  },
} as const satisfies Prisma.CaseSelect;

type CaseAccessFactsRow = Prisma.CaseGetPayload<{ select: typeof caseAccessFactsSelect }>;

export function toCaseAccessFacts(row: CaseAccessFactsRow): CaseAccessFacts {
  return {
    clinicId: row.clinicId,
    subjectPersonId: row.subjectPersonId,
    status: row.status,
    assignedStaffId: row.assignedStaffId,
    staffAuthorIds: row.messages.flatMap((m) => (m.authorStaffId ? [m.authorStaffId] : [])),
  };
}

/** Cases: the citizen's sent forms. */
export class CaseRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** How many files the owner's draft holds. */
  async countDraftAttachments(draftId: string, owner: DraftOwner): Promise<number> {
    return this.prisma.attachment.count({ where: { draftId, draft: owner } });
  }

  /** The case this sender already sent with the key, if it was for the same subject. */
  async findBySenderKey(owner: DraftOwner, idempotencyKey: string): Promise<ReceiptRow | null> {
    const row = await this.prisma.case.findUnique({
      where: {
        senderPersonId_idempotencyKey: { senderPersonId: owner.senderPersonId, idempotencyKey },
        subjectPersonId: owner.subjectPersonId,
      },
      select: receiptSelect,
    });
    return row ? toReceipt(row) : null;
  }

  /**
   * Creates the case, its first event and the receipt message, moves the draft's attachments to
   * the case and removes the draft, in one transaction. Null when a case with this sender and key
   * already exists (a retry won the race).
   */
  async submit(input: {
    senderPersonId: string;
    subjectPersonId: string;
    idempotencyKey: string;
    clinicId: string;
    caseTypeVersionId: string;
    answers: Record<string, unknown>;
    /** The clinic's options for the type in force now; the case keeps them. */
    clinicOptions: Record<string, unknown>;
    draftId: string;
    at: Date;
  }): Promise<ReceiptRow | null> {
    const id = randomUUID();
    const reference = `E-${input.at.getUTCFullYear()}-${id.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
    try {
      await this.prisma.$transaction(async (tx) => {
        await tx.case.create({
          data: {
            id,
            reference,
            clinicId: input.clinicId,
            caseTypeVersionId: input.caseTypeVersionId,
            subjectPersonId: input.subjectPersonId,
            senderPersonId: input.senderPersonId,
            idempotencyKey: input.idempotencyKey,
            status: 'NEW',
            answers: input.answers as Prisma.InputJsonValue,
            clinicOptions: input.clinicOptions as Prisma.InputJsonValue,
            submittedAt: input.at,
            lastEventAt: input.at,
            events: {
              create: {
                id: randomUUID(),
                kind: 'SUBMITTED',
                actorKind: 'CITIZEN',
                actorPersonId: input.senderPersonId,
                toStatus: 'NEW',
                ...(input.senderPersonId === input.subjectPersonId
                  ? {}
                  : { details: { onBehalfOfPersonId: input.subjectPersonId } }),
                occurredAt: input.at,
              },
            },
            messages: {
              create: {
                id: randomUUID(),
                recipientPersonId: input.subjectPersonId,
                authorKind: 'SYSTEM',
                kind: 'CASE_SUBMITTED',
                body: { key: 'caseSubmitted', reference },
                createdAt: input.at,
                readAt: input.at,
              },
            },
          },
        });
        // Before the draft goes: deleting it would cascade to its attachments.
        await tx.attachment.updateMany({
          where: {
            draftId: input.draftId,
            draft: { senderPersonId: input.senderPersonId, subjectPersonId: input.subjectPersonId },
          },
          data: { caseId: id, draftId: null },
        });
        await tx.caseDraft.deleteMany({
          where: {
            id: input.draftId,
            senderPersonId: input.senderPersonId,
            subjectPersonId: input.subjectPersonId,
          },
        });
        await enqueueNewCaseAlerts(tx, { clinicId: input.clinicId, caseId: id, at: input.at });
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        return null;
      throw error;
    }
    const row = await this.prisma.case.findUniqueOrThrow({ where: { id }, select: receiptSelect });
    return toReceipt(row);
  }
}
