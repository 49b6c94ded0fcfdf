// The demo cases as rows: each story in data/cases.ts is walked step by step, checked against
// the case rules (DOMAIN.md sections 4 and 5: who may assign, answer, close and read, and how
// the status moves), and written as the case, its messages, events, assignments, notes, the
// photo, and the access-log rows staff left while doing it. The clinics'
// standard answers come from standard-answer-rows.ts, the citizens' logins from case-logins.ts.
import { CASE_STORIES, type CaseStep, type CaseStory, type Moment } from './data/cases.ts';
import { CLINICS, type ClinicKey } from './data/clinics.ts';
import { NAMED_STAFF, type NamedStaffKey, type StaffRole } from './data/staff.ts';
import { stockholmInstant } from './dates.ts';
import { addDays, clinicCalendar, firstAnswerDueAt, type CalendarDate } from './domain.ts';
import { seedId } from './ids.ts';
import { caseTypeId, type CaseTypeRows } from './case-types.ts';
import { clinicId, regionId } from './organisation.ts';
import { rashPhotoPng, sha256Hex } from './png.ts';
import type { CaseRows, Json, Role, Status } from './case-rows.ts';
import { buildStandardAnswers } from './standard-answer-rows.ts';

export type { CaseRows } from './case-rows.ts';
export { withCaseLogins } from './case-logins.ts';

export const caseId = (storyKey: string): string => seedId(`case:${storyKey}`);
export const staffId = (key: NamedStaffKey): string => seedId(`staff:${key}`);
const personId = (key: string): string => seedId(`person:${key}`);

