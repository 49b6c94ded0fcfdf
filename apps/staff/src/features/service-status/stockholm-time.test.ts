import { describe, expect, it } from 'vitest';
import { isoToStockholmWallTime, stockholmWallTimeToIso } from './stockholm-time.ts';

describe('Stockholm wall time in the publishing form', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(stockholmWallTimeToIso('2026-12-10T20:00')).toBe('2026-12-10T19:00:00.000Z');
    expect(stockholmWallTimeToIso('2026-07-01T08:30')).toBe('2026-07-01T06:30:00.000Z');
  });

  it('means the earlier of the repeated hour on the last Sunday of October', () => {
    expect(stockholmWallTimeToIso('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads a time in the hour skipped in March an hour later', () => {
    expect(stockholmWallTimeToIso('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what is no datetime-local value', () => {
    expect(stockholmWallTimeToIso('')).toBeNull();
    expect(stockholmWallTimeToIso('10 december')).toBeNull();
  });

  it('writes an instant back as Stockholm wall time', () => {
    expect(isoToStockholmWallTime('2026-12-10T19:00:00.000Z')).toBe('2026-12-10T20:00');
    expect(isoToStockholmWallTime('2026-07-01T06:30:00.000Z')).toBe('2026-07-01T08:30');
  });
});
