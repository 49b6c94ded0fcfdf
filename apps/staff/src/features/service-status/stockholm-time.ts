const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const HOUR = 3_600_000;

/** Stockholm's offset from UTC at `instant`, in milliseconds (1 or 2 hours). */
function stockholmOffsetMs(instant: number): number {
  const parts = Object.fromEntries(
    PARTS.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
  );
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/**
 * A `datetime-local` value (`2026-12-10T20:00`) read as Stockholm wall time, whatever the
 * browser's own zone; null for anything else. In the hour that repeats in October the earlier
 * of the two is meant; a time in the hour skipped in March is read an hour later.
 */
export function stockholmWallTimeToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(naive)) return null;
  // Stockholm is one or two hours ahead of UTC: the wall time is one of these two instants.
  const matching = [naive - 2 * HOUR, naive - HOUR].filter(
    (instant) => isoToStockholmWallTime(new Date(instant).toISOString()) === value,
  );
  return new Date(matching[0] ?? naive - HOUR).toISOString();
}

/** An instant as a `datetime-local` value in Stockholm wall time. */
export function isoToStockholmWallTime(iso: string): string {
  const instant = new Date(iso).getTime();
  return new Date(instant + stockholmOffsetMs(instant)).toISOString().slice(0, 16);
}
