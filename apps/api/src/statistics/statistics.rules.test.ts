import type { CalendarDate } from '@etj/domain';
import { describe, expect, it } from 'vitest';
import {
  backlogGroupIndex,
  bucketFigures,
  bucketMinutes,
  DURATION_BUCKETS,
  durationBucket,
  splitIntoMonths,
  checkPeriod,
  durationFigures,
  nearestRank,
  previousPeriod,
  rollUpCaseDays,
  shareWithin,
  shownCount,
} from './statistics.rules.ts';

const day = (d: string) => d as CalendarDate;

describe('figures that cannot single out a patient', () => {
  it('withholds counts of 1 to 4, and shows 0 and 5', () => {
    expect([0, 1, 4, 5].map(shownCount)).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 5, suppressed: false },
    ]);
  });

  it('withholds durations from fewer than five cases, and shares from fewer than five', () => {
    expect(durationFigures([5, 1, 3])).toMatchObject({ suppressed: true, medianMinutes: null });
    expect(shareWithin(3, 4)).toBeNull();
    expect(shareWithin(3, 5)).toBe(0.6);
  });
});

describe('percentiles by nearest rank', () => {
  it('are values from the data, as counted by hand', () => {
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
    expect(nearestRank([1, 2, 3, 4], 0.9)).toBe(4);
    expect(nearestRank([7], 0.9)).toBe(7);
    expect(nearestRank([], 0.5)).toBeNull();
    expect(durationFigures([60, 10, 50, 20, 40, 30])).toMatchObject({
      medianMinutes: 30,
      p90Minutes: 60,
    });
  });
});

describe('periods', () => {
  it('compares with the same number of days just before', () => {
    expect(previousPeriod({ from: day('2026-11-01'), to: day('2026-11-30') })).toEqual({
      from: day('2026-10-02'),
      to: day('2026-10-31'),
    });
    expect(previousPeriod({ from: day('2026-03-01'), to: day('2026-03-01') })).toEqual({
      from: day('2026-02-28'),
      to: day('2026-02-28'),
    });
  });

  it('refuses unreadable dates, a reversed period and one over three years', () => {
    expect(checkPeriod('2026-13-01', '2026-11-01')).toEqual({
      ok: false,
      problems: [{ path: 'filter.from', code: 'INVALID_DATE' }],
    });
    expect(checkPeriod('2026-11-02', '2026-11-01')).toMatchObject({
      ok: false,
      problems: [{ path: 'filter.to', code: 'BEFORE_START' }],
    });
    expect(checkPeriod('2020-01-01', '2026-01-01')).toMatchObject({
      ok: false,
      problems: [{ path: 'filter.to', code: 'OUT_OF_RANGE' }],
    });
  });
});

describe('the daily rollup', () => {
  const clinic = 'c';
  const type = 't';
  it('counts each event on its own Stockholm day, and the backlog by age group', () => {
    const rows = rollUpCaseDays(
      [day('2026-11-02'), day('2026-11-03')],
      [
        {
          clinicId: clinic,
          caseTypeId: type,
          // 23:30 UTC on 2 November is 00:30 on the 3rd in Stockholm.
          submittedAt: new Date('2026-11-02T23:30:00Z'),
          byProxy: true,
          firstAnsweredAt: new Date('2026-11-03T08:30:00Z'),
          closedAt: null,
          firstAnswerDueAt: new Date('2026-11-03T09:00:00Z'),
        },
      ],
      [{ day: day('2026-11-02'), clinicId: clinic, caseTypeId: type, group: 3, count: 2 }],
      () => 30,
    );
    expect(rows).toEqual([
      expect.objectContaining({ day: '2026-11-02', submitted: 0, backlog: [0, 0, 0, 2, 0] }),
      expect.objectContaining({
        day: '2026-11-03',
        submitted: 1,
        submittedByProxy: 1,
        firstAnswerMinutes: [540],
        firstAnswerBusinessMinutes: [30],
        answeredWithTarget: 1,
        answeredWithinTarget: 1,
      }),
    ]);
  });

  it('puts ages into the five groups', () => {
    expect([0, 2, 3, 7, 8, 14, 15, 30, 31, 400].map(backlogGroupIndex)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });
});

describe('duration histograms', () => {
  it('puts a duration in the first bucket whose bound is at least it', () => {
    expect([0, 1, 5, 6, 60, 61, 3900].map((m) => bucketMinutes(durationBucket(m)))).toEqual([
      5, 5, 5, 10, 60, 75, 3960,
    ]);
    expect(bucketMinutes(durationBucket(10_000_000))).toBe(DURATION_BUCKETS.at(-1));
  });

  it('gives nearest-rank percentiles as bucket bounds', () => {
    const counts = [10, 20, 30, 40, 50, 60].map((m) => ({ bucket: durationBucket(m), count: 1 }));
    expect(bucketFigures(counts)).toEqual({ count: 6, median: 30, p90: 60 });
    expect(bucketFigures([])).toEqual({ count: 0, median: null, p90: null });
  });

  it('splits a period into whole months and the days outside them', () => {
    expect(splitIntoMonths({ from: day('2026-10-02'), to: day('2026-12-15') })).toEqual({
      months: ['2026-11-01'],
      days: [
        { from: '2026-10-02', to: '2026-10-31' },
        { from: '2026-12-01', to: '2026-12-15' },
      ],
    });
    expect(splitIntoMonths({ from: day('2025-12-01'), to: day('2026-11-30') }).months).toHaveLength(
      12,
    );
  });
});
