import {
  compareDates,
  parseCalendarDate,
  parseIdentityNumber,
  type CalendarDate,
} from '@etj/domain';
import { badInput, type FieldProblem } from '../common/errors.ts';
import type { AccessLogFilter } from './access-log.types.ts';

/** Pure rules of the access-log search; the service applies them, tests pin them. */

export const MAX_LOG_PAGE = 100;

export type AccessLogQuery = {
  staffHsaId: string | null;
  /** Twelve digits, as the population register stores it. */
  patientIdentityNumber: string | null;
  /** First and last Stockholm calendar day, both inclusive. */
  from: CalendarDate | null;
  to: CalendarDate | null;
};

/** Normalises the filter, or BAD_USER_INPUT with every problem at once. */
export function accessLogQuery(filter: AccessLogFilter, first: number): AccessLogQuery {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(first) || first < 1 || first > MAX_LOG_PAGE)
    problems.push({ path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_LOG_PAGE } });
  let patient: string | null = null;
  if (filter.patientIdentityNumber) {
    const parsed = parseIdentityNumber(filter.patientIdentityNumber);
    if (parsed.ok) patient = parsed.value.normalized;
    else problems.push({ path: 'filter.patientIdentityNumber', code: 'IDENTITY_NUMBER_INVALID' });
  }
  const from = filter.from ? parseCalendarDate(filter.from) : undefined;
  const to = filter.to ? parseCalendarDate(filter.to) : undefined;
  if (filter.from && !from) problems.push({ path: 'filter.from', code: 'INVALID_DATE' });
  if (filter.to && !to) problems.push({ path: 'filter.to', code: 'INVALID_DATE' });
  if (from && to && compareDates(to, from) < 0)
    problems.push({ path: 'filter.to', code: 'BEFORE_START' });
  if (problems.length > 0) throw badInput(problems);
  return {
    staffHsaId: filter.staffHsaId?.trim() || null,
    patientIdentityNumber: patient,
    from: from ?? null,
    to: to ?? null,
  };
}

/** The log's sort key: newest first, the (growing) id breaking ties. */
export type LogKey = { occurredAt: Date; id: string };

/**
 * One page of a log read newest first with one row more than `first` (so the page knows
 * whether another follows): the rows shown, as `view` makes them, and the cursor after the last.
 */
export function logPage<Row extends LogKey, View>(
  rows: readonly Row[],
  first: number,
  view: (row: Row) => View,
): { items: View[]; nextCursor: string | null } {
  const items = rows.slice(0, first);
  const last = items.at(-1);
  return {
    items: items.map(view),
    nextCursor:
      rows.length > first && last
        ? encodeLogCursor({ occurredAt: last.occurredAt, id: last.id })
        : null,
  };
}

const invalidCursor = () => badInput([{ path: 'after', code: 'INVALID_CURSOR' }]);

export function encodeLogCursor(key: LogKey): string {
  return Buffer.from(
    JSON.stringify({ t: key.occurredAt.toISOString(), id: key.id }),
    'utf8',
  ).toString('base64url');
}

export function decodeLogCursor(cursor: string): LogKey {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof raw !== 'object' || raw === null) throw invalidCursor();
  const { t, id } = raw as { t?: unknown; id?: unknown };
  if (typeof t !== 'string' || typeof id !== 'string' || !/^\d{1,19}$/.test(id))
    throw invalidCursor();
  const occurredAt = new Date(t);
  if (Number.isNaN(occurredAt.getTime())) throw invalidCursor();
  return { occurredAt, id };
}
