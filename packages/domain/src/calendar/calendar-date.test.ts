import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  birthdayAt,
  parseCalendarDate,
  stockholmDate,
  type CalendarDate,
} from './calendar-date.ts';

const d = (value: string) => value as CalendarDate;

describe('stockholmDate', () => {
  it('is already the next day at 00:30 Stockholm time in winter (23:30 UTC)', () => {
    expect(stockholmDate(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
  });

  it('is already the next day at 01:30 Stockholm time in summer (23:30 UTC)', () => {
    expect(stockholmDate(new Date('2026-06-14T23:30:00Z'))).toBe('2026-06-15');
  });

  it('is still the same day at 22:59 UTC in winter', () => {
    expect(stockholmDate(new Date('2026-01-14T22:59:00Z'))).toBe('2026-01-14');
  });

  it('follows the spring DST change (clocks jump 02:00 -> 03:00 on 2026-03-29)', () => {
    expect(stockholmDate(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(stockholmDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(stockholmDate(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(stockholmDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
  });
});

describe('parseCalendarDate', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('2023-02-29')).toBeUndefined();
    expect(parseCalendarDate('2023-13-01')).toBeUndefined();
    expect(parseCalendarDate('2023-1-01')).toBeUndefined();
  });
});

describe('date arithmetic', () => {
  it('ends a period on the last day of a shorter month', () => {
    expect(addMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(d('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addMonths(d('2026-08-31'), -3)).toBe('2026-05-31');
    expect(addMonths(d('2026-05-31'), -3)).toBe('2026-02-28');
  });

  it('crosses years and month ends by days', () => {
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2028-03-01'), -1)).toBe('2028-02-29');
    expect(addDays(d('2026-03-29'), 1)).toBe('2026-03-30');
  });
});

describe('ageOn', () => {
  it('turns 13 on the birthday itself, not the day before', () => {
    expect(ageOn(d('2013-11-26'), d('2026-11-25'))).toBe(12);
    expect(ageOn(d('2013-11-26'), d('2026-11-26'))).toBe(13);
  });

  it('gives a 29 February child the birthday on 28 February in common years', () => {
    expect(birthdayAt(d('2012-02-29'), 13)).toBe('2025-02-28');
    expect(ageOn(d('2012-02-29'), d('2025-02-27'))).toBe(12);
    expect(ageOn(d('2012-02-29'), d('2025-02-28'))).toBe(13);
    expect(birthdayAt(d('2012-02-29'), 12)).toBe('2024-02-29');
    expect(ageOn(d('2012-02-29'), d('2024-02-28'))).toBe(11);
  });

  it('is zero for a newborn', () => {
    expect(ageOn(d('2026-11-20'), d('2026-11-25'))).toBe(0);
  });
});
