// Calendar days for the statistics filter. Kept here rather than taken from @etj/domain: the
// domain package's entry, imported from this page, pulled the whole package (form definitions,
// the holiday calendar) into the staff SPA's start bundle.

const STOCKHOLM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Stockholm calendar day (`YYYY-MM-DD`) at an instant. */
export function stockholmDay(instant: Date): string {
  return STOCKHOLM_DAY.format(instant);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` if it is a day that exists (not 2026-02-30), else undefined. */
export function parseDay(value: string): string | undefined {
  const match = DAY.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? value
    : undefined;
}

function parts(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

export function addDays(day: string, days: number): string {
  const [year, month, date] = parts(day);
  return fromUtc(new Date(Date.UTC(year, month - 1, date + days)));
}

/** The first day of the month `months` months from the month of `day`. */
export function monthStart(day: string, months = 0): string {
  const [year, month] = parts(day);
  return fromUtc(new Date(Date.UTC(year, month - 1 + months, 1)));
}

/** The last day of the month of `day`. */
export function monthEnd(day: string): string {
  return addDays(monthStart(day, 1), -1);
}

/** Days from `from` to `to`, both included. */
export function daysIncluded(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}
