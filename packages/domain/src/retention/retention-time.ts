import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays as addDaysTz, addYears as addYearsTz } from 'date-fns';
import { STOCKHOLM } from '../calendar/calendar-date.ts';

/** Cases and their messages are deleted two years after their latest event (DOMAIN.md §4). */
export const CASE_RETENTION_YEARS = 2;

/** A draft untouched this many days is deleted; the draft page says so. */
export const DRAFT_RETENTION_DAYS = 30;

/** Citizens see the deletion date on a case once it is this close. */
export const DELETION_NOTICE_DAYS = 30;

/**
 * The access log (PDL) and the proxy action log: kept this long at the least. Five years is the
 * floor the database itself enforces; a deployment may keep them longer, never shorter.
 */
export const LOG_RETENTION_MIN_YEARS = 5;

/**
 * When a case whose latest event was at `lastEventAt` is deleted: two calendar years later at
 * the same wall-clock time in Stockholm, so an event in winter time whose anniversary lies in
 * summer time keeps its wall-clock time, not its UTC offset.
 *
 * The rule must be monotone (a later event is never due earlier), because `caseDeletionCutoff`
 * turns it into one index range; three nights need care for that:
 * - 29 February: the period ends on 28 February (as in lag 1930:173 on computing statutory
 *   time), at its end, 24:00. "Same wall-clock time on 28 February" would make a case last
 *   touched on 29 February at 10:00 due before one touched on 28 February at 14:00, and no single
 *   range could then select the due cases.
 * - A wall-clock time that does not exist on the anniversary (02:00-02:59 on the spring-forward
 *   night) is due when the clocks reach 03:00, the first instant at or after it.
 * - An ambiguous one (the autumn night's repeated hour) is due at its second occurrence.
 */
export function caseDeletionAt(lastEventAt: Date): Date {
  const local = new TZDate(lastEventAt.getTime(), STOCKHOLM);
  const year = local.getFullYear() + CASE_RETENTION_YEARS;
  const month = local.getMonth();
  const lostLeapDay = month === 1 && local.getDate() === 29 && !isLeapYear(year);
  const wanted = lostLeapDay
    ? Date.UTC(year, 2, 1)
    : Date.UTC(
        year,
        month,
        local.getDate(),
        local.getHours(),
        local.getMinutes(),
        local.getSeconds(),
        local.getMilliseconds(),
      );
  return new Date(instantOfWallClock(wanted));
}

/** The instant Stockholm's clocks show `wanted`; in a spring-forward gap, the gap's end. */
function instantOfWallClock(wanted: number): number {
  const w = new Date(wanted);
  const due = new TZDate(
    w.getUTCFullYear(),
    w.getUTCMonth(),
    w.getUTCDate(),
    w.getUTCHours(),
    w.getUTCMinutes(),
    w.getUTCSeconds(),
    w.getUTCMilliseconds(),
    STOCKHOLM,
  ).getTime();
  if (wallClock(due) === wanted) return due;
  // In the gap: the first instant whose wall-clock time is at or after `wanted`.
  let low = due - 3 * HOUR; // before the wanted wall-clock time
  let high = due + 3 * HOUR; // at or after it
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (wallClock(mid) >= wanted) high = mid;
    else low = mid;
  }
  return high;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const HOUR = 3_600_000;

/** Stockholm's wall-clock time at `instant`, as milliseconds on a UTC time line. */
function wallClock(instant: number): number {
  return instant + tzOffset(STOCKHOLM, new Date(instant)) * 60_000;
}

/** Whether a case whose latest event was at `lastEventAt` is due for deletion at `now`. */
export function isCaseDeletionDue(lastEventAt: Date, now: Date): boolean {
  return caseDeletionAt(lastEventAt).getTime() <= now.getTime();
}

/**
 * The latest `lastEventAt` whose case is due at `now`: every case with `last_event_at <=` this
 * instant is due and no other, so the deletion query is a plain index range. Computed as the
 * exact inverse of `caseDeletionAt` (which is monotone) by bisection around the naive answer,
 * because 28/29 February and the DST nights make the naive "now minus two years" wrong by up to
 * a day.
 */
export function caseDeletionCutoff(now: Date): Date {
  const naive = addYearsTz(new TZDate(now.getTime(), STOCKHOLM), -CASE_RETENTION_YEARS);
  let low = addDaysTz(naive, -3).getTime(); // due
  let high = addDaysTz(naive, 3).getTime(); // not due
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (isCaseDeletionDue(new Date(mid), now)) low = mid;
    else high = mid;
  }
  return new Date(low);
}

/** Drafts whose last change is at or before this instant are deleted. */
export function draftDeletionCutoff(now: Date): Date {
  return new Date(addDaysTz(new TZDate(now.getTime(), STOCKHOLM), -DRAFT_RETENTION_DAYS).getTime());
}

/** When a draft last changed at `updatedAt` is deleted. */
export function draftDeletionAt(updatedAt: Date): Date {
  return new Date(
    addDaysTz(new TZDate(updatedAt.getTime(), STOCKHOLM), DRAFT_RETENTION_DAYS).getTime(),
  );
}

const NO_NOTICE_BEFORE_MS = 699 * 24 * HOUR;

/**
 * The deletion instant to show a citizen: only once it is `DELETION_NOTICE_DAYS` days away or
 * less (before that the date would only worry people); null otherwise.
 */
export function deletionNoticeFor(lastEventAt: Date, now: Date): Date | null {
  // Nearly every case on a page is young; the time-zone arithmetic below was most of an inbox
  // page's own CPU. Two calendar years are at least 730 days of wall-clock time and 30 days back
  // at most 30, each off by at most the one-hour DST shift: the notice cannot start sooner than
  // 700 days minus two hours after the event, so a younger case needs no arithmetic.
  if (now.getTime() < lastEventAt.getTime() + NO_NOTICE_BEFORE_MS) return null;
  const at = caseDeletionAt(lastEventAt);
  const noticeFrom = addDaysTz(new TZDate(at.getTime(), STOCKHOLM), -DELETION_NOTICE_DAYS);
  return now.getTime() >= noticeFrom.getTime() ? at : null;
}

/**
 * The access log and the proxy action log: entries older than this instant may go, `years`
 * calendar years back on Stockholm time. Never fewer than the legal floor.
 */
export function logDeletionCutoff(now: Date, years: number): Date {
  const kept = Math.max(years, LOG_RETENTION_MIN_YEARS);
  return new Date(addYearsTz(new TZDate(now.getTime(), STOCKHOLM), -kept).getTime());
}
