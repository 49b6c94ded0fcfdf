// Turning the seed's calendar dates into what the database stores.
import {
  addDays,
  addYears,
  dateParts,
  parseCalendarDate,
  stockholmDate,
  type CalendarDate,
} from './domain.ts';

const stockholmClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A `@db.Date` value: Prisma stores the UTC calendar date of the instant. */
export function dbDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The instant a Stockholm wall clock shows `time` (HH:MM) on `date`; avoid 02:00–03:00. */
export function stockholmInstant(date: CalendarDate, time: string): Date {
  for (const offset of ['+02:00', '+01:00', '+00:00']) {
    const candidate = new Date(`${date}T${time}:00.000${offset}`);
    if (stockholmDate(candidate) === date && stockholmClock.format(candidate) === time) {
      return candidate;
    }
  }
  throw new Error(`No Stockholm instant for ${date} ${time}`);
}

/** A fixed birth date, or `years` years and `days` days before the seed date; negative days
 * put the birthday that many days ahead (`{ years: 13, days: -4 }` turns 13 in four days). */
export type Birth = { date: string } | { years: number; days: number };

/** The birth date `born` describes, seen from `today`. */
export function birthDateOf(born: Birth, today: CalendarDate): CalendarDate {
  if ('date' in born) return fixedDate(born.date);
  return addDays(addYears(today, -born.years), -born.days);
}

/** A date written in the seed's data tables; throws on a typo such as 1985-02-30. */
export function fixedDate(value: string): CalendarDate {
  const date = parseCalendarDate(value);
  if (!date) throw new Error(`Invalid date ${value}`);
  return date;
}

/** The first day of the month `date` falls in. */
export function firstOfMonth(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - dateParts(date).day);
}

/** The later of two dates. */
export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}
