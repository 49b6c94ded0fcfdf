// The records the matrix's cells work on, made straight in the database: cases like the shared
// one (at clinic X, assigned now, after a partial answer by the caregiver who held it before),
// drafts, files, and a support report with a screenshot.
import { createHash, randomUUID } from 'node:crypto';
import { CASE_STAFF, type StaffActorName } from './authorization-matrix.actors.ts';
import { PRESCRIPTION_ANSWERS, TINY_PNG_BASE64 } from './authorization-matrix.families.ts';
import { createCase } from './factories.ts';
import type { Harness } from './harness.ts';

export type StaffIds = Record<StaffActorName, { id: string; assignmentId: string }>;

export type FreshCaseOptions = {
  status?: 'ASSIGNED' | 'ANSWERED' | 'WAITING_FOR_CITIZEN';
};

export type FreshCase = { id: string; revision: number; messageId: string };

const png = Buffer.from(TINY_PNG_BASE64, 'base64');

export function recordMakers(w: {
  h: Harness;
  clinicId: string;
  prescriptionTypeId: string;
  prescriptionVersionId: string;
  staff: StaffIds;
  ownerId: string;
}) {
  async function makeCase(
    caseTypeId: string,
    sentAt: Date,
    options: FreshCaseOptions = {},
    parties: { subjectId: string; senderId: string } = {
      subjectId: w.ownerId,
      senderId: w.ownerId,
    },
  ): Promise<FreshCase> {
    const status = options.status ?? 'ASSIGNED';
    const made = await createCase(w.h.prisma, {
      clinicId: w.clinicId,
      caseTypeId,
      subjectPersonId: parties.subjectId,
      senderPersonId: parties.senderId,
      status,
      assignedStaffId: w.staff[CASE_STAFF.assignedTo].id,
      answers: caseTypeId === w.prescriptionTypeId ? PRESCRIPTION_ANSWERS : {},
      submittedAt: sentAt,
      staffMessages: [
        { staffId: w.staff[CASE_STAFF.formerlyAssignedAuthor].id, kind: 'PARTIAL_ANSWER' },
        ...(status === 'WAITING_FOR_CITIZEN'
          ? [{ staffId: w.staff[CASE_STAFF.assignedTo].id, kind: 'COUNTER_QUESTION' as const }]
          : status === 'ANSWERED'
            ? [{ staffId: w.staff[CASE_STAFF.assignedTo].id, kind: 'ANSWER' as const }]
            : []),
      ],
    });
    // The history behind it: the former caregiver held the case first, then handed it on.
    await w.h.prisma.caseAssignment.createMany({
      data: [
        {
          id: randomUUID(),
          caseId: made.id,
          staffMemberId: w.staff[CASE_STAFF.formerlyAssignedAuthor].id,
          assignedByStaffId: w.staff.receiverHere.id,
          assignedAt: new Date(sentAt.getTime() + 30_000),
          endedAt: new Date(sentAt.getTime() + 120_000),
        },
        {
          id: randomUUID(),
          caseId: made.id,
          staffMemberId: w.staff[CASE_STAFF.assignedTo].id,
          assignedByStaffId: w.staff.receiverHere.id,
          assignedAt: new Date(sentAt.getTime() + 120_000),
          endedAt: null,
        },
      ],
    });
    const row = await w.h.prisma.case.findUniqueOrThrow({
      where: { id: made.id },
      select: {
        revision: true,
        messages: { select: { id: true }, orderBy: { createdAt: 'asc' }, take: 1 },
      },
    });
    return { id: made.id, revision: row.revision, messageId: row.messages[0]?.id ?? '' };
  }

  async function makeDraft(parties: {
    subjectId: string;
    senderId: string;
  }): Promise<{ id: string; revision: number }> {
    const id = randomUUID();
    const row = await w.h.prisma.caseDraft.create({
      data: {
        id,
        clinicId: w.clinicId,
        caseTypeVersionId: w.prescriptionVersionId,
        subjectPersonId: parties.subjectId,
        senderPersonId: parties.senderId,
        answers: PRESCRIPTION_ANSWERS,
        createdAt: w.h.clock.now(),
        updatedAt: w.h.clock.now(),
      },
      select: { id: true, revision: true },
    });
    return row;
  }

  async function attachFile(target: { caseId: string } | { draftId: string }): Promise<string> {
    const id = randomUUID();
    await w.h.prisma.attachment.create({
      data: {
        id,
        ...target,
        fileName: 'bild.png',
        mediaType: 'image/png',
        sizeBytes: png.length,
        sha256: createHash('sha256').update(png).digest('hex'),
        content: png,
        createdAt: w.h.clock.now(),
      },
    });
    return id;
  }

  /** A support report of receiverHere's at clinic X, its screenshot the tiny PNG. */
  async function supportReportWithScreenshot(): Promise<string> {
    const id = randomUUID();
    await w.h.prisma.supportReport.create({
      data: {
        id,
        reporterStaffId: w.staff.receiverHere.id,
        reporterAssignmentId: w.staff.receiverHere.assignmentId,
        reporterWorkplace: 'Matrisens vårdcentral',
        summary: 'Delat fel',
        description: 'Matrisens delade felrapport.',
        area: 'OTHER',
        occurredAt: w.h.clock.now(),
        severity: 'NORMAL',
        status: 'NEW',
        createdAt: w.h.clock.now(),
        updatedAt: w.h.clock.now(),
        screenshot: {
          create: {
            fileName: 'skarm.png',
            mediaType: 'image/png',
            sizeBytes: png.byteLength,
            sha256: createHash('sha256').update(png).digest('hex'),
            content: new Uint8Array(png),
            createdAt: w.h.clock.now(),
          },
        },
      },
    });
    return id;
  }

  return { makeCase, makeDraft, attachFile, supportReportWithScreenshot };
}
