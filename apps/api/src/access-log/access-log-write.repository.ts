import { Prisma } from '@etj/db';
import type { StaffActor } from '../identity/actor.ts';
import type { StaffRole } from '../identity/identity.types.ts';
import type { AccessAction } from '@etj/domain/access-log-words';

/**
 * What staff did with patient data (PDL). One row per case touched; lists write one row per
 * case they show, in one statement. Never any case content: only who, role, where, which case,
 * which patient, what and when.
 *
 * The rows are written by the repositories that read or change the case, never by a service:
 * every repository method that reads a case's content for staff requires a StaffReadContext
 * and writes its rows in the same transaction (or the same statement), so no staff read of a
 * case can leave out its row and no row is written for a read that failed.
 *
 * List granularity: a page of the queue (LIST_QUEUE) or of the work list (LIST_WORK) shows each
 * case's patient name and personnummer, so it is an access to each of those patients: one row
 * per case on the page actually shown (not the extra row fetched to know whether there is a
 * next page), all with the request's id, inserted by the very statement that reads the page (a
 * data-modifying CTE, so the page costs one round trip and is never shown without its rows).
 * An empty page writes nothing. Reading one case is READ_CASE, a file of it READ_ATTACHMENT; a
 * change writes only its own action (ASSIGN_CASE, ANSWER_CASE, ...), not a READ_CASE for the
 * case view the mutation answers with (read in the change's transaction). Refused requests
 * write nothing.
 */
export type { AccessAction };

export type CaseAccess = { caseId: string; patientPersonId: string };

/**
 * Who reads a patient's case, where, in which role and in which request: what every staff read
 * (and change) of a case requires, and what its access-log rows say besides the case, the
 * patient and the action, which the repository method that reads fills in.
 */
export type StaffReadContext = {
  readonly staffMemberId: string;
  readonly staffHsaId: string;
  /** The role the case policy let the staff member in with. */
  readonly role: StaffRole;
  /** The clinic and region of the workplace chosen for this session. */
  readonly clinicId: string | null;
  readonly regionId: string | null;
  readonly requestId: string;
  readonly at: Date;
};

/** The context of a staff member's access in `role` (as the case policy answered it). */
export function staffReadContext(
  actor: StaffActor,
  role: StaffRole,
  at: Date,
  requestId: string,
): StaffReadContext {
  return {
    staffMemberId: actor.staffMemberId,
    staffHsaId: actor.hsaId,
    role,
    clinicId: actor.unit?.clinicId ?? null,
    regionId: actor.unit?.regionId ?? null,
    requestId,
    at,
  };
}

/** The rows an access writes: one per case, in the order given. */
export function accessLogRows(
  context: StaffReadContext,
  action: AccessAction,
  cases: readonly CaseAccess[],
): Prisma.AccessLogEntryCreateManyInput[] {
  return cases.map((c) => ({
    occurredAt: context.at,
    staffMemberId: context.staffMemberId,
    staffHsaId: context.staffHsaId,
    role: context.role,
    clinicId: context.clinicId,
    regionId: context.regionId,
    action,
    requestId: context.requestId,
    caseId: c.caseId,
    patientPersonId: c.patientPersonId,
  }));
}

/** Writes the access's rows with the transaction that reads or changes the cases. */
export async function logAccess(
  tx: Prisma.TransactionClient,
  context: StaffReadContext,
  action: AccessAction,
  cases: readonly CaseAccess[],
): Promise<void> {
  if (cases.length > 0)
    await tx.accessLogEntry.createMany({ data: accessLogRows(context, action, cases) });
}

/**
 * The INSERT of the access's row for each case `cases` yields (columns case_id and
 * patient_person_id), in the order it yields them, so ids grow in page order as createMany's
 * do. Meant as a data-modifying CTE of the statement that reads the cases: read and log are
 * then one statement, atomic without a transaction. Every column of accessLogRows' rows is
 * here; an integration test compares the two.
 */
export function accessLogInsert(
  context: StaffReadContext,
  action: AccessAction,
  cases: Prisma.Sql,
): Prisma.Sql {
  const c = context;
  return Prisma.sql`INSERT INTO access_log (occurred_at, staff_member_id, staff_hsa_id, role,
      clinic_id, region_id, case_id, patient_person_id, action, request_id)
    SELECT ${c.at}::timestamptz, ${c.staffMemberId}::uuid, ${c.staffHsaId},
      ${c.role}::"StaffRole", ${c.clinicId}::uuid, ${c.regionId}::uuid, l.case_id,
      l.patient_person_id, ${action}, ${c.requestId}
    FROM (${cases}) l`;
}
