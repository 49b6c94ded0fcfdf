import { isEmail } from 'class-validator';
import { compareDates, type CalendarDate } from '@etj/domain';
import type { StaffRole } from '../identity/identity.types.ts';
import type {
  NotificationLocale,
  StaffAlertKind,
} from '../notifications/notification-outbox.repository.ts';

/** The role at the clinic an alert belongs to: the queue is the receivers', the rest caregivers'. */
export const ALERT_ROLE: Record<StaffAlertKind, StaffRole> = {
  STAFF_NEW_CASES: 'CASE_RECEIVER',
  STAFF_CASE_ASSIGNED: 'CAREGIVER',
  STAFF_CITIZEN_REPLY: 'CAREGIVER',
};

export type AlertSwitches = { newCases: boolean; assignedToMe: boolean; citizenReplies: boolean };

export type AlertPermissions = {
  mayAlertNewCases: boolean;
  mayAlertAssignments: boolean;
  mayAlertReplies: boolean;
};

/**
 * Which switches apply to the roles of the session's clinic; a region session (or one without a
 * chosen unit) has no clinic queue and no cases of its own, so none.
 */
export function alertPermissions(roles: readonly StaffRole[]): AlertPermissions {
  const caregiver = roles.includes(ALERT_ROLE.STAFF_CASE_ASSIGNED);
  return {
    mayAlertNewCases: roles.includes(ALERT_ROLE.STAFF_NEW_CASES),
    mayAlertAssignments: caregiver,
    mayAlertReplies: caregiver,
  };
}

/** The stored switches as the staff member may see them: one for a role not held reads off. */
export function visibleSwitches(stored: AlertSwitches, may: AlertPermissions): AlertSwitches {
  return {
    newCases: may.mayAlertNewCases && stored.newCases,
    assignedToMe: may.mayAlertAssignments && stored.assignedToMe,
    citizenReplies: may.mayAlertReplies && stored.citizenReplies,
  };
}

export type AlertSettingsProblem = {
  path: 'email' | 'newCases' | 'assignedToMe' | 'citizenReplies';
  code: 'EMAIL_INVALID' | 'EMAIL_REQUIRED' | 'NOT_YOUR_ROLE';
};

export type CleanAlertSettings = AlertSwitches & {
  email: string | null;
  locale: NotificationLocale;
};

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * The settings as stored, or every problem at once. A switch turned on for a role the staff
 * member does not hold at this clinic is refused (NOT_YOUR_ROLE), not silently dropped: the SPA
 * shows only the switches that apply, so one arriving anyway is a client bug worth seeing.
 */
export function cleanAlertSettings(
  input: AlertSwitches & { email?: string | null; locale: NotificationLocale },
  may: AlertPermissions,
): { ok: true; value: CleanAlertSettings } | { ok: false; problems: AlertSettingsProblem[] } {
  const problems: AlertSettingsProblem[] = [];
  const email = blankToNull(input.email);
  if (email !== null && !isEmail(email)) problems.push({ path: 'email', code: 'EMAIL_INVALID' });
  if (input.newCases && !may.mayAlertNewCases)
    problems.push({ path: 'newCases', code: 'NOT_YOUR_ROLE' });
  if (input.assignedToMe && !may.mayAlertAssignments)
    problems.push({ path: 'assignedToMe', code: 'NOT_YOUR_ROLE' });
  if (input.citizenReplies && !may.mayAlertReplies)
    problems.push({ path: 'citizenReplies', code: 'NOT_YOUR_ROLE' });
  if ((input.newCases || input.assignedToMe || input.citizenReplies) && email === null)
    problems.push({ path: 'email', code: 'EMAIL_REQUIRED' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      email,
      locale: input.locale,
      newCases: input.newCases,
      assignedToMe: input.assignedToMe,
      citizenReplies: input.citizenReplies,
    },
  };
}

/** One assignment of a possible recipient at the clinic the alert is about. */
export type AlertCandidate = {
  staffMemberId: string;
  roles: readonly StaffRole[];
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
};

/**
 * Who may get an alert of `kind` at a clinic: those who hold the kind's role there in an
 * assignment in force `today` (an ended assignment stops alerts as it stops logins). Opt-in and
 * address are checked when the alert is queued.
 */
export function alertRecipients(
  kind: StaffAlertKind,
  candidates: readonly AlertCandidate[],
  today: CalendarDate,
): string[] {
  const role = ALERT_ROLE[kind];
  const ids = candidates
    .filter(
      (c) =>
        c.roles.includes(role) &&
        compareDates(c.validFrom, today) <= 0 &&
        (c.validTo === null || compareDates(today, c.validTo) <= 0),
    )
    .map((c) => c.staffMemberId);
  return [...new Set(ids)].sort();
}

/**
 * Who is told of an assignment: the new assignee, unless they took the case themselves or it
 * already was theirs.
 */
export function assignmentAlertCandidates(input: {
  actorStaffId: string;
  assigneeId: string;
  previousStaffId: string | null;
}): string[] {
  if (input.assigneeId === input.actorStaffId || input.assigneeId === input.previousStaffId)
    return [];
  return [input.assigneeId];
}

/**
 * Who is told of a citizen's reply: the caregiver the case is assigned to now, or, when it is
 * not assigned, the one who asked the counter-question.
 */
export function replyAlertCandidates(input: {
  assignedStaffId: string | null;
  askedByStaffId: string | null;
}): string[] {
  const id = input.assignedStaffId ?? input.askedByStaffId;
  return id ? [id] : [];
}
