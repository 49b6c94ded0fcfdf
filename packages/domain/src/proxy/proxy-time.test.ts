import { describe, expect, it } from 'vitest';
import { stockholmDate, type CalendarDate } from '../calendar/calendar-date.ts';
import {
  dueProxyNotice,
  mayActForChild,
  mayBeGuardianProxy,
  oneWeekNoticeFrom,
  proxyEndsOn,
  proxyHasEnded,
  proxyNoticeDedupeKey,
  threeMonthNoticeFrom,
} from './proxy-time.ts';

const d = (value: string) => value as CalendarDate;

describe('proxyEndsOn and mayActForChild', () => {
  it('ends on the 13th birthday: allowed the day before, not on the day', () => {
    expect(proxyEndsOn(d('2013-11-26'))).toBe('2026-11-26');
    expect(mayActForChild(d('2013-11-26'), d('2026-11-25'))).toBe(true);
    expect(mayActForChild(d('2013-11-26'), d('2026-11-26'))).toBe(false);
    expect(proxyHasEnded(d('2013-11-26'), d('2026-11-26'))).toBe(true);
    expect(proxyHasEnded(d('2013-11-26'), d('2026-11-25'))).toBe(false);
  });

  it('ends at Stockholm midnight: at 00:30 and at 01:30 on the birthday, winter', () => {
    const birth = d('2013-01-15');
    // 00:30 Stockholm (CET, UTC+1) is 23:30 UTC the evening before.
    expect(mayActForChild(birth, stockholmDate(new Date('2026-01-14T23:30:00Z')))).toBe(false);
    expect(mayActForChild(birth, stockholmDate(new Date('2026-01-15T00:30:00Z')))).toBe(false);
    // 23:59 Stockholm the day before is still allowed.
    expect(mayActForChild(birth, stockholmDate(new Date('2026-01-14T22:59:00Z')))).toBe(true);
  });

  it('ends at Stockholm midnight: at 00:30 and at 01:30 on the birthday, summer', () => {
    const birth = d('2013-06-15');
    // 00:30 Stockholm (CEST, UTC+2) is 22:30 UTC the evening before; 01:30 is 23:30 UTC.
    expect(mayActForChild(birth, stockholmDate(new Date('2026-06-14T22:30:00Z')))).toBe(false);
    expect(mayActForChild(birth, stockholmDate(new Date('2026-06-14T23:30:00Z')))).toBe(false);
    expect(mayActForChild(birth, stockholmDate(new Date('2026-06-14T21:59:00Z')))).toBe(true);
  });

  it('ends correctly on the DST change days (spring 2026-03-29, autumn 2026-10-25)', () => {
    const spring = d('2013-03-29');
    expect(mayActForChild(spring, stockholmDate(new Date('2026-03-28T22:59:59Z')))).toBe(true);
    expect(mayActForChild(spring, stockholmDate(new Date('2026-03-28T23:00:00Z')))).toBe(false);
    expect(mayActForChild(spring, stockholmDate(new Date('2026-03-29T00:30:00Z')))).toBe(false);
    const autumn = d('2013-10-25');
    // 2026-10-25 00:30 Stockholm is still CEST (UTC+2): 22:30 UTC on the 24th.
    expect(mayActForChild(autumn, stockholmDate(new Date('2026-10-24T21:59:59Z')))).toBe(true);
    expect(mayActForChild(autumn, stockholmDate(new Date('2026-10-24T22:30:00Z')))).toBe(false);
    // 01:30 Stockholm, before the 03:00 -> 02:00 change.
    expect(mayActForChild(autumn, stockholmDate(new Date('2026-10-24T23:30:00Z')))).toBe(false);
  });

  it('ends on 28 February in a common year for a child born on 29 February', () => {
    const birth = d('2012-02-29');
    expect(proxyEndsOn(birth)).toBe('2025-02-28');
    expect(mayActForChild(birth, d('2025-02-27'))).toBe(true);
    expect(mayActForChild(birth, d('2025-02-28'))).toBe(false);
    expect(mayActForChild(birth, d('2025-03-01'))).toBe(false);
  });

  it('never ends on 29 February (13 years after a leap year is a common year)', () => {
    expect(proxyEndsOn(d('2016-02-29'))).toBe('2029-02-28');
    // a 28 February child keeps 28 February even when the 13th birthday is in a leap year
    expect(proxyEndsOn(d('2015-02-28'))).toBe('2028-02-28');
    expect(mayActForChild(d('2015-02-28'), d('2028-02-27'))).toBe(true);
    expect(mayActForChild(d('2015-02-28'), d('2028-02-28'))).toBe(false);
  });

  it('crosses the year end', () => {
    const birth = d('2013-12-31');
    expect(mayActForChild(birth, d('2026-12-30'))).toBe(true);
    expect(mayActForChild(birth, d('2026-12-31'))).toBe(false);
    expect(mayActForChild(d('2014-01-01'), d('2026-12-31'))).toBe(true);
  });
});

describe('mayBeGuardianProxy', () => {
  it('allows citizens from their own 13th birthday', () => {
    expect(mayBeGuardianProxy(d('2013-05-10'), d('2026-05-09'))).toBe(false);
    expect(mayBeGuardianProxy(d('2013-05-10'), d('2026-05-10'))).toBe(true);
    expect(mayBeGuardianProxy(d('1985-05-10'), d('2026-05-10'))).toBe(true);
    expect(mayBeGuardianProxy(d('2012-02-29'), d('2025-02-27'))).toBe(false);
    expect(mayBeGuardianProxy(d('2012-02-29'), d('2025-02-28'))).toBe(true);
  });
});