/** The reference the API gives a case: `E-<year sent, UTC>-<first 8 hex of the id>`. */
export function caseReference(id: string, submittedAt: Date): string {
  return `E-${submittedAt.getUTCFullYear()}-${id.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
}

/** A calendar date moved forward to Monday when it falls on a weekend. */
function weekday(date: CalendarDate): CalendarDate {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

type Context = {
  clinicCaseTypes: CaseTypeRows['clinicCaseTypes'];
  personIds: ReadonlySet<string>;
};

export function buildCases(today: CalendarDate, context: Context): CaseRows {
  const rows: CaseRows = {
    cases: [],
    caseMessages: [],
    caseEvents: [],
    caseAssignments: [],
    internalNotes: [],
    attachments: [],
    standardAnswers: buildStandardAnswers(today),
    accessLogEntries: [],
  };
  for (const story of CASE_STORIES) buildCase(story, today, context, rows);
  rows.accessLogEntries.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return rows;
}

function rolesAt(staff: NamedStaffKey, clinic: ClinicKey): readonly StaffRole[] {
  const member = NAMED_STAFF.find((candidate) => candidate.key === staff);
  return (member?.assignments ?? []).flatMap((assignment) =>
    'clinic' in assignment.at &&
    assignment.at.clinic === clinic &&
    !('endedDaysAgo' in assignment) &&
    !('startsInDays' in assignment)
      ? assignment.roles
      : [],
  );
}

function buildCase(story: CaseStory, today: CalendarDate, context: Context, rows: CaseRows) {
  const fail = (message: string): never => {
    throw new Error(`Demo case ${story.key}: ${message}`);
  };
  const instant = (moment: Moment) => stockholmInstant(addDays(today, -moment.daysAgo), moment.at);
  const date = (days: number) => addDays(today, days);
  const id = caseId(story.key);
  const subjectId = personId(story.subject);
  if (!context.personIds.has(subjectId)) fail(`no person ${story.subject}`);
  const activation =
    context.clinicCaseTypes.find(
      (row) => row.clinicId === clinicId(story.clinic) && row.caseTypeId === caseTypeId(story.type),
    ) ?? fail(`${story.clinic} has not activated ${story.type}`);
  const clinic =
    CLINICS.find((candidate) => candidate.key === story.clinic) ?? fail('unknown clinic');
  const submittedAt = instant(story.sent);
  const reference = caseReference(id, submittedAt);

  // Typed by assertion: the steps below change them inside a nested function.
  let status = 'NEW' as Status;
  let assigned = null as NamedStaffKey | null;
  let openAssignment = null as CaseRows['caseAssignments'][number] | null;
  let revision = 1;
  let lastEventAt = submittedAt;
  let closedAt = null as Date | null;
  let firstAnsweredAt = null as Date | null;
  let previous = submittedAt;
  const writers = new Set<NamedStaffKey>();
  const lastRead = new Map<NamedStaffKey, Date>();
  let counter = 0;
  const next = (kind: string) => seedId(`${kind}:${story.key}:${(counter += 1)}`);

  const event = (
    kind: CaseRows['caseEvents'][number]['kind'],
    at: Date,
    actor: { staff: NamedStaffKey; role: Role } | { citizen: string },
    extra: { fromStatus?: Status; toStatus?: Status; details?: Json } = {},
  ) => {
    rows.caseEvents.push({
      id: next('case-event'),
      caseId: id,
      kind,
      actorKind: 'staff' in actor ? 'STAFF' : 'CITIZEN',
      actorPersonId: 'citizen' in actor ? actor.citizen : null,
      actorStaffId: 'staff' in actor ? staffId(actor.staff) : null,
      actorRole: 'staff' in actor ? actor.role : null,
      fromStatus: extra.fromStatus ?? null,
      toStatus: extra.toStatus ?? null,
      details: extra.details ?? null,
      occurredAt: at,
    });
    if (kind !== 'NOTE_ADDED') lastEventAt = at;
  };
  const moveTo = (
    to: Status,
    at: Date,
    actor: { staff: NamedStaffKey; role: Role } | { citizen: string },
  ) => {
    if (to === status) return;
    event(to === 'CLOSED' ? 'CLOSED' : 'STATUS_CHANGED', at, actor, {
      fromStatus: status,
      toStatus: to,
    });
    status = to;
    if (to === 'CLOSED') closedAt = at;
  };
  const log = (staff: NamedStaffKey, role: Role, action: string, at: Date) => {
    const member =
      NAMED_STAFF.find((candidate) => candidate.key === staff) ?? fail(`unknown staff ${staff}`);
    rows.accessLogEntries.push({
      occurredAt: at,
      staffMemberId: staffId(staff),
      staffHsaId: member.hsaId,
      role,
      clinicId: clinicId(story.clinic),
      regionId: regionId(clinic.region),
      caseId: id,
      patientPersonId: subjectId,
      action,
      requestId: next('request'),
    });
    if (action === 'READ_CASE') lastRead.set(staff, at);
  };
  /** The role the staff member reads the case in (case-access.policy.ts: staffReadRole). */
  const readRole = (staff: NamedStaffKey): Role => {
    const roles = rolesAt(staff, story.clinic);
    if (roles.includes('CASE_RECEIVER')) return 'CASE_RECEIVER';
    if (roles.includes('CAREGIVER') && (assigned === staff || writers.has(staff)))
      return 'CAREGIVER';
    return fail(`${staff} may not read the case`);
  };
  /** The role the staff member answers or closes in (mayRespond). */
  const respondRole = (staff: NamedStaffKey): Role => {
    if (status === 'CLOSED') fail('the case is closed');
    const roles = rolesAt(staff, story.clinic);
    if (roles.includes('CAREGIVER') && assigned === staff) return 'CAREGIVER';
    if (roles.includes('CASE_RECEIVER')) return 'CASE_RECEIVER';
    return fail(`${staff} may not answer the case`);
  };
  /** Staff open the case before acting on it, unless they did so in the last half hour. */
  const openBefore = (staff: NamedStaffKey, at: Date) => {
    const seen = lastRead.get(staff);
    if (seen && at.getTime() - seen.getTime() < 30 * 60_000) return;
    log(staff, readRole(staff), 'READ_CASE', new Date(at.getTime() - 3 * 60_000));
  };

  event('SUBMITTED', submittedAt, { citizen: subjectId }, { toStatus: 'NEW' });
  rows.caseMessages.push({
    id: next('case-message'),
    caseId: id,
    recipientPersonId: subjectId,
    authorKind: 'SYSTEM',
    authorPersonId: null,
    authorStaffId: null,
    kind: 'CASE_SUBMITTED',
    body: { key: 'caseSubmitted', reference },
    createdAt: submittedAt,
    readAt: submittedAt,
  });
  if (story.photo) {
    if (!activation.attachmentsAllowed) fail('the type takes no attachments here');
    const content = rashPhotoPng();
    rows.attachments.push({
      id: next('attachment'),
      caseId: id,
      draftId: null,
      messageId: null,
      fileName: story.photo.fileName,
      mediaType: 'image/png',
      sizeBytes: content.length,
      sha256: sha256Hex(content),
      content,
      createdAt: submittedAt,
    });
  }

  for (const step of story.steps) {
    const at = instant(step.when);
    if (at <= previous) fail(`step ${step.kind} does not follow the one before`);
    previous = at;
    applyStep(step, at);
  }

  function applyStep(step: CaseStep, at: Date) {
    switch (step.kind) {
      case 'read':
        log(step.by, readRole(step.by), 'READ_CASE', at);
        return;
      case 'note': {
        openBefore(step.by, at);
        const role = readRole(step.by);
        const noteId = next('internal-note');
        rows.internalNotes.push({
          id: noteId,
          caseId: id,
          authorStaffId: staffId(step.by),
          text: step.text,
          createdAt: at,
        });
        event('NOTE_ADDED', at, { staff: step.by, role }, { details: { noteId } });
        log(step.by, role, 'ADD_NOTE', at);
        return;
      }
      case 'assign': {
        openBefore(step.by, at);
        if (status === 'CLOSED' || !rolesAt(step.by, story.clinic).includes('CASE_RECEIVER'))
          fail(`${step.by} may not assign`);
        if (!rolesAt(step.to, story.clinic).includes('CAREGIVER'))
          fail(`${step.to} is no caregiver here`);
        const actor = { staff: step.by, role: 'CASE_RECEIVER' as const };
        if (openAssignment) openAssignment.endedAt = at;
        // As the API writes it: the assignment event carries the status move itself.
        const toStatus: Status = status === 'NEW' ? 'ASSIGNED' : status;
        event(openAssignment ? 'REASSIGNED' : 'ASSIGNED', at, actor, {
          fromStatus: status,
          toStatus,
          details: {
            staffMemberId: staffId(step.to),
            previousStaffId: assigned ? staffId(assigned) : null,
          },
        });
        status = toStatus;
        openAssignment = {
          id: next('case-assignment'),
          caseId: id,
          staffMemberId: staffId(step.to),
          assignedByStaffId: staffId(step.by),
          assignedAt: at,
          endedAt: null,
        };
        rows.caseAssignments.push(openAssignment);
        assigned = step.to;
        revision += 1;
        log(step.by, 'CASE_RECEIVER', 'ASSIGN_CASE', at);
        return;
      }
      case 'ANSWER':
      case 'PARTIAL_ANSWER':
      case 'COUNTER_QUESTION': {
        openBefore(step.by, at);
        const role = respondRole(step.by);
        const messageId = next('case-message');
        const read = step.read === null ? null : instant(step.read);
        if (read && read <= at) fail('read before it was written');
        rows.caseMessages.push({
          id: messageId,
          caseId: id,
          recipientPersonId: subjectId,
          authorKind: 'STAFF',
          authorPersonId: null,
          authorStaffId: staffId(step.by),
          kind: step.kind,
          body: {
            text: step.text,
            outcomes: (step.outcomes ?? []).map((outcome) => ({
              kind: outcome.kind,
              appointmentAt:
                outcome.kind === 'APPOINTMENT_BOOKED'
                  ? stockholmInstant(weekday(date(outcome.inDays)), outcome.at).toISOString()
                  : null,
              place: outcome.kind === 'APPOINTMENT_BOOKED' ? outcome.place : null,
              phone: outcome.kind === 'PLEASE_CALL_US' ? outcome.phone : null,
            })),
          },
          createdAt: at,
          readAt: read,
        });
        writers.add(step.by);
        firstAnsweredAt ??= at;
        const actor = { staff: step.by, role };
        event('MESSAGE_ADDED', at, actor, { details: { messageId } });
        const to: Status =
          step.kind === 'ANSWER'
            ? step.close
              ? 'CLOSED'
              : 'ANSWERED'
            : step.kind === 'COUNTER_QUESTION'
              ? 'WAITING_FOR_CITIZEN'
              : status;
        moveTo(to, at, actor);
        revision += 1;
        log(
          step.by,
          role,
          step.kind === 'ANSWER'
            ? 'ANSWER_CASE'
            : step.kind === 'PARTIAL_ANSWER'
              ? 'PARTIAL_ANSWER_CASE'
              : 'ASK_COUNTER_QUESTION',
          at,
        );
        if (step.close) log(step.by, role, 'CLOSE_CASE', at);
        return;
      }
      case 'CITIZEN_REPLY': {
        if (status !== 'WAITING_FOR_CITIZEN') fail('a reply without a question waiting');
        const messageId = next('case-message');
        rows.caseMessages.push({
          id: messageId,
          caseId: id,
          recipientPersonId: subjectId,
          authorKind: 'CITIZEN',
          authorPersonId: subjectId,
          authorStaffId: null,
          kind: 'CITIZEN_REPLY',
          body: { text: step.text, outcomes: [] },
          createdAt: at,
          readAt: at,
        });
        const actor = { citizen: subjectId };
        event('MESSAGE_ADDED', at, actor, { details: { messageId } });
        moveTo(assigned ? 'ASSIGNED' : 'NEW', at, actor);
        revision += 1;
        return;
      }
      case 'close': {
        openBefore(step.by, at);
        const role = respondRole(step.by);
        if (status !== 'ANSWERED') fail('only an answered case is closed');
        moveTo('CLOSED', at, { staff: step.by, role });
        revision += 1;
        log(step.by, role, 'CLOSE_CASE', at);
        return;
      }
    }
  }

  if (status !== story.status) fail(`ends ${status}, not ${story.status}`);
  const archivedAt = story.archived ? instant(story.archived) : null;
  if (archivedAt && archivedAt <= previous) fail('archived before the last step');
  rows.cases.push({
    id,
    reference,
    clinicId: clinicId(story.clinic),
    caseTypeVersionId: seedId(`case-type-version:${caseTypeId(story.type)}:1`),
    subjectPersonId: subjectId,
    senderPersonId: subjectId,
    idempotencyKey: seedId(`case-idempotency:${story.key}`),
    status,
    answers: story.answers(date),
    clinicOptions: activation.options,
    assignedStaffId: assigned ? staffId(assigned) : null,
    submittedAt,
    lastEventAt,
    closedAt,
    archivedAt,
    revision,
    firstAnswerDueAt: firstAnswerDueAt(
      submittedAt,
      activation.responseTargetHours,
      clinicCalendar(clinic.openingHours),
    ),
    firstAnsweredAt,
  });
}
