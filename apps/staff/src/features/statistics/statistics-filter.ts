import { type StatisticsFilter } from '../../gql/graphql.ts';
import { type FieldProblem } from '../case-handling/field-problems.ts';
import { addDays, daysIncluded, monthEnd, monthStart, parseDay } from './statistics-dates.ts';

/** The filter as typed: dates as `YYYY-MM-DD`, '' for every case type or clinic. */
export type StatisticsForm = { from: string; to: string; caseTypeId: string; clinicId: string };

export type StatisticsField = keyof StatisticsForm;

export const STATISTICS_FIELD_IDS: Record<StatisticsField, string> = {
  from: 'statistics-from',
  to: 'statistics-to',
  caseTypeId: 'statistics-case-type',
  clinicId: 'statistics-clinic',
};

/** The longest period the API answers (apps/api statistics.rules.ts MAX_PERIOD_DAYS). */
export const MAX_PERIOD_DAYS = 3 * 366;

/** A refused filter field, as a key under `statistics.problems`. */
export type StatisticsProblem = {
  field: StatisticsField;
  key: 'fromMissing' | 'toMissing' | 'invalidDate' | 'beforeStart' | 'outOfRange' | 'invalid';
};

export const QUICK_PERIODS = ['last30Days', 'lastMonth', 'thisYear', 'last12Months'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

/**
 * The dates of a quick choice, seen from `today` (Stockholm), both ends included:
 * the last 30 days up to today; the whole previous calendar month; 1 January up to today; the
 * current month and the 11 whole months before it (twelve bars in the monthly chart).
 */
export function quickPeriod(choice: QuickPeriod, today: string): { from: string; to: string } {
  switch (choice) {
    case 'last30Days':
      return { from: addDays(today, -29), to: today };
    case 'lastMonth':
      return { from: monthStart(today, -1), to: monthEnd(monthStart(today, -1)) };
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last12Months':
      return { from: monthStart(today, -11), to: today };
  }
}

/** What the page shows first: the last twelve months (the current one so far included). */
export function defaultStatisticsForm(today: string): StatisticsForm {
  return { ...quickPeriod('last12Months', today), caseTypeId: '', clinicId: '' };
}

/** The filter to send, or what to fix first (the API checks the same and has the last word). */
export function statisticsFilter(
  form: StatisticsForm,
): { ok: true; filter: StatisticsFilter } | { ok: false; problems: StatisticsProblem[] } {
  const problems: StatisticsProblem[] = [];
  const fromText = form.from.trim();
  const toText = form.to.trim();
  const from = parseDay(fromText);
  const to = parseDay(toText);
  if (fromText === '') problems.push({ field: 'from', key: 'fromMissing' });
  else if (!from) problems.push({ field: 'from', key: 'invalidDate' });
  if (toText === '') problems.push({ field: 'to', key: 'toMissing' });
  else if (!to) problems.push({ field: 'to', key: 'invalidDate' });
  if (from && to) {
    if (to < from) problems.push({ field: 'to', key: 'beforeStart' });
    else if (daysIncluded(from, to) > MAX_PERIOD_DAYS)
      problems.push({ field: 'to', key: 'outOfRange' });
  }
  if (problems.length > 0 || !from || !to) return { ok: false, problems };
  return {
    ok: true,
    filter: {
      from,
      to,
      caseTypeId: form.caseTypeId === '' ? null : form.caseTypeId,
      clinicId: form.clinicId === '' ? null : form.clinicId,
    },
  };
}

const API_CODES: Record<string, StatisticsProblem['key']> = {
  INVALID_DATE: 'invalidDate',
  BEFORE_START: 'beforeStart',
  OUT_OF_RANGE: 'outOfRange',
};

/** Puts a field the API refused (`filter.from`, `filter.to`) at the control it belongs to. */
export function apiStatisticsProblem(problem: FieldProblem): StatisticsProblem {
  const name = problem.path.replace(/^filter\./, '');
  const field: StatisticsField =
    name === 'from' || name === 'to' || name === 'caseTypeId' || name === 'clinicId'
      ? name
      : 'from';
  return { field, key: API_CODES[problem.code] ?? 'invalid' };
}
