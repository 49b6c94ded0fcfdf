import { stockholmInstant } from '../../common/stockholm-time.ts';
import {
  type ReportFaultInput,
  type SupportArea,
  type SupportSeverity,
  type SupportStatus,
} from '../../gql/graphql.ts';
import { type FieldProblem } from '../case-handling/field-problems.ts';

export const SUPPORT_SEVERITIES = [
  'CRITICAL',
  'HIGH',
  'NORMAL',
  'LOW',
] as const satisfies readonly SupportSeverity[];

export const SUPPORT_AREAS = [
  'LOGIN',
  'START_PAGE',
  'CASE_QUEUE',
  'WORK_LIST',
  'CASE_HANDLING',
  'ACCESS_LOG',
  'ADMINISTRATION',
  'NOTIFICATIONS',
  'CITIZEN_SERVICE',
  'OTHER',
] as const satisfies readonly SupportArea[];

export const SUPPORT_STATUSES = [
  'NEW',
  'IN_PROGRESS',
  'WAITING_FOR_REPORTER',
  'RESOLVED',
  'CLOSED',
] as const satisfies readonly SupportStatus[];

/** The API's limits (apps/api/src/support/support.rules.ts), for hints before sending. */
export const FAULT_LIMITS = {
  summary: 120,
  description: 4000,
  location: 200,
  reply: 4000,
  screenshotBytes: 2_097_152,
} as const;

/** What the reporter has typed and chosen in the fault form. */
export type FaultForm = {
  summary: string;
  description: string;
  area: SupportArea | '';
  location: string;
  occurredDate: string;
  occurredTime: string;
  severity: SupportSeverity | '';
  screenshot: File | null;
};

/** The ids of the form's controls, which the error summary links to. */
export const FAULT_FIELD_IDS = {
  summary: 'fault-summary',
  description: 'fault-description',
  area: 'fault-area',
  location: 'fault-location',
  occurredAt: 'fault-occurred-date',
  severity: 'fault-severity-CRITICAL',
  screenshot: 'fault-screenshot',
} as const;

export type FaultField = keyof typeof FAULT_FIELD_IDS;

/** A problem with one control, as a catalogue key under `support.form.problems`. */
export type FaultProblem = { field: FaultField; key: string; params?: Record<string, number> };

const pad = (n: number) => String(n).padStart(2, '0');

/** An empty form whose time of the fault is now, on Stockholm's wall clock. */
export function emptyFaultForm(now: Date): FaultForm {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Stockholm',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return {
    summary: '',
    description: '',
    area: '',
    location: '',
    occurredDate: `${parts['year']}-${parts['month']}-${parts['day']}`,
    occurredTime: `${pad(Number(parts['hour']))}:${parts['minute']}`,
    severity: '',
    screenshot: null,
  };
}

const SCREENSHOT_TYPES = ['image/png', 'image/jpeg'];

/** What can be told before sending: required fields, lengths, a real time, the file's kind and size. */
export function localFaultProblems(form: FaultForm, now: Date): FaultProblem[] {
  const problems: FaultProblem[] = [];
  const text = (field: FaultField, value: string, max: number, required: boolean) => {
    const trimmed = value.trim();
    if (required && trimmed === '') problems.push({ field, key: `${field}Required` });
    else if (trimmed.length > max) problems.push({ field, key: 'tooLong', params: { max } });
  };
  text('summary', form.summary, FAULT_LIMITS.summary, true);
  text('description', form.description, FAULT_LIMITS.description, true);
  if (form.area === '') problems.push({ field: 'area', key: 'areaRequired' });
  text('location', form.location, FAULT_LIMITS.location, false);
  const occurred = stockholmInstant(form.occurredDate, form.occurredTime);
  if (!occurred) problems.push({ field: 'occurredAt', key: 'occurredInvalid' });
  else if (new Date(occurred).getTime() > now.getTime() + 10 * 60_000)
    problems.push({ field: 'occurredAt', key: 'occurredInFuture' });
  if (form.severity === '') problems.push({ field: 'severity', key: 'severityRequired' });
  if (form.screenshot) {
    if (!SCREENSHOT_TYPES.includes(form.screenshot.type))
      problems.push({ field: 'screenshot', key: 'screenshotType' });
    else if (form.screenshot.size > FAULT_LIMITS.screenshotBytes)
      problems.push({ field: 'screenshot', key: 'screenshotTooLarge' });
  }
  return problems;
}

/** What the form sends, once `localFaultProblems` found nothing (the screenshot is added apart). */
export function faultInput(form: FaultForm): Omit<ReportFaultInput, 'screenshot'> {
  const location = form.location.trim();
  return {
    summary: form.summary.trim(),
    description: form.description.trim(),
    area: form.area === '' ? 'OTHER' : form.area,
    location: location === '' ? null : location,
    occurredAt: stockholmInstant(form.occurredDate, form.occurredTime) ?? '',
    severity: form.severity === '' ? 'NORMAL' : form.severity,
  };
}

const API_KEYS: Record<string, string> = {
  REQUIRED: 'required',
  TOO_LONG: 'tooLong',
  IN_THE_FUTURE: 'occurredInFuture',
  TOO_LONG_AGO: 'occurredTooLongAgo',
  INVALID_FORMAT: 'occurredInvalid',
  SCREENSHOT_TOO_LARGE: 'screenshotTooLarge',
  SCREENSHOT_TYPE_NOT_ALLOWED: 'screenshotType',
  SCREENSHOT_EMPTY: 'screenshotEmpty',
};

/** An API refusal of one field as a problem of the form's control. */
export function apiFaultProblem(problem: FieldProblem): FaultProblem {
  const field = (Object.keys(FAULT_FIELD_IDS) as FaultField[]).find((f) => f === problem.path);
  const key = API_KEYS[problem.code] ?? 'invalid';
  return {
    field: field ?? 'summary',
    key: key === 'required' && field ? `${field}Required` : key,
    ...(key === 'tooLong' && field && field in FAULT_LIMITS
      ? { params: { max: FAULT_LIMITS[field as keyof typeof FAULT_LIMITS] } }
      : {}),
    ...(key === 'occurredTooLongAgo' ? { params: { days: 90 } } : {}),
  };
}
