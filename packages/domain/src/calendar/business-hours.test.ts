import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  clinicCalendar,
  firstAnswerDueAt,
  hasWorkingTime,
  isValidOpeningHoursLine,
  isWorkingDay,
  readOpeningHours,
  swedishNonWorkingDays,
} from './business-hours.ts';
import type { CalendarDate } from './calendar-date.ts';

const d = (value: string) => value as CalendarDate;
const at = (iso: string) => new Date(iso);
/** Monday to Friday 08:00–17:00: 540 working minutes a day. */
const weekdays = clinicCalendar([{ days: 'mon-fri', opens: '08:00', closes: '17:00' }]);
const lateMonday = clinicCalendar([
  { days: 'mon', opens: '08:00', closes: '19:00' },
  { days: 'tue-thu', opens: '08:00', closes: '17:00' },
  { days: 'fri', opens: '08:00', closes: '16:00' },
]);

describe('swedishNonWorkingDays', () => {
  it('holds the public holidays and the three eves clinics close on, not other eves', () => {
    const days = swedishNonWorkingDays(2026);
    for (const day of ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01']) {
      expect(days.has(day)).toBe(true);
    }
    for (const day of ['2026-05-14', '2026-06-06', '2026-12-25', '2026-12-26']) {
      expect(days.has(day)).toBe(true);
    }
    // Midsommarafton, julafton and nyårsafton.
    expect(days.has('2026-06-19')).toBe(true);
    expect(days.has('2026-12-24')).toBe(true);
    expect(days.has('2026-12-31')).toBe(true);
    // Trettondagsafton, skärtorsdagen, valborgsmässoafton and allhelgonaafton are working days.
    for (const day of ['2026-01-05', '2026-04-02', '2026-04-30', '2026-10-30']) {
      expect(days.has(day)).toBe(false);
    }
  });

  it('moves with the year: midsommarafton 2027 is 25 June, påsk 2027 is in March', () => {
    const days = swedishNonWorkingDays(2027);
    expect(days.has('2027-06-25')).toBe(true);
    expect(days.has('2027-03-26')).toBe(true); // långfredagen
    expect(days.has('2027-03-29')).toBe(true); // annandag påsk
    expect(days.has('2027-06-19')).toBe(false);
  });
});

describe('clinicCalendar', () => {
  it('reads ranges, single days and lists, and leaves out lines it cannot read', () => {
    const calendar = clinicCalendar([
      { days: 'mon,wed', opens: '09:00', closes: '12:00' },
      { days: 'sat', opens: '10:00', closes: '14:00' },
      { days: 'fun-day', opens: '08:00', closes: '17:00' },
      { days: 'tue', opens: '17:00', closes: '08:00' },
      { days: 'thu', opens: '8', closes: '17:00' },
    ]);
    expect(calendar.week.map((spans) => spans.length)).toEqual([1, 0, 1, 0, 0, 1, 0]);
    expect(isValidOpeningHoursLine({ days: 'tue', opens: '17:00', closes: '08:00' })).toBe(false);
    expect(isValidOpeningHoursLine({ days: 'sun', opens: '00:00', closes: '24:00' })).toBe(true);
    expect(isValidOpeningHoursLine({ days: 'fri-mon', opens: '08:00', closes: '09:00' })).toBe(
      false,
    );
  });

  it('merges overlapping lines of one day', () => {
    const calendar = clinicCalendar([
      { days: 'mon', opens: '08:00', closes: '12:00' },
      { days: 'mon-fri', opens: '11:00', closes: '15:00' },
    ]);
    expect(calendar.week[0]).toEqual([[480, 900]]);
  });

  it('knows working days: not weekends, holidays, eves or own closures', () => {
    const closing = clinicCalendar(
      [{ days: 'mon-fri', opens: '08:00', closes: '17:00' }],
      [d('2026-12-07')],
    );
    expect(isWorkingDay(d('2026-12-03'), weekdays)).toBe(true); // Thursday
    expect(isWorkingDay(d('2026-12-05'), weekdays)).toBe(false); // Saturday
    expect(isWorkingDay(d('2026-12-24'), weekdays)).toBe(false); // julafton, a Thursday
    expect(isWorkingDay(d('2026-06-19'), weekdays)).toBe(false); // midsommarafton, a Friday
    expect(isWorkingDay(d('2026-12-07'), closing)).toBe(false);
    expect(isWorkingDay(d('2026-12-07'), weekdays)).toBe(true);
  });
});

