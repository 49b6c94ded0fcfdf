import {
  addDays,
  addMonths,
  compareDates,
  parseCalendarDate,
  stockholmDate,
  type CalendarDate,
} from '@etj/domain';
import type { FieldProblem } from '../common/errors.ts';

/**
 * The pure rules of the statistics: how the job turns cases into daily
 * rollups, and how figures are read from them. No figure may single out a patient: counts of
 * 1–4 are shown as "fewer than 5", and so is any duration figure computed from fewer than 5
 * cases.
 */

export const SMALLEST_SHOWN = 5;

/** Backlog age groups in days, at the end of a day: 0–2, 3–7, 8–14, 15–30, over 30. */
export const BACKLOG_GROUPS = [
  { key: 'DAYS_0_2', max: 2 },
  { key: 'DAYS_3_7', max: 7 },
  { key: 'DAYS_8_14', max: 14 },
  { key: 'DAYS_15_30', max: 30 },
  { key: 'DAYS_OVER_30', max: Number.POSITIVE_INFINITY },
] as const;
export type BacklogGroup = (typeof BACKLOG_GROUPS)[number]['key'];

export function backlogGroupIndex(ageDays: number): number {
  return BACKLOG_GROUPS.findIndex((g) => ageDays <= g.max);
}

/** A count as shown: the number, or null with `suppressed` for 1–4. */
export type ShownCount = { value: number | null; suppressed: boolean };

export function shownCount(count: number): ShownCount {
  return count > 0 && count < SMALLEST_SHOWN
    ? { value: null, suppressed: true }
    : { value: count, suppressed: false };
}

/**
 * The p-th percentile (0 < p ≤ 1) by the nearest-rank method: the smallest value with at least
 * p of the values at or below it. Exact and easy to compute by hand: the median of 1, 2, 3, 4
 * is 2, their 90th percentile 4.
 */
export function nearestRank(sortedValues: readonly number[], p: number): number | null {
  if (sortedValues.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sortedValues.length));
  return sortedValues[rank - 1] ?? null;
}

/**
 * The upper bounds (minutes, inclusive) of the duration buckets the monthly histograms keep:
 * 5 minutes up to an hour, 15 up to 8 hours, an hour up to 2 days, 6 hours up to 2 weeks, a
 * day up to 60 days, a week up to a year; one more bucket holds everything longer. A value v
 * falls in the first bucket whose bound is at least v: its index is the number of bounds
 * below v, which PostgreSQL computes as `width_bucket(v - 1, bounds)` for whole minutes.
 */
export const DURATION_BUCKETS: readonly number[] = [
  ...steps(5, 60, 5),
  ...steps(75, 480, 15),
  ...steps(540, 2880, 60),
  ...steps(3240, 20_160, 360),
  ...steps(21_600, 86_400, 1440),
  ...steps(96_480, 525_600, 10_080),
];

