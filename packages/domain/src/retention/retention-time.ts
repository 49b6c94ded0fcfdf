import { TZDate } from '@date-fns/tz';
import { addDays as addDaysTz, addYears as addYearsTz } from 'date-fns';
import { STOCKHOLM } from '../calendar/calendar-date.ts';

/** Cases and their messages are deleted two years after their latest event (DOMAIN.md §4). */
export const CASE_RETENTION_YEARS = 2;

/** A draft untouched this many days is deleted; the draft page says so. */
export const DRAFT_RETENTION_DAYS = 30;

/** Citizens see the deletion date on a case once it is this close (issue 9, item 6). */
export const DELETION_NOTICE_DAYS = 30;

/**
 * The access log (PDL) and the proxy action log: kept this long at the least. Five years is the
 * floor the database itself enforces; a deployment may keep them longer, never shorter.
 */
export const LOG_RETENTION_MIN_YEARS = 5;

/**
 * When a case whose latest event was at `lastEventAt` is deleted: two calendar years later at
 * the same wall-clock time in Stockholm. A 29 February event falls on 28 February (as in
 * lag 1930:173 on computing statutory time), and an event in winter time whose anniversary lies
 * in summer time keeps its wall-clock time, not its UTC offset.
 */
export function caseDeletionAt(lastEventAt: Date): Date {
  return new Date(
    addYearsTz(new TZDate(lastEventAt.getTime(), STOCKHOLM), CASE_RETENTION_YEARS).getTime(),
  );
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

/**
 * The deletion instant to show a citizen: only once it is `DELETION_NOTICE_DAYS` days away or
 * less (before that the date would only worry people); null otherwise.
 */
export function deletionNoticeFor(lastEventAt: Date, now: Date): Date | null {
  const at = caseDeletionAt(lastEventAt);
  const noticeFrom = addDaysTz(new TZDate(at.getTime(), STOCKHOLM), -DELETION_NOTICE_DAYS);
  return now.getTime() >= noticeFrom.getTime() ? at : null;
}
