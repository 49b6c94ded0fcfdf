import { addDays, type CalendarDate } from '@etj/domain';
import { forbidden } from '../common/errors.ts';
import { clinicWithRole } from '../identity/workplace.policy.ts';
import type { StaffActor } from '../identity/actor.ts';
import type { StaffRole } from '../identity/identity.types.ts';
import { caseInputProblems, type CaseHandlingProblem } from './case-handling.errors.ts';
import type { CaseMove } from '../cases/case-status.ts';
import {
  CASE_STATUSES,
  OUTCOME_KINDS,
  type CaseStatus,
  type OutcomeKind,
} from '../cases/case-view.types.ts';
import type { AccessAction } from '../access-log/access-log-write.repository.ts';
import type { ResponseKind, ResponseOutcomeInput } from './case-handling.types.ts';

/** Pure rules of the staff side of the case loop; the service applies them, tests pin them. */

export const MAX_PAGE = 100;

/** The clinic of the session's workplace when the actor holds `role` there; FORBIDDEN otherwise. */
export function clinicOrRefuse(actor: StaffActor, role: StaffRole): string {
  const clinicId = clinicWithRole(actor, role);
  if (!clinicId) throw forbidden();
  return clinicId;
}

/** `first` must be 1..MAX_PAGE. */
export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw caseInputProblems([
      { path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_PAGE } },
    ]);
}

/**
 * The queue's sort key: new and unassigned cases first (rank 0), then the rest (rank 1); within
 * a rank the oldest sent first; the id breaks ties.
 */
export type QueueKey = { rank: 0 | 1; submittedAt: Date; id: string };
/** The work list's sort key: latest event first, then the id. */
export type WorkKey = { lastEventAt: Date; id: string };

export function queueRank(status: CaseStatus, assignedStaffId: string | null): 0 | 1 {
  return status === 'NEW' && assignedStaffId === null ? 0 : 1;
}

export type QueueAssignment = 'ANY' | 'UNASSIGNED' | 'ASSIGNED';

/**
 * One index-ordered part of the queue: the cases of one status, with or without an assignee.
 * Within a part every case has the same rank, so the part is read in (submitted_at, id) order.
 */
export type QueuePart = { status: CaseStatus; unassigned: boolean; rank: 0 | 1 };

/**
 * The parts a queue page reads: every asked status, split by assignee where the assignment
 * filter allows both, rank 0 first. Behind a cursor of rank 1, the rank 0 parts are done.
 */
export function queueParts(
  statuses: readonly CaseStatus[],
  assignment: QueueAssignment,
  afterRank: 0 | 1 | null,
): QueuePart[] {
  const unassigned =
    assignment === 'ANY' ? [true, false] : assignment === 'UNASSIGNED' ? [true] : [false];
  return [...new Set(statuses)]
    .flatMap((status) =>
      unassigned.map((u) => ({
        status,
        unassigned: u,
        // Any non-null assignee ranks the same; the rank depends only on there being one.
        rank: queueRank(status, u ? null : 'assigned'),
      })),
    )
    .filter((part) => afterRank === null || part.rank >= afterRank)
    .sort((a, b) => a.rank - b.rank);
}

/** An opaque cursor: base64url JSON of the sort key of the last row shown. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decodeObject(cursor: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // fall through: the same answer as any other malformed cursor
  }
  throw invalidCursor();
}

const invalidCursor = () => caseInputProblems([{ path: 'after', code: 'INVALID_CURSOR' }]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function instant(value: unknown): Date {
  if (typeof value !== 'string') throw invalidCursor();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalidCursor();
  return date;
}

function uuid(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw invalidCursor();
  return value;
}

export function queueCursor(key: QueueKey): string {
  return encodeCursor({ r: key.rank, s: key.submittedAt.toISOString(), id: key.id });
}

export function decodeQueueCursor(cursor: string): QueueKey {
  const raw = decodeObject(cursor);
  if (raw.r !== 0 && raw.r !== 1) throw invalidCursor();
  return { rank: raw.r, submittedAt: instant(raw.s), id: uuid(raw.id) };
}

export function workCursor(key: WorkKey): string {
  return encodeCursor({ t: key.lastEventAt.toISOString(), id: key.id });
}

export function decodeWorkCursor(cursor: string): WorkKey {
  const raw = decodeObject(cursor);
  return { lastEventAt: instant(raw.t), id: uuid(raw.id) };
}

/**
 * The sort key of a list sorted by time left (rows waiting for a first answer with a due time):
 * the due time, then the id.
 */
export type DueKey = { dueAt: Date; id: string };

/** Its cursor carries the order, so a cursor of the other order is refused, not misread. */
export function dueCursor(key: DueKey): string {
  return encodeCursor({ o: 'due', d: key.dueAt.toISOString(), id: key.id });
}

export function decodeDueCursor(cursor: string): DueKey {
  const raw = decodeObject(cursor);
  if (raw.o !== 'due') throw invalidCursor();
  return { dueAt: instant(raw.d), id: uuid(raw.id) };
}

