import { Prisma, type PrismaClient } from '@etj/db';
import type { CaseAccessFacts } from '../cases/case-access.policy.ts';
import type { MessageAuthorKind, MessageKind } from '../cases/case-view.types.ts';
import { logAccess, type StaffReadContext } from '../access-log/access-log-write.repository.ts';
import { SUMMARY_COLUMNS, SUMMARY_JOINS, type CaseSummaryRow } from './case-list.repository.ts';

export type CaseFactsRow = CaseAccessFacts & { id: string; revision: number; caseTypeId: string };

/** Everything a staff member reads of one case besides the summary. */
export type CaseDetailRow = CaseSummaryRow & {
  clinicName: string;
  /** Who sent the case: the patient, or a guardian who sent it for the child. */
  senderPersonId: string;
  senderGivenName: string | null;
  senderFamilyName: string | null;
  senderIdentityNumber: string;
  /** Citizens other than the patient who wrote in the case (guardians in proxy mode). */
  otherAuthors: { id: string; givenName: string | null; familyName: string | null }[];
  definition: unknown;
  clinicOptions: unknown;
  answers: unknown;
  messages: {
    id: string;
    kind: MessageKind;
    authorKind: MessageAuthorKind;
    authorStaffId: string | null;
    authorPersonId: string | null;
    body: unknown;
    createdAt: Date;
    readAt: Date | null;
  }[];
  notes: { id: string; authorStaffId: string; text: string; createdAt: Date }[];
  attachments: {
    id: string;
    messageId: string | null;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
  }[];
};

/** What the access rules need to know of a case as it was read: its facts, from the detail. */
export function factsOfDetail(row: CaseDetailRow): CaseFactsRow {
  return {
    id: row.id,
    clinicId: row.clinicId,
    subjectPersonId: row.subjectPersonId,
    status: row.status,
    assignedStaffId: row.assignedStaffId,
    revision: row.revision,
    caseTypeId: row.caseTypeId,
    staffAuthorIds: [
      ...new Set(
        row.messages.flatMap((m) =>
          m.authorKind === 'STAFF' && m.authorStaffId ? [m.authorStaffId] : [],
        ),
      ),
    ],
  };
}

/**
 * The whole case as staff read it, with the given transaction. Only readCase (which logs
 * READ_CASE) and the changes (which log their own action) call it, in their transaction.
 */
export async function readDetail(
  tx: Prisma.TransactionClient,
  caseId: string,
): Promise<CaseDetailRow | null> {
  const [summary] = await tx.$queryRaw<
    (CaseSummaryRow & {
      clinicName: string;
      definition: unknown;
      clinicOptions: unknown;
      answers: unknown;
      senderPersonId: string;
      senderGivenName: string | null;
      senderFamilyName: string | null;
      senderIdentityNumber: string;
    })[]
  >(Prisma.sql`SELECT ${SUMMARY_COLUMNS}, k.name AS "clinicName", v.definition,
      c.clinic_options AS "clinicOptions", c.answers,
      c.sender_person_id AS "senderPersonId", sp.given_name AS "senderGivenName",
      sp.family_name AS "senderFamilyName", sp.identity_number AS "senderIdentityNumber"
    FROM cases c ${SUMMARY_JOINS} JOIN clinics k ON k.id = c.clinic_id
    JOIN persons sp ON sp.id = c.sender_person_id
    WHERE c.id = ${caseId}::uuid`);
  if (!summary) return null;
  const [messages, notes, attachments] = await Promise.all([
    tx.caseMessage.findMany({
      where: { caseId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        kind: true,
        authorKind: true,
        authorStaffId: true,
        authorPersonId: true,
        body: true,
        createdAt: true,
        readAt: true,
      },
    }),
    tx.internalNote.findMany({
      where: { caseId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, authorStaffId: true, text: true, createdAt: true },
    }),
    tx.attachment.findMany({
      where: { caseId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, messageId: true, fileName: true, mediaType: true, sizeBytes: true },
    }),
  ]);
  const otherAuthorIds = [
    ...new Set(
      messages.flatMap((m) =>
        m.authorPersonId && m.authorPersonId !== summary.subjectPersonId ? [m.authorPersonId] : [],
      ),
    ),
  ];
  const otherAuthors = otherAuthorIds.length
    ? await tx.person.findMany({
        where: { id: { in: otherAuthorIds } },
        select: { id: true, givenName: true, familyName: true },
      })
    : [];
  return { ...summary, messages, notes, attachments, otherAuthors };
}

/**
 * One case as staff meet it: the facts the access rules decide on (no content), and the case
 * itself, which is only read with its READ_CASE row written in the same transaction.
 */
export class CaseRecordRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** What the access rules need to know about a case, in one statement; null if none. */
  async facts(caseId: string): Promise<CaseFactsRow | null> {
    const row = await this.prisma.case.findUnique({
      where: { id: caseId },
      select: {
        id: true,
        clinicId: true,
        subjectPersonId: true,
        status: true,
        assignedStaffId: true,
        revision: true,
        caseTypeVersion: { select: { caseTypeId: true } },
        messages: {
          where: { authorKind: 'STAFF', authorStaffId: { not: null } },
          select: { authorStaffId: true },
          distinct: ['authorStaffId'],
        },
      },
    });
    if (!row) return null;
    return {
      id: row.id,
      clinicId: row.clinicId,
      subjectPersonId: row.subjectPersonId,
      status: row.status,
      assignedStaffId: row.assignedStaffId,
      revision: row.revision,
      caseTypeId: row.caseTypeVersion.caseTypeId,
      staffAuthorIds: row.messages.flatMap((m) => (m.authorStaffId ? [m.authorStaffId] : [])),
    };
  }

  /** The whole case, and its READ_CASE row in the same transaction; null (nothing logged) if none. */
  readCase(caseId: string, context: StaffReadContext): Promise<CaseDetailRow | null> {
    return this.prisma.$transaction(async (tx) => {
      const row = await readDetail(tx, caseId);
      if (row)
        await logAccess(tx, context, 'READ_CASE', [
          { caseId: row.id, patientPersonId: row.subjectPersonId },
        ]);
      return row;
    });
  }
}
