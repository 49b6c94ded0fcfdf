const TIME_ZONE = 'Europe/Stockholm';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Milliseconds Stockholm's wall clock is ahead of UTC at `instant` (1 or 2 hours). */
function stockholmOffset(instant: number): number {
  const parts = Object.fromEntries(
    wallClock.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant (ISO, UTC) of a Stockholm wall-clock date (`YYYY-MM-DD`) and time (`HH:MM`), or
 * undefined when either does not exist. In the autumn hour that occurs twice the first is taken;
 * in the spring hour that never occurs the clock is read as if it had not moved yet.
 */
export function stockholmInstant(date: string, time: string): string | undefined {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return undefined;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const guess = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
  const check = new Date(guess);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  // The offset two hours earlier is the one in force before any change that night.
  const before = stockholmOffset(guess - 2 * 3_600_000);
  const first = guess - before;
  const after = stockholmOffset(first);
  return new Date(after === before ? first : guess - after).toISOString();
}

/**
 * A `datetime-local` value (`2026-12-10T20:00`) read as Stockholm wall time whatever the
 * browser's own zone (as `stockholmInstant`); null for anything else.
 */
export function stockholmDateTimeLocal(value: string): string | null {
  const [date = '', time = ''] = value.split('T');
  return stockholmInstant(date, time) ?? null;
}
