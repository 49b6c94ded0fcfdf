import {
  addDays,
  addMonths,
  ageOn,
  birthdayAt,
  compareDates,
  type CalendarDate,
} from '../calendar/calendar-date.ts';

/**
 * Time rules for guardians acting as proxy for a child (DOMAIN.md section 6). Every rule works on
 * Stockholm calendar dates: the caller turns the injected clock's instant into `today` with
 * `stockholmDate(clock.now())`, so a birthday begins at local midnight (00:30 on the birthday is
 * already the birthday, whatever the UTC offset or a DST change that week).
 *
 * 29 February: a child born on 29 February turns 13 on 28 February in a common year (the
 * statutory-time rule in `addMonths`), so the proxy ends on 28 February and not 1 March.
 */

/** The age at which a child's proxy ends and from which a citizen may act as proxy. */
export const PROXY_AGE_LIMIT = 13;

export type ProxyNoticeKey = 'PROXY_ENDS_IN_THREE_MONTHS' | 'PROXY_ENDS_IN_ONE_WEEK';

/** The day the proxy ends: the child's 13th birthday (the first day the guardian may not act). */
export function proxyEndsOn(childBirth: CalendarDate): CalendarDate {
  return birthdayAt(childBirth, PROXY_AGE_LIMIT);
}

/** A guardian may act for the child while today is before the child's 13th birthday. */
export function mayActForChild(childBirth: CalendarDate, today: CalendarDate): boolean {
  return compareDates(today, proxyEndsOn(childBirth)) < 0;
}

/** Only citizens aged 13 and over may act as proxy (from their own 13th birthday). */
export function mayBeGuardianProxy(guardianBirth: CalendarDate, today: CalendarDate): boolean {
  return ageOn(guardianBirth, today) >= PROXY_AGE_LIMIT;
}

/**
 * The first day of the three-month notice window: three calendar months before the end. When that
 * month lacks the day, `addMonths` clamps to the month's last day, so for an end on 31 May the
 * window opens on 28 February (29 in a leap year), and for 30/31 December on 30 September.
 */
export function threeMonthNoticeFrom(childBirth: CalendarDate): CalendarDate {
  return addMonths(proxyEndsOn(childBirth), -3);
}

/** The first day of the one-week reminder window: seven days before the end. */
export function oneWeekNoticeFrom(childBirth: CalendarDate): CalendarDate {
  return addDays(proxyEndsOn(childBirth), -7);
}

/**
 * The notice due on `today`, only the latest one that is still due: the three-month notice in
 * [end - 3 months, end - 7 days), the one-week reminder in [end - 7 days, end), none before the
 * window or from the end on (then the proxy ends instead). A job that missed runs therefore
 * sends the notice late rather than never, but never an outdated one after a newer one is due.
 * (If the three-month window is empty, as it never is, the reminder wins.)
 */
export function dueProxyNotice(
  childBirth: CalendarDate,
  today: CalendarDate,
): ProxyNoticeKey | null {
  if (!mayActForChild(childBirth, today)) return null;
  if (compareDates(today, oneWeekNoticeFrom(childBirth)) >= 0) return 'PROXY_ENDS_IN_ONE_WEEK';
  if (compareDates(today, threeMonthNoticeFrom(childBirth)) >= 0) {
    return 'PROXY_ENDS_IN_THREE_MONTHS';
  }
  return null;
}

/** The proxy has ended (the job ends links and wipes the child's contact details). */
export function proxyHasEnded(childBirth: CalendarDate, today: CalendarDate): boolean {
  return !mayActForChild(childBirth, today);
}

/**
 * A stable key per child, notice and end date, so a notice is stored exactly once per recipient
 * (re-runs and two processes insert with ON CONFLICT DO NOTHING).
 */
export function proxyNoticeDedupeKey(
  childPersonId: string,
  key: ProxyNoticeKey | 'CONTACT_DETAILS_REMOVED',
  endsOn: CalendarDate,
): string {
  return `proxy:${childPersonId}:${key}:${endsOn}`;
}
