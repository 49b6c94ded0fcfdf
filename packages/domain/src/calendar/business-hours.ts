import { TZDate } from '@date-fns/tz';
import { getHolidays } from 'swedish-holidays';
import {
  STOCKHOLM,
  addDays,
  calendarDate,
  dateParts,
  stockholmDate,
  type CalendarDate,
} from './calendar-date.ts';

/** One line of a clinic's opening hours as stored: `days` is `mon`–`sun`, a range `mon-fri` or a list `mon,wed`. */
export type OpeningHoursLine = { days: string; opens: string; closes: string };

/** Minutes after local midnight, `[opens, closes)`. */
type DailySpan = readonly [opens: number, closes: number];

/**
 * When a clinic works, in Stockholm local time: its weekly opening hours and the days it is
 * closed although the week says open (Swedish public holidays, the three eves, own closures).
 */
export type ClinicCalendar = {
  /** Index 0 is Monday, 6 is Sunday; each day's spans sorted and without overlap. */
  readonly week: readonly (readonly DailySpan[])[];
  /** Dates closed in addition to the public holidays and eves. */
  readonly closures: ReadonlySet<string>;
};

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/**
 * The eves that Swedish clinics close on although the act on public holidays (1989:253) does not
 * list them: working-time rules treat them as Sundays. Påskafton and pingstafton always fall on a
 * Saturday, so the week already closes them.
 */
const CLOSED_EVES = new Set(['Midsommarafton', 'Julafton', 'Nyårsafton']);

const closedDaysByYear = new Map<number, ReadonlySet<string>>();

/** The public holidays and closed eves of a year as `YYYY-MM-DD`, from the maintained holiday library. */
export function swedishNonWorkingDays(year: number): ReadonlySet<string> {
  let days = closedDaysByYear.get(year);
  if (!days) {
    days = new Set(
      getHolidays(year)
        .filter((holiday) => holiday.isPublicHoliday || CLOSED_EVES.has(holiday.name))
        .map((holiday) => calendarDate(holiday.year, holiday.month, holiday.day) as string),
    );
    closedDaysByYear.set(year, days);
  }
  return days;
}

function minutesOf(time: string): number | undefined {
  if (!TIME.test(time)) return undefined;
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

function weekdayIndexes(days: string): number[] | undefined {
  const indexes: number[] = [];
  for (const part of days.toLowerCase().split(',')) {
    const [first, last = first] = part.trim().split('-');
    const from = WEEKDAYS.indexOf(first as (typeof WEEKDAYS)[number]);
    const to = WEEKDAYS.indexOf(last as (typeof WEEKDAYS)[number]);
    if (from < 0 || to < from) return undefined;
    for (let day = from; day <= to; day += 1) indexes.push(day);
  }
  return indexes;
}

/** Whether a line of opening hours can be read (known days, `HH:MM` times, opening before closing). */
export function isValidOpeningHoursLine(line: OpeningHoursLine): boolean {
  const opens = minutesOf(line.opens);
  const closes = minutesOf(line.closes);
  return (
    weekdayIndexes(line.days) !== undefined &&
    opens !== undefined &&
    closes !== undefined &&
    opens < closes
  );
}

/**
 * A clinic's calendar from its opening hours. Lines that cannot be read are left out (the clinic
 * is then closed at those times) rather than failing a submission over a catalogue typo;
 * `isValidOpeningHoursLine` tells which they are.
 */
export function clinicCalendar(
  openingHours: readonly OpeningHoursLine[],
  closures: readonly CalendarDate[] = [],
): ClinicCalendar {
  const week: DailySpan[][] = WEEKDAYS.map(() => []);
  for (const line of openingHours) {
    if (!isValidOpeningHoursLine(line)) continue;
    const span: DailySpan = [minutesOf(line.opens) as number, minutesOf(line.closes) as number];
    for (const day of weekdayIndexes(line.days) as number[]) week[day]?.push(span);
  }
  return { week: week.map(mergeSpans), closures: new Set(closures) };
}

function mergeSpans(spans: DailySpan[]): DailySpan[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [opens, closes] of sorted) {
    const last = merged.at(-1);
    if (last && opens <= last[1]) last[1] = Math.max(last[1], closes);
    else merged.push([opens, closes]);
  }
  return merged;
}

