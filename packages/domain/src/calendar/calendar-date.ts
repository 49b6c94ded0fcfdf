/** A calendar date in Sweden, written `YYYY-MM-DD`; every age and date rule works on these. */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

export const STOCKHOLM = 'Europe/Stockholm';

const stockholmParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: STOCKHOLM,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Stockholm calendar date at an instant (a birthday begins at local midnight, not UTC). */
export function stockholmDate(instant: Date): CalendarDate {
  return stockholmParts.format(instant) as CalendarDate;
}

/** Parses `YYYY-MM-DD`, refusing dates that do not exist (2023-02-29). */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return value as CalendarDate;
}

/** Builds a date from parts, refusing impossible ones. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  return parseCalendarDate(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
}

export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * The date `months` months after `date`. When that month lacks the day, the period ends on the
 * month's last day, as the Swedish act on computing statutory time (1930:173) prescribes; so a
 * child born on 29 February has birthdays on 28 February in common years.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return calendarDate(newYear, newMonth, newDay) as CalendarDate;
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const utc = new Date(Date.UTC(year, month - 1, day + days));
  return calendarDate(
    utc.getUTCFullYear(),
    utc.getUTCMonth() + 1,
    utc.getUTCDate(),
  ) as CalendarDate;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date a person born on `birthDate` turns `years` old. */
export function birthdayAt(birthDate: CalendarDate, years: number): CalendarDate {
  return addYears(birthDate, years);
}

/** Completed years of age on `today`. */
export function ageOn(birthDate: CalendarDate, today: CalendarDate): number {
  const { year: birthYear } = dateParts(birthDate);
  const { year } = dateParts(today);
  let age = year - birthYear;
  if (compareDates(today, birthdayAt(birthDate, age)) < 0) age -= 1;
  return Math.max(age, 0);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
