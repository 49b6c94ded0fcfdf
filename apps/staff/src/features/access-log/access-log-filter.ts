import { formatIdentityNumber, parseCalendarDate, parseIdentityNumber } from '@etj/domain';
import { type AccessLogFilter } from '../../gql/graphql.ts';

/** The auditor's search as typed. */
export type AccessLogForm = { staffHsaId: string; patient: string; from: string; to: string };

export const EMPTY_ACCESS_LOG_FORM: AccessLogForm = {
  staffHsaId: '',
  patient: '',
  from: '',
  to: '',
};

export type AccessLogField = keyof AccessLogForm;

/** A refused search field, as a key under `accessLog.problems`. */
export type AccessLogProblem = {
  field: AccessLogField;
  key: 'patient' | 'date' | 'toBeforeFrom' | 'invalid';
};

export const ACCESS_LOG_FIELD_IDS: Record<AccessLogField, string> = {
  staffHsaId: 'access-log-staff',
  patient: 'access-log-patient',
  from: 'access-log-from',
  to: 'access-log-to',
};

/** The filter to send (empty fields left out), or what to fix first. */
export function accessLogFilter(
  form: AccessLogForm,
): { ok: true; filter: AccessLogFilter } | { ok: false; problems: AccessLogProblem[] } {
  const problems: AccessLogProblem[] = [];
  const patient = form.patient.trim();
  const parsed = patient === '' ? null : parseIdentityNumber(patient);
  if (parsed && !parsed.ok) problems.push({ field: 'patient', key: 'patient' });
  const from = form.from.trim();
  const to = form.to.trim();
  if (from !== '' && !parseCalendarDate(from)) problems.push({ field: 'from', key: 'date' });
  if (to !== '' && !parseCalendarDate(to)) problems.push({ field: 'to', key: 'date' });
  else if (from !== '' && to !== '' && parseCalendarDate(from) && to < from)
    problems.push({ field: 'to', key: 'toBeforeFrom' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    filter: {
      staffHsaId: form.staffHsaId.trim() === '' ? null : form.staffHsaId.trim(),
      patientIdentityNumber: parsed?.ok ? formatIdentityNumber(parsed.value.normalized) : null,
      from: from === '' ? null : from,
      to: to === '' ? null : to,
    },
  };
}

const API_PATHS: Record<string, AccessLogField> = {
  staffHsaId: 'staffHsaId',
  patientIdentityNumber: 'patient',
  from: 'from',
  to: 'to',
};

/** Puts a field the API refused at the control it belongs to. */
export function apiAccessLogProblem(path: string): AccessLogProblem {
  const field = API_PATHS[path.replace(/^filter\./, '')] ?? 'staffHsaId';
  return {
    field,
    key: field === 'patient' ? 'patient' : field === 'staffHsaId' ? 'invalid' : 'date',
  };
}