/** Monday 0 … Sunday 6 of a calendar date. */
function weekdayOf(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** Whether the clinic is open at all on a Stockholm date. */
export function isWorkingDay(date: CalendarDate, calendar: ClinicCalendar): boolean {
  return workingSpans(date, calendar).length > 0;
}

function workingSpans(date: CalendarDate, calendar: ClinicCalendar): readonly DailySpan[] {
  if (calendar.closures.has(date)) return [];
  if (swedishNonWorkingDays(dateParts(date).year).has(date)) return [];
  return calendar.week[weekdayOf(date)] ?? [];
}

/** The instant of a local Stockholm wall-clock time; on the day clocks go forward, 02:30 is read as 03:30. */
function stockholmInstant(date: CalendarDate, minuteOfDay: number): number {
  const { year, month, day } = dateParts(date);
  return new TZDate(
    year,
    month - 1,
    day,
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
    STOCKHOLM,
  ).getTime();
}

/** The clinic's open intervals on a date, as instants in milliseconds. */
function openIntervals(date: CalendarDate, calendar: ClinicCalendar): [number, number][] {
  return workingSpans(date, calendar).map(([opens, closes]) => [
    stockholmInstant(date, opens),
    closes === 24 * 60 ? stockholmInstant(addDays(date, 1), 0) : stockholmInstant(date, closes),
  ]);
}

const MINUTE = 60_000;

/**
 * Working minutes between two instants on the clinic's calendar (time the clinic is open, in
 * real elapsed minutes, so a DST night counts as it passes); fractional when the instants are.
 * Negative when `to` is before `from`.
 */
export function businessMinutesBetween(from: Date, to: Date, calendar: ClinicCalendar): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end < start) return 0 - businessMinutesBetween(to, from, calendar); // never -0
  const lastDate = stockholmDate(to);
  let total = 0;
  for (let date = stockholmDate(from); date <= lastDate; date = addDays(date, 1)) {
    for (const [opens, closes] of openIntervals(date, calendar)) {
      const overlap = Math.min(closes, end) - Math.max(opens, start);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE;
}

/** How far ahead `addBusinessMinutes` looks for working time before it gives up on a calendar. */
const SEARCH_DAYS = 3 * 366;

/**
 * The instant `minutes` working minutes after `from` on the clinic's calendar: a deadline.
 * Starting outside opening hours, the count begins when the clinic next opens; a deadline that
 * uses up a day exactly falls at its closing time. Throws a RangeError for a calendar with no
 * working time within three years (a clinic without opening hours has no deadline).
 */
export function addBusinessMinutes(from: Date, minutes: number, calendar: ClinicCalendar): Date {
  if (minutes < 0) throw new RangeError('minutes must not be negative');
  let remaining = minutes * MINUTE;
  const start = from.getTime();
  if (remaining === 0) return new Date(start);
  let date = stockholmDate(from);
  for (let searched = 0; searched <= SEARCH_DAYS; searched += 1, date = addDays(date, 1)) {
    for (const [opens, closes] of openIntervals(date, calendar)) {
      const begin = Math.max(opens, start);
      if (closes <= begin) continue;
      if (closes - begin >= remaining) return new Date(begin + remaining);
      remaining -= closes - begin;
    }
  }
  throw new RangeError('the calendar has no working time to reach the deadline');
}

/** Whether a calendar has any opening hours at all (without them no deadline can be computed). */
export function hasWorkingTime(calendar: ClinicCalendar): boolean {
  return calendar.week.some((spans) => spans.length > 0);
}

/** Opening hours as stored (JSON): the lines with string days, opens and closes; anything else left out. */
export function readOpeningHours(value: unknown): OpeningHoursLine[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((line: unknown) => {
    if (typeof line !== 'object' || line === null) return [];
    const { days, opens, closes } = line as Record<string, unknown>;
    return typeof days === 'string' && typeof opens === 'string' && typeof closes === 'string'
      ? [{ days, opens, closes }]
      : [];
  });
}

/**
 * When a case's first answer is due: `targetHours` working hours after it was sent, on the
 * clinic's calendar. Null without a target, or when the clinic has no opening hours to count in.
 */
export function firstAnswerDueAt(
  submittedAt: Date,
  targetHours: number | null,
  calendar: ClinicCalendar,
): Date | null {
  if (targetHours === null || targetHours <= 0 || !hasWorkingTime(calendar)) return null;
  return addBusinessMinutes(submittedAt, targetHours * 60, calendar);
}