function steps(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

/** The bucket a duration in minutes falls in (see DURATION_BUCKETS). */
export function durationBucket(minutes: number): number {
  let low = 0;
  let high = DURATION_BUCKETS.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((DURATION_BUCKETS[mid] ?? Number.POSITIVE_INFINITY) < minutes) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The minutes a bucket stands for: its upper bound (the longest bucket: the last bound). */
export function bucketMinutes(bucket: number): number {
  return DURATION_BUCKETS[Math.min(bucket, DURATION_BUCKETS.length - 1)] ?? 0;
}

/** Median and 90th percentile by nearest rank over bucket counts, as bucket upper bounds. */
export function bucketFigures(counts: readonly { bucket: number; count: number }[]): {
  count: number;
  median: number | null;
  p90: number | null;
} {
  const sorted = [...counts].sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((sum, c) => sum + c.count, 0);
  const at = (p: number): number | null => {
    if (total === 0) return null;
    const rank = Math.max(1, Math.ceil(p * total));
    let seen = 0;
    for (const c of sorted) {
      seen += c.count;
      if (seen >= rank) return bucketMinutes(c.bucket);
    }
    return null;
  };
  return { count: total, median: at(0.5), p90: at(0.9) };
}

/** The calendar months lying wholly inside a period, and the days of it outside them. */
export function splitIntoMonths(period: Period): { months: CalendarDate[]; days: Period[] } {
  const months: CalendarDate[] = [];
  const days: Period[] = [];
  let partStart: CalendarDate | null = null;
  let d = period.from;
  while (compareDates(d, period.to) <= 0) {
    const monthStart = `${d.slice(0, 8)}01` as CalendarDate;
    const monthEnd = addDays(addMonths(monthStart, 1), -1);
    if (d === monthStart && compareDates(monthEnd, period.to) <= 0) {
      if (partStart) days.push({ from: partStart, to: addDays(d, -1) });
      partStart = null;
      months.push(monthStart);
      d = addDays(monthEnd, 1);
    } else {
      partStart ??= d;
      d = addDays(d, 1);
    }
  }
  if (partStart) days.push({ from: partStart, to: period.to });
  return { months, days };
}

export type DurationFigures = {
  count: ShownCount;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** True when there were 1–4 cases: the figures are withheld. */
  suppressed: boolean;
};

export function durationFigures(values: readonly number[]): DurationFigures {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length > 0 && sorted.length < SMALLEST_SHOWN)
    return {
      count: shownCount(sorted.length),
      medianMinutes: null,
      p90Minutes: null,
      suppressed: true,
    };
  return {
    count: shownCount(sorted.length),
    medianMinutes: nearestRank(sorted, 0.5),
    p90Minutes: nearestRank(sorted, 0.9),
    suppressed: false,
  };
}

/** A period of whole Stockholm days, both ends included. */
export type Period = { from: CalendarDate; to: CalendarDate };

export const MAX_PERIOD_DAYS = 3 * 366;

export function periodDays(period: Period): number {
  let days = 0;
  for (let d = period.from; compareDates(d, period.to) <= 0; d = addDays(d, 1)) {
    days += 1;
    if (days > MAX_PERIOD_DAYS + 1) break;
  }
  return days;
}

/** The period of the same length just before (for the period-over-period comparison). */
export function previousPeriod(period: Period): Period {
  const days = periodDays(period);
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** Checks the requested period, or the problems with it. */
export function checkPeriod(
  from: string,
  to: string,
): { ok: true; period: Period } | { ok: false; problems: FieldProblem[] } {
  const start = parseCalendarDate(from);
  const end = parseCalendarDate(to);
  const problems: FieldProblem[] = [];
  if (!start) problems.push({ path: 'filter.from', code: 'INVALID_DATE' });
  if (!end) problems.push({ path: 'filter.to', code: 'INVALID_DATE' });
  if (start && end) {
    if (compareDates(end, start) < 0) problems.push({ path: 'filter.to', code: 'BEFORE_START' });
    else if (periodDays({ from: start, to: end }) > MAX_PERIOD_DAYS)
      problems.push({
        path: 'filter.to',
        code: 'OUT_OF_RANGE',
        params: { max: MAX_PERIOD_DAYS },
      });
  }
  if (problems.length > 0 || !start || !end) return { ok: false, problems };
  return { ok: true, period: { from: start, to: end } };
}

/** What the job reads about one case. */
export type CaseFacts = {
  clinicId: string;
  caseTypeId: string;
  submittedAt: Date;
  byProxy: boolean;
  firstAnsweredAt: Date | null;
  closedAt: Date | null;
  /**
   * When the first answer was due: the clinic's target for the type when the case was sent,
   * in working hours (null: no target).
   */
  firstAnswerDueAt: Date | null;
};

/** Working minutes between two instants in a clinic's calendar (its hours and holidays). */
export type BusinessMinutes = (clinicId: string, from: Date, to: Date) => number;

/** Open cases at the end of a day, in one clinic and case type, in one age group. */
export type BacklogCount = {
  day: CalendarDate;
  clinicId: string;
  caseTypeId: string;
  /** Index into BACKLOG_GROUPS. */
  group: number;
  count: number;
};

export type CaseDayRow = {
  day: CalendarDate;
  clinicId: string;
  caseTypeId: string;
  submitted: number;
  submittedByProxy: number;
  firstAnswerMinutes: number[];
  firstAnswerBusinessMinutes: number[];
  answeredWithinTarget: number;
  answeredWithTarget: number;
  closeMinutes: number[];
  closeBusinessMinutes: number[];
  backlog: number[];
};

const minutesBetween = (from: Date, to: Date) =>
  Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));