describe('businessMinutesBetween', () => {
  it('counts a working day from 10:00 to 10:00 the next day', () => {
    // Thursday 3 December 2026, 10:00 in Stockholm (CET, UTC+1), to Friday 10:00.
    expect(businessMinutesBetween(at('2026-12-03T09:00Z'), at('2026-12-04T09:00Z'), weekdays)).toBe(
      540,
    );
  });

  it('counts nothing over a weekend and nothing outside the hours', () => {
    // Friday 17:00 to Monday 08:00.
    expect(businessMinutesBetween(at('2026-12-04T16:00Z'), at('2026-12-07T07:00Z'), weekdays)).toBe(
      0,
    );
    // Saturday noon to Monday 09:00: one hour.
    expect(businessMinutesBetween(at('2026-12-05T11:00Z'), at('2026-12-07T08:00Z'), weekdays)).toBe(
      60,
    );
  });

  it('skips julafton, juldagen and the weekend after', () => {
    // Wednesday 23 December 16:00 to Monday 28 December 09:00: an hour each side.
    expect(businessMinutesBetween(at('2026-12-23T15:00Z'), at('2026-12-28T08:00Z'), weekdays)).toBe(
      120,
    );
  });

  it('counts eight plain weeks as forty working days', () => {
    // Monday 12 January to Monday 9 March 2026: no holidays between.
    expect(businessMinutesBetween(at('2026-01-12T07:00Z'), at('2026-03-09T07:00Z'), weekdays)).toBe(
      40 * 540,
    );
  });

  it('counts a whole year as its working days: 2026 has 251 weekdays that are not closed', () => {
    // 261 weekdays in 2026, less ten holidays and eves on weekdays: 1/1, 6/1, 3/4, 6/4, 1/5,
    // 14/5, 19/6, 24/12, 25/12, 31/12 (nationaldagen and annandag jul fall on a Saturday).
    expect(businessMinutesBetween(at('2025-12-31T23:00Z'), at('2026-12-31T23:00Z'), weekdays)).toBe(
      251 * 540,
    );
  });

  it('counts the opening hours of each weekday', () => {
    // Monday 7 December 2026 00:00 to Monday 14 December 00:00: 660 + 3 × 540 + 480.
    expect(
      businessMinutesBetween(at('2026-12-06T23:00Z'), at('2026-12-13T23:00Z'), lateMonday),
    ).toBe(660 + 3 * 540 + 480);
  });

  it('counts real elapsed time across the nights the clocks change', () => {
    const allDaySunday = clinicCalendar([{ days: 'sun', opens: '00:00', closes: '24:00' }]);
    // 29 March 2026 has 23 hours in Stockholm, 25 October 2026 has 25.
    expect(
      businessMinutesBetween(at('2026-03-28T23:00Z'), at('2026-03-29T22:00Z'), allDaySunday),
    ).toBe(23 * 60);
    expect(
      businessMinutesBetween(at('2026-10-24T22:00Z'), at('2026-10-25T23:00Z'), allDaySunday),
    ).toBe(25 * 60);
    // 01:00–04:00 on the spring night is two real hours (02:00–03:00 does not exist).
    const nightSunday = clinicCalendar([{ days: 'sun', opens: '01:00', closes: '04:00' }]);
    expect(
      businessMinutesBetween(at('2026-03-29T00:00Z'), at('2026-03-29T03:00Z'), nightSunday),
    ).toBe(120);
  });

  it('counts a weekday span across the spring change in local hours', () => {
    // Friday 27 March 16:00 CET to Monday 30 March 09:00 CEST.
    expect(businessMinutesBetween(at('2026-03-27T15:00Z'), at('2026-03-30T07:00Z'), weekdays)).toBe(
      120,
    );
  });

  it('is negative when the end comes first, and fractional for seconds', () => {
    expect(businessMinutesBetween(at('2026-12-04T09:00Z'), at('2026-12-03T09:00Z'), weekdays)).toBe(
      -540,
    );
    expect(
      businessMinutesBetween(at('2026-12-03T09:00:00Z'), at('2026-12-03T09:00:30Z'), weekdays),
    ).toBe(0.5);
  });

  it('counts nothing for a clinic without opening hours', () => {
    const closed = clinicCalendar([]);
    expect(hasWorkingTime(closed)).toBe(false);
    expect(businessMinutesBetween(at('2026-12-01T09:00Z'), at('2026-12-30T09:00Z'), closed)).toBe(
      0,
    );
  });
});

