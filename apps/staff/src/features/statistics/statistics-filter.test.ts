import { describe, expect, it } from 'vitest';
import {
  apiStatisticsProblem,
  defaultStatisticsForm,
  quickPeriod,
  statisticsFilter,
} from './statistics-filter.ts';
import { parseDay, stockholmDay } from './statistics-dates.ts';

const today = '2026-12-03';
const form = { from: '2026-11-01', to: '2026-11-30', caseTypeId: '', clinicId: '' };

describe('the period', () => {
  it('starts as the current month and the eleven whole months before it', () => {
    expect(defaultStatisticsForm(today)).toEqual({
      from: '2026-01-01',
      to: '2026-12-03',
      caseTypeId: '',
      clinicId: '',
    });
  });

  it('has quick choices seen from today', () => {
    expect(quickPeriod('last30Days', today)).toEqual({ from: '2026-11-04', to: '2026-12-03' });
    expect(quickPeriod('lastMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(quickPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-03' });
    expect(quickPeriod('lastMonth', '2027-01-15')).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(quickPeriod('last12Months', '2024-02-29')).toEqual({
      from: '2023-03-01',
      to: '2024-02-29',
    });
  });
});

describe('the filter', () => {
  it('sends the dates and leaves "all" out', () => {
    expect(statisticsFilter({ ...form, caseTypeId: 'type-1' })).toEqual({
      ok: true,
      filter: { from: '2026-11-01', to: '2026-11-30', caseTypeId: 'type-1', clinicId: null },
    });
  });

  it('refuses missing, impossible and reversed dates, and too long a period', () => {
    expect(statisticsFilter({ ...form, from: '', to: '2026-02-30' })).toEqual({
      ok: false,
      problems: [
        { field: 'from', key: 'fromMissing' },
        { field: 'to', key: 'invalidDate' },
      ],
    });
    expect(statisticsFilter({ ...form, to: '2026-10-31' })).toEqual({
      ok: false,
      problems: [{ field: 'to', key: 'beforeStart' }],
    });
    expect(statisticsFilter({ ...form, from: '2023-01-01', to: '2026-01-02' }).ok).toBe(true);
    expect(statisticsFilter({ ...form, from: '2023-01-01', to: '2026-01-03' })).toEqual({
      ok: false,
      problems: [{ field: 'to', key: 'outOfRange' }],
    });
  });

  it('puts the API’s refusals at their fields', () => {
    expect(apiStatisticsProblem({ path: 'filter.to', code: 'BEFORE_START' })).toEqual({
      field: 'to',
      key: 'beforeStart',
    });
    expect(apiStatisticsProblem({ path: 'filter.from', code: 'INVALID_DATE' })).toEqual({
      field: 'from',
      key: 'invalidDate',
    });
    expect(apiStatisticsProblem({ path: 'filter.to', code: 'OUT_OF_RANGE' })).toEqual({
      field: 'to',
      key: 'outOfRange',
    });
  });
});

describe('calendar days', () => {
  it('are Stockholm’s: 23:30 UTC on 2 December is already the 3rd there', () => {
    expect(stockholmDay(new Date('2026-12-02T23:30:00Z'))).toBe('2026-12-03');
    expect(stockholmDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(stockholmDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('exist or are refused', () => {
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
    expect(parseDay('2026-02-29')).toBeUndefined();
    expect(parseDay('2026-13-01')).toBeUndefined();
    expect(parseDay('1 dec 2026')).toBeUndefined();
  });
});