/** The statuses the queue shows: those asked for, or every status but CLOSED. */
export function queueStatuses(asked: readonly CaseStatus[] | null | undefined): CaseStatus[] {
  if (asked && asked.length > 0) return [...new Set(asked)];
  return CASE_STATUSES.filter((s) => s !== 'CLOSED');
}

/**
 * "Sent at least N days ago" in Stockholm calendar days: sent on or before the date N days
 * before today. Answers the first date that no longer counts (sent before its start qualifies).
 */
export function minAgeBoundary(today: CalendarDate, minAgeDays: number): CalendarDate {
  return addDays(today, 1 - minAgeDays);
}

/** Field problems of a response form (answer, partial answer, counter-question). */
export function responseProblems(input: {
  kind: ResponseKind;
  close: boolean;
  outcomes: readonly ResponseOutcomeInput[];
}): CaseHandlingProblem[] {
  const problems: CaseHandlingProblem[] = [];
  input.outcomes.forEach((outcome, i) => {
    const required = (field: 'appointmentAt' | 'place' | 'phone') => {
      const value = outcome[field];
      if (value === null || value === undefined || (typeof value === 'string' && !value.trim()))
        problems.push({ path: `outcomes.${String(i)}.${field}`, code: 'REQUIRED' });
    };
    if (outcome.kind === 'APPOINTMENT_BOOKED') {
      required('appointmentAt');
      required('place');
    }
    if (outcome.kind === 'PLEASE_CALL_US') required('phone');
  });
  if (input.close && input.kind !== 'ANSWER')
    problems.push({ path: 'close', code: 'ONLY_WITH_ANSWER' });
  return problems;
}

/** The access-log actions of a staff message. */
export type ResponseAction = Extract<
  AccessAction,
  'ANSWER_CASE' | 'PARTIAL_ANSWER_CASE' | 'ASK_COUNTER_QUESTION'
>;

/** The status move and the access-log action of a response. */
export function responseMove(
  kind: ResponseKind,
  close: boolean,
): { move: CaseMove; action: ResponseAction } {
  switch (kind) {
    case 'ANSWER':
      return { move: { kind: 'ANSWER', close }, action: 'ANSWER_CASE' };
    case 'PARTIAL_ANSWER':
      return { move: { kind: 'PARTIAL_ANSWER' }, action: 'PARTIAL_ANSWER_CASE' };
    case 'COUNTER_QUESTION':
      return { move: { kind: 'COUNTER_QUESTION' }, action: 'ASK_COUNTER_QUESTION' };
  }
}

/** A person's name as staff see it; a newborn without a name yet shows as "–". */
export function personName(person: {
  givenName: string | null;
  familyName: string | null;
}): string {
  return [person.givenName, person.familyName].filter(Boolean).join(' ') || '–';
}

/**
 * A guardian who sent a case for the child, as staff see it: "Given Family, YYYYMMDD-NNNN"
 * (the identity number already formatted).
 */
export function sentByName(
  sender: { givenName: string | null; familyName: string | null },
  formattedIdentityNumber: string,
): string {
  return `${personName(sender)}, ${formattedIdentityNumber}`;
}

/** A guardian writing in the child's case, as the staff thread names them. */
export function guardianAuthorName(guardian: {
  givenName: string | null;
  familyName: string | null;
}): { sv: string; en: string } {
  const name = personName(guardian);
  return { sv: `${name} (vårdnadshavare)`, en: `${name} (guardian)` };
}

type StoredOutcome = {
  kind: OutcomeKind;
  appointmentAt: Date | null;
  place: string | null;
  phone: string | null;
};

/**
 * Reads a stored message body: `{ text, outcomes }` for staff and citizen messages; anything
 * else (the CASE_SUBMITTED system message's `{ key, reference }`) has no text.
 */
export function readMessageBody(body: unknown): { text: string | null; outcomes: StoredOutcome[] } {
  if (typeof body !== 'object' || body === null) return { text: null, outcomes: [] };
  const { text, outcomes } = body as { text?: unknown; outcomes?: unknown };
  return {
    text: typeof text === 'string' ? text : null,
    outcomes: Array.isArray(outcomes) ? outcomes.flatMap(readOutcome) : [],
  };
}

function readOutcome(value: unknown): StoredOutcome[] {
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  if (!OUTCOME_KINDS.includes(o.kind as OutcomeKind)) return [];
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const at = text(o.appointmentAt);
  return [
    {
      kind: o.kind as OutcomeKind,
      appointmentAt: at ? new Date(at) : null,
      place: text(o.place),
      phone: text(o.phone),
    },
  ];
}

/** The stored body of a staff message: text and outcomes, instants as ISO strings. */
export function messageBody(text: string, outcomes: readonly ResponseOutcomeInput[]) {
  return {
    text,
    outcomes: outcomes.map((o) => ({
      kind: o.kind,
      appointmentAt:
        o.kind === 'APPOINTMENT_BOOKED' ? (o.appointmentAt?.toISOString() ?? null) : null,
      place: o.kind === 'APPOINTMENT_BOOKED' ? (o.place?.trim() ?? null) : null,
      phone: o.kind === 'PLEASE_CALL_US' ? (o.phone?.trim() ?? null) : null,
    })),
  };
}
