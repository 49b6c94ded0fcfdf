import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@etj/db';
import type { CaseStatus } from '../cases/case-view.types.ts';
import {
  logAccess,
  type AccessAction,
  type StaffReadContext,
} from '../access-log/access-log-write.repository.ts';
import { enqueueNewMessageNotice } from '../notifications/notification-outbox.repository.ts';
import { enqueueAssignmentAlert } from '../staff-alerts/staff-alert.repository.ts';
import type { ResponseAction } from './case-handling.rules.ts';
import { readDetail, type CaseDetailRow } from './case-record.repository.ts';

/** A change made under optimistic concurrency: refused when the revision was stale. */
type Guard = { caseId: string; expectedRevision: number };

/** A change's outcome: the case as it is after it (read in its transaction), or STALE. */
export type ChangeOutcome = CaseDetailRow | 'STALE';

/**
 * The changes staff make to a case. Each writes its own access-log row (the context's, with the
 * change's action) in its transaction, and answers the case as it is after the change, read in
 * that transaction: the view the mutation returns is covered by the change's row.
 */
export class CaseChangeRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Runs `change` in a transaction that first moves the case's revision on (and sets `data`),
   * only if it still is `expectedRevision`, then logs the access and reads the case; STALE,
   * with nothing changed or logged, when the revision was not.
   */
  private async guarded(
    guard: Guard,
    access: { context: StaffReadContext; action: AccessAction; patientPersonId: string },
    data: Prisma.CaseUpdateManyMutationInput,
    change: (tx: Prisma.TransactionClient) => Promise<void>,
  ): Promise<ChangeOutcome> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.case.updateMany({
        where: { id: guard.caseId, revision: guard.expectedRevision },
        data: { ...data, revision: { increment: 1 } },
      });
      if (count === 0) return 'STALE';
      await change(tx);
      await logAccess(tx, access.context, access.action, [
        { caseId: guard.caseId, patientPersonId: access.patientPersonId },
      ]);
      const after = await readDetail(tx, guard.caseId);
      if (!after) throw new Error('The case changed under its own revision guard.');
      return after;
    });
  }

  /** Assigns (or reassigns) the case. */
  assign(
    input: {
      guard: Guard;
      patientPersonId: string;
      /** The case's clinic, whose alert settings apply. */
      clinicId: string;
      staffMemberId: string;
      previousStaffId: string | null;
      fromStatus: CaseStatus;
      toStatus: CaseStatus;
    },
    context: StaffReadContext,
  ): Promise<ChangeOutcome> {
    const { guard } = input;
    return this.guarded(
      guard,
      { context, action: 'ASSIGN_CASE', patientPersonId: input.patientPersonId },
      { status: input.toStatus, assignedStaffId: input.staffMemberId, lastEventAt: context.at },
      async (tx) => {
        await tx.caseAssignment.updateMany({
          where: { caseId: guard.caseId, endedAt: null },
          data: { endedAt: context.at },
        });
        await tx.caseAssignment.create({
          data: {
            id: randomUUID(),
            caseId: guard.caseId,
            staffMemberId: input.staffMemberId,
            assignedByStaffId: context.staffMemberId,
            assignedAt: context.at,
          },
        });
        await tx.caseEvent.create({
          data: {
            id: randomUUID(),
            caseId: guard.caseId,
            kind: input.previousStaffId ? 'REASSIGNED' : 'ASSIGNED',
            actorKind: 'STAFF',
            actorStaffId: context.staffMemberId,
            actorRole: context.role,
            fromStatus: input.fromStatus,
            toStatus: input.toStatus,
            details: { staffMemberId: input.staffMemberId, previousStaffId: input.previousStaffId },
            occurredAt: context.at,
          },
        });
        await enqueueAssignmentAlert(tx, {
          clinicId: input.clinicId,
          caseId: guard.caseId,
          actorStaffId: context.staffMemberId,
          assigneeId: input.staffMemberId,
          previousStaffId: input.previousStaffId,
          at: context.at,
        });
      },
    );
  }

  /**
   * A staff message (answer, partial answer, counter-question): the message, the status, the
   * events, a notification per channel the patient has turned on, and the access log. A new
   * message brings an archived case back to the inbox.
   */
  respond(
    input: {
      guard: Guard;
      kind: 'ANSWER' | 'PARTIAL_ANSWER' | 'COUNTER_QUESTION';
      action: ResponseAction;
      /** No staff member has written to the patient yet: this message is the first answer. */
      firstAnswer: boolean;
      subjectPersonId: string;
      body: Prisma.InputJsonObject;
      fromStatus: CaseStatus;
      toStatus: CaseStatus;
    },
    context: StaffReadContext,
  ): Promise<ChangeOutcome> {
    const { guard } = input;
    const closing = input.toStatus === 'CLOSED';
    return this.guarded(
      guard,
      { context, action: input.action, patientPersonId: input.subjectPersonId },
      {
        status: input.toStatus,
        lastEventAt: context.at,
        archivedAt: null,
        ...(closing ? { closedAt: context.at } : {}),
        // The revision guard makes "no staff message yet", read with the revision, still true.
        ...(input.firstAnswer ? { firstAnsweredAt: context.at } : {}),
      },
      async (tx) => {
        // The case leaves the archive (archivedAt above) with all its messages, as filing it
        // back does, so the inbox's count and the case's own count of unread answers agree.
        await tx.caseMessage.updateMany({
          where: { caseId: guard.caseId, archivedAt: { not: null } },
          data: { archivedAt: null },
        });
        const messageId = randomUUID();
        await tx.caseMessage.create({
          data: {
            id: messageId,
            caseId: guard.caseId,
            recipientPersonId: input.subjectPersonId,
            authorKind: 'STAFF',
            authorStaffId: context.staffMemberId,
            kind: input.kind,
            body: input.body,
            createdAt: context.at,
          },
        });
        const event = {
          caseId: guard.caseId,
          actorKind: 'STAFF' as const,
          actorStaffId: context.staffMemberId,
          actorRole: context.role,
          occurredAt: context.at,
        };
        const events: Prisma.CaseEventCreateManyInput[] = [
          { ...event, id: randomUUID(), kind: 'MESSAGE_ADDED', details: { messageId } },
        ];
        if (input.toStatus !== input.fromStatus)
          events.push({
            ...event,
            id: randomUUID(),
            kind: closing ? 'CLOSED' : 'STATUS_CHANGED',
            fromStatus: input.fromStatus,
            toStatus: input.toStatus,
          });
        await tx.caseEvent.createMany({ data: events });
        await enqueueNewMessageNotice(tx, input.subjectPersonId, context.at, guard.caseId);
      },
    );
  }

  /** Closes an answered case. */
  close(
    input: { guard: Guard; patientPersonId: string; fromStatus: CaseStatus },
    context: StaffReadContext,
  ): Promise<ChangeOutcome> {
    const { guard } = input;
    return this.guarded(
      guard,
      { context, action: 'CLOSE_CASE', patientPersonId: input.patientPersonId },
      { status: 'CLOSED', closedAt: context.at, lastEventAt: context.at },
      async (tx) => {
        await tx.caseEvent.create({
          data: {
            id: randomUUID(),
            caseId: guard.caseId,
            kind: 'CLOSED',
            actorKind: 'STAFF',
            actorStaffId: context.staffMemberId,
            actorRole: context.role,
            fromStatus: input.fromStatus,
            toStatus: 'CLOSED',
            occurredAt: context.at,
          },
        });
      },
    );
  }

  /**
   * An internal note, its event and the access log. A note is not one of the events that move
   * the deletion date or the revision (DOMAIN.md section 4: messages, assignments, statuses).
   */
  async addNote(
    input: { caseId: string; patientPersonId: string; text: string },
    context: StaffReadContext,
  ): Promise<{ id: string; createdAt: Date }> {
    const id = randomUUID();
    await this.prisma.$transaction(async (tx) => {
      await tx.internalNote.create({
        data: {
          id,
          caseId: input.caseId,
          authorStaffId: context.staffMemberId,
          text: input.text,
          createdAt: context.at,
        },
      });
      await tx.caseEvent.create({
        data: {
          id: randomUUID(),
          caseId: input.caseId,
          kind: 'NOTE_ADDED',
          actorKind: 'STAFF',
          actorStaffId: context.staffMemberId,
          actorRole: context.role,
          details: { noteId: id },
          occurredAt: context.at,
        },
      });
      await logAccess(tx, context, 'ADD_NOTE', [
        { caseId: input.caseId, patientPersonId: input.patientPersonId },
      ]);
    });
    return { id, createdAt: context.at };
  }
}