describe('addBusinessMinutes', () => {
  it('runs over the weekend: Friday 15:00 plus four hours is Monday 10:00', () => {
    expect(addBusinessMinutes(at('2026-12-04T14:00Z'), 240, weekdays).toISOString()).toBe(
      '2026-12-07T09:00:00.000Z',
    );
  });

  it('starts the count when the clinic opens', () => {
    // Saturday noon, Monday 06:00 and Monday 18:00, each plus thirty minutes.
    expect(addBusinessMinutes(at('2026-12-05T11:00Z'), 60, weekdays).toISOString()).toBe(
      '2026-12-07T08:00:00.000Z',
    );
    expect(addBusinessMinutes(at('2026-12-07T05:00Z'), 30, weekdays).toISOString()).toBe(
      '2026-12-07T07:30:00.000Z',
    );
    expect(addBusinessMinutes(at('2026-12-07T17:00Z'), 30, weekdays).toISOString()).toBe(
      '2026-12-08T07:30:00.000Z',
    );
  });

  it('ends at closing time when the minutes fill the day exactly', () => {
    expect(addBusinessMinutes(at('2026-12-07T07:00Z'), 540, weekdays).toISOString()).toBe(
      '2026-12-07T16:00:00.000Z',
    );
  });

  it('skips julafton to annandag jul and the weekend', () => {
    expect(addBusinessMinutes(at('2026-12-23T15:00Z'), 120, weekdays).toISOString()).toBe(
      '2026-12-28T08:00:00.000Z',
    );
  });

  it('skips nyårsafton, nyårsdagen and the weekend into 2027', () => {
    expect(addBusinessMinutes(at('2026-12-30T15:00Z'), 120, weekdays).toISOString()).toBe(
      '2027-01-04T08:00:00.000Z',
    );
  });

  it('skips midsommarafton in summer time', () => {
    // Thursday 18 June 16:30 CEST plus an hour: half an hour, then Monday 22 June 08:30 CEST.
    expect(addBusinessMinutes(at('2026-06-18T14:30Z'), 60, weekdays).toISOString()).toBe(
      '2026-06-22T06:30:00.000Z',
    );
  });

  it('skips långfredagen and annandag påsk, keeping skärtorsdagen', () => {
    expect(addBusinessMinutes(at('2026-04-02T14:00Z'), 120, weekdays).toISOString()).toBe(
      '2026-04-07T07:00:00.000Z',
    );
  });

  it('crosses the spring change: Friday 16:00 CET plus two hours is Monday 09:00 CEST', () => {
    expect(addBusinessMinutes(at('2026-03-27T15:00Z'), 120, weekdays).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
  });

  it('reaches weeks ahead: 40 working days from Monday 12 January is Friday 6 March closing', () => {
    expect(addBusinessMinutes(at('2026-01-12T07:00Z'), 40 * 540, weekdays).toISOString()).toBe(
      '2026-03-06T16:00:00.000Z',
    );
  });

  it('returns the start for zero minutes and refuses negative ones', () => {
    expect(addBusinessMinutes(at('2026-12-05T11:00Z'), 0, weekdays).toISOString()).toBe(
      '2026-12-05T11:00:00.000Z',
    );
    expect(() => addBusinessMinutes(at('2026-12-05T11:00Z'), -1, weekdays)).toThrow(RangeError);
  });

  it('refuses a calendar without working time instead of looping', () => {
    expect(() => addBusinessMinutes(at('2026-12-05T11:00Z'), 60, clinicCalendar([]))).toThrow(
      RangeError,
    );
  });

  it('is undone by businessMinutesBetween from any start', () => {
    const start = Date.UTC(2025, 0, 1);
    const span = Date.UTC(2028, 0, 1) - start;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: span }),
        fc.integer({ min: 1, max: 20 * 660 }),
        fc.constantFrom(weekdays, lateMonday),
        (offset, minutes, calendar) => {
          const from = new Date(start + offset);
          const due = addBusinessMinutes(from, minutes, calendar);
          expect(businessMinutesBetween(from, due, calendar)).toBeCloseTo(minutes, 6);
          // Nothing earlier would do: a minute before the deadline is still short.
          expect(
            businessMinutesBetween(from, new Date(due.getTime() - 60_000), calendar),
          ).toBeLessThan(minutes);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readOpeningHours', () => {
  it('keeps the well-formed lines of stored JSON and nothing else', () => {
    expect(
      readOpeningHours([
        { days: 'mon-fri', opens: '08:00', closes: '17:00' },
        { days: 'sat', opens: 10 },
        'mon',
        null,
      ]),
    ).toEqual([{ days: 'mon-fri', opens: '08:00', closes: '17:00' }]);
    expect(readOpeningHours({ days: 'mon' })).toEqual([]);
  });
});

describe('firstAnswerDueAt', () => {
  it('counts the target in working hours from the sending: Friday 15:00 plus 8 hours', () => {
    // Two hours on Friday 4 December, six on Monday 7 December: 14:00 CET.
    expect(firstAnswerDueAt(at('2026-12-04T14:00Z'), 8, weekdays)?.toISOString()).toBe(
      '2026-12-07T13:00:00.000Z',
    );
  });

  it('has no due time without a target or without opening hours', () => {
    expect(firstAnswerDueAt(at('2026-12-04T14:00Z'), null, weekdays)).toBeNull();
    expect(firstAnswerDueAt(at('2026-12-04T14:00Z'), 8, clinicCalendar([]))).toBeNull();
  });
});