/**
 * The rollup rows of the days in `days` from the cases that were sent, first answered or
 * closed on one of them (each event counts on its own Stockholm day), and the open cases at
 * the end of each day by age group (`backlog`, counted by the database). Rows for days and
 * groups with nothing are left out.
 */
export function rollUpCaseDays(
  days: readonly CalendarDate[],
  cases: readonly CaseFacts[],
  backlog: readonly BacklogCount[],
  businessMinutes: BusinessMinutes,
): CaseDayRow[] {
  const inRange = new Set(days);
  const rows = new Map<string, CaseDayRow>();
  const row = (day: CalendarDate, clinicId: string, caseTypeId: string) => {
    const key = `${day}|${clinicId}|${caseTypeId}`;
    let r = rows.get(key);
    if (!r) {
      r = {
        day,
        clinicId,
        caseTypeId,
        submitted: 0,
        submittedByProxy: 0,
        firstAnswerMinutes: [],
        firstAnswerBusinessMinutes: [],
        answeredWithinTarget: 0,
        answeredWithTarget: 0,
        closeMinutes: [],
        closeBusinessMinutes: [],
        backlog: BACKLOG_GROUPS.map(() => 0),
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const c of cases) {
    const sentDay = stockholmDate(c.submittedAt);
    if (inRange.has(sentDay)) {
      const r = row(sentDay, c.clinicId, c.caseTypeId);
      r.submitted += 1;
      if (c.byProxy) r.submittedByProxy += 1;
    }
    if (c.firstAnsweredAt && inRange.has(stockholmDate(c.firstAnsweredAt))) {
      const r = row(stockholmDate(c.firstAnsweredAt), c.clinicId, c.caseTypeId);
      const business = businessMinutes(c.clinicId, c.submittedAt, c.firstAnsweredAt);
      r.firstAnswerMinutes.push(minutesBetween(c.submittedAt, c.firstAnsweredAt));
      r.firstAnswerBusinessMinutes.push(business);
      if (c.firstAnswerDueAt) {
        r.answeredWithTarget += 1;
        if (c.firstAnsweredAt.getTime() <= c.firstAnswerDueAt.getTime())
          r.answeredWithinTarget += 1;
      }
    }
    if (c.closedAt && inRange.has(stockholmDate(c.closedAt))) {
      const r = row(stockholmDate(c.closedAt), c.clinicId, c.caseTypeId);
      r.closeMinutes.push(minutesBetween(c.submittedAt, c.closedAt));
      r.closeBusinessMinutes.push(businessMinutes(c.clinicId, c.submittedAt, c.closedAt));
    }
  }
  for (const b of backlog) {
    if (!inRange.has(b.day)) continue;
    const r = row(b.day, b.clinicId, b.caseTypeId);
    r.backlog[b.group] = (r.backlog[b.group] ?? 0) + b.count;
  }
  return [...rows.values()].sort(
    (a, b) =>
      compareDates(a.day, b.day) ||
      a.clinicId.localeCompare(b.clinicId) ||
      a.caseTypeId.localeCompare(b.caseTypeId),
  );
}

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** The days from `from` to `to`, both included. */
export function daysFrom(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const out: CalendarDate[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The share (0–1) answered within the target, or null when it would single out (< 5). */
export function shareWithin(within: number, withTarget: number): number | null {
  if (withTarget < SMALLEST_SHOWN) return null;
  return within / withTarget;
}
