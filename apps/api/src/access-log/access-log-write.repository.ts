import { Prisma } from '@etj/db';
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
 * know whether there is a next page), all with the request's id, inserted by the very statement
 * that reads the page (issue 10: a data-modifying CTE, so the page costs one round trip and is
 * never shown without its rows). An empty page writes nothing. Reading one case is READ_CASE; a
 * change writes only its own action (ASSIGN_CASE, ANSWER_CASE, ...), not a READ_CASE for the
 * case view the mutation answers with. Refused requests write nothing.
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

/** Everything of an access-log row but the case and its patient: the same for every case touched. */
export type AccessLogTemplate = {
  occurredAt: Date;
  staffMemberId: string;
  staffHsaId: string;
  role: StaffRole;
  clinicId: string | null;
  regionId: string | null;
  action: AccessAction;
  requestId: string;
};

export function accessLogTemplate(
  actor: StaffActor,
  role: StaffRole,
  action: AccessAction,
  at: Date,
  requestId: string,
): AccessLogTemplate {
  return {
    occurredAt: at,
    staffMemberId: actor.staffMemberId,
    staffHsaId: actor.hsaId,
    role,
    clinicId: actor.unit?.clinicId ?? null,
    regionId: actor.unit?.regionId ?? null,
    action,
    requestId,
  };
}

/** Builds the rows; the caller inserts them in the same transaction as the read or change. */
export function accessLogRows(
  actor: StaffActor,
  role: StaffRole,
  action: AccessAction,
  cases: readonly CaseAccess[],
  at: Date,
  requestId: string,
): Prisma.AccessLogEntryCreateManyInput[] {
  const template = accessLogTemplate(actor, role, action, at, requestId);
  return cases.map((c) => ({ ...template, caseId: c.caseId, patientPersonId: c.patientPersonId }));
}

/** Inserts the rows with the given client (a transaction); nothing when there are none. */
export async function writeAccessLog(
  tx: Prisma.TransactionClient,
  rows: Prisma.AccessLogEntryCreateManyInput[],
): Promise<void> {
  if (rows.length > 0) await tx.accessLogEntry.createMany({ data: rows });
}

/**
 * The INSERT of the template's row for each case `cases` yields (columns case_id and
 * patient_person_id), in the order it yields them, so ids grow in page order as createMany's
 * do. Meant as a data-modifying CTE of the statement that reads the cases: read and log are
 * then one statement, atomic without a transaction. Every column of accessLogRows' rows is
 * here; an integration test compares the two.
 */
export function accessLogInsert(template: AccessLogTemplate, cases: Prisma.Sql): Prisma.Sql {
  const t = template;
  return Prisma.sql`INSERT INTO access_log (occurred_at, staff_member_id, staff_hsa_id, role,
      clinic_id, region_id, case_id, patient_person_id, action, request_id)
    SELECT ${t.occurredAt}::timestamptz, ${t.staffMemberId}::uuid, ${t.staffHsaId},
      ${t.role}::"StaffRole", ${t.clinicId}::uuid, ${t.regionId}::uuid, l.case_id,
      l.patient_person_id, ${t.action}, ${t.requestId}
    FROM (${cases}) l`;
}