describe('notice windows', () => {
  it('opens three calendar months and seven days before the end', () => {
    expect(threeMonthNoticeFrom(d('2013-11-26'))).toBe('2026-08-26');
    expect(oneWeekNoticeFrom(d('2013-11-26'))).toBe('2026-11-19');
  });

  it('clamps the three-month start to the end of a shorter month', () => {
    // End 31 May: three months back is 28 February (common year) or 29 (leap year).
    expect(threeMonthNoticeFrom(d('2013-05-31'))).toBe('2026-02-28');
    expect(threeMonthNoticeFrom(d('2015-05-31'))).toBe('2028-02-29');
    // End 31 December: 30 September.
    expect(threeMonthNoticeFrom(d('2013-12-31'))).toBe('2026-09-30');
    // A 29 February child ends on 28 February: the window opens on 28 November.
    expect(threeMonthNoticeFrom(d('2012-02-29'))).toBe('2024-11-28');
  });

  it('crosses month and year ends for the one-week reminder', () => {
    expect(oneWeekNoticeFrom(d('2013-03-03'))).toBe('2026-02-24');
    expect(oneWeekNoticeFrom(d('2015-03-03'))).toBe('2028-02-25');
    expect(oneWeekNoticeFrom(d('2014-01-04'))).toBe('2026-12-28');
    expect(oneWeekNoticeFrom(d('2012-02-29'))).toBe('2025-02-21');
  });
});

describe('dueProxyNotice', () => {
  const birth = d('2013-11-26'); // ends 2026-11-26

  it('is nothing before the three-month window', () => {
    expect(dueProxyNotice(birth, d('2026-01-01'))).toBeNull();
    expect(dueProxyNotice(birth, d('2026-08-25'))).toBeNull();
  });

  it('is the three-month notice from its first day until the day before the reminder', () => {
    expect(dueProxyNotice(birth, d('2026-08-26'))).toBe('PROXY_ENDS_IN_THREE_MONTHS');
    expect(dueProxyNotice(birth, d('2026-10-01'))).toBe('PROXY_ENDS_IN_THREE_MONTHS');
    expect(dueProxyNotice(birth, d('2026-11-18'))).toBe('PROXY_ENDS_IN_THREE_MONTHS');
  });

  it('is only the reminder from seven days before until the day before the end', () => {
    expect(dueProxyNotice(birth, d('2026-11-19'))).toBe('PROXY_ENDS_IN_ONE_WEEK');
    expect(dueProxyNotice(birth, d('2026-11-25'))).toBe('PROXY_ENDS_IN_ONE_WEEK');
  });

  it('is nothing from the end on (the proxy ends instead)', () => {
    expect(dueProxyNotice(birth, d('2026-11-26'))).toBeNull();
    expect(dueProxyNotice(birth, d('2027-01-01'))).toBeNull();
  });

  it('uses Stockholm dates at the window edges around midnight', () => {
    // 2026-08-26 00:30 Stockholm (CEST) = 2026-08-25T22:30Z.
    expect(dueProxyNotice(birth, stockholmDate(new Date('2026-08-25T22:30:00Z')))).toBe(
      'PROXY_ENDS_IN_THREE_MONTHS',
    );
    expect(dueProxyNotice(birth, stockholmDate(new Date('2026-08-25T21:30:00Z')))).toBeNull();
    // 2026-11-19 00:30 Stockholm (CET) = 2026-11-18T23:30Z.
    expect(dueProxyNotice(birth, stockholmDate(new Date('2026-11-18T23:30:00Z')))).toBe(
      'PROXY_ENDS_IN_ONE_WEEK',
    );
  });

  it('handles a 29 February child (ends 28 February) and a clamped window start', () => {
    const leap = d('2012-02-29');
    expect(dueProxyNotice(leap, d('2024-11-27'))).toBeNull();
    expect(dueProxyNotice(leap, d('2024-11-28'))).toBe('PROXY_ENDS_IN_THREE_MONTHS');
    expect(dueProxyNotice(leap, d('2025-02-20'))).toBe('PROXY_ENDS_IN_THREE_MONTHS');
    expect(dueProxyNotice(leap, d('2025-02-21'))).toBe('PROXY_ENDS_IN_ONE_WEEK');
    expect(dueProxyNotice(leap, d('2025-02-27'))).toBe('PROXY_ENDS_IN_ONE_WEEK');
    expect(dueProxyNotice(leap, d('2025-02-28'))).toBeNull();
    const may31 = d('2013-05-31');
    expect(dueProxyNotice(may31, d('2026-02-27'))).toBeNull();
    expect(dueProxyNotice(may31, d('2026-02-28'))).toBe('PROXY_ENDS_IN_THREE_MONTHS');
  });
});

describe('proxyNoticeDedupeKey', () => {
  it('is stable per child, notice and end date', () => {
    expect(proxyNoticeDedupeKey('c1', 'PROXY_ENDS_IN_ONE_WEEK', d('2026-11-26'))).toBe(
      'proxy:c1:PROXY_ENDS_IN_ONE_WEEK:2026-11-26',
    );
  });
});
