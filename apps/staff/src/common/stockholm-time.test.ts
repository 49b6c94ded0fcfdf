import { describe, expect, it } from 'vitest';
import { stockholmInstant, stockholmDateTimeLocal } from './stockholm-time.ts';

describe('stockholm wall clock to instant', () => {
  it('takes one hour off in winter', () => {
    expect(stockholmInstant('2026-12-03', '14:30')).toBe('2026-12-03T13:30:00.000Z');
  });

  it('takes two hours off in summer', () => {
    expect(stockholmInstant('2026-07-01', '08:05')).toBe('2026-07-01T06:05:00.000Z');
  });

  it('handles the days the clocks change', () => {
    expect(stockholmInstant('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(stockholmInstant('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(stockholmInstant('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(stockholmInstant('2026-10-25', '04:00')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(stockholmInstant('2026-02-30', '10:00')).toBeUndefined();
    expect(stockholmInstant('2026-12-03', '24:00')).toBeUndefined();
    expect(stockholmInstant('3 dec', '10:00')).toBeUndefined();
  });

  it('reads a datetime-local value as Stockholm wall time, and nothing else', () => {
    expect(stockholmDateTimeLocal('2026-12-10T20:00')).toBe('2026-12-10T19:00:00.000Z');
    expect(stockholmDateTimeLocal('2026-07-01T08:30')).toBe('2026-07-01T06:30:00.000Z');
    expect(stockholmDateTimeLocal('')).toBeNull();
    expect(stockholmDateTimeLocal('10 december')).toBeNull();
  });
});
