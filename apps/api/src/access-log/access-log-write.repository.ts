import type { Prisma } from '@etj/db';
import type { StaffActor } from '../identity/actor.ts';
import type { StaffRole } from '../identity/identity.types.ts';

/**
 * What staff did with patient data (PDL). One row per case touched; lists write one row per
 * case they show, in one statement. Never any case content: only who, role, where, which case,
 * which patient, what and when.
 *
 * List granularity (decided for issue 4): a page of the queue (LIST_QUEUE) or of the work list
 * (LIST_WORK) shows each case's patient name and personnummer, so it is an access to each of
 * those patients: one row per case on the page actually shown (not the extra row fetched to
 * know whether there is a next page), all with the request's id, written with one createMany in
 * the transaction that read the page. An empty page writes nothing. Reading one case is
 * READ_CASE; a change writes only its own action (ASSIGN_CASE, ANSWER_CASE, ...), not a
 * READ_CASE for the case view the mutation answers with. Refused requests write nothing.
 */
export const ACCESS_ACTIONS = [
  'LIST_QUEUE',
  'LIST_WORK',
  'READ_CASE',
  'READ_ATTACHMENT',
  'ASSIGN_CASE',
  'ANSWER_CASE',
  'PARTIAL_ANSWER_CASE',
  'ASK_COUNTER_QUESTION',
  'CLOSE_CASE',
  'ADD_NOTE',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export type CaseAccess = { caseId: string; patientPersonId: string };

/** Builds the rows; the caller inserts them in the same transaction as the read or change. */
export function accessLogRows(
  actor: StaffActor,
  role: StaffRole,
  action: AccessAction,
  cases: readonly CaseAccess[],
  at: Date,
  requestId: string,
): Prisma.AccessLogEntryCreateManyInput[] {
  return cases.map((c) => ({
    occurredAt: at,
    staffMemberId: actor.staffMemberId,
    staffHsaId: actor.hsaId,
    role,
    clinicId: actor.unit?.clinicId ?? null,
    regionId: actor.unit?.regionId ?? null,
    caseId: c.caseId,
    patientPersonId: c.patientPersonId,
    action,
    requestId,
  }));
}

/** Inserts the rows with the given client (a transaction); nothing when there are none. */
export async function writeAccessLog(
  tx: Prisma.TransactionClient,
  rows: Prisma.AccessLogEntryCreateManyInput[],
): Promise<void> {
  if (rows.length > 0) await tx.accessLogEntry.createMany({ data: rows });
}
