const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One unit of a case's age as the catalogue words it (`caseList.age.short.<unit>`, `.long.`). */
export type CaseAgePart = { unit: 'days' | 'hours' | 'minutes'; count: number };

/**
 * How long ago a case was sent, in calendar time, as the queue shows it: minutes in the first
 * hour, whole hours in the first day, then days and hours (hours left out when none). Empty in
 * the first minute, and when the clock reads earlier than the sending time (a clock behind the
 * server's), so the row says "just now" rather than a negative age.
 */
export function caseAgeParts(submittedAt: string, nowMs: number): CaseAgePart[] {
  const elapsed = nowMs - Date.parse(submittedAt);
  if (!(elapsed >= MINUTE)) return [];
  if (elapsed < HOUR) return [{ unit: 'minutes', count: Math.floor(elapsed / MINUTE) }];
  if (elapsed < DAY) return [{ unit: 'hours', count: Math.floor(elapsed / HOUR) }];
  const days = Math.floor(elapsed / DAY);
  const hours = Math.floor((elapsed - days * DAY) / HOUR);
  return [
    { unit: 'days', count: days },
    ...(hours > 0 ? [{ unit: 'hours' as const, count: hours }] : []),
  ];
}
