import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '@etj/domain';
import { isClosedOn, searchWords } from './clinic.policy.ts';

const d = (value: string) => value as CalendarDate;

describe('searchWords', () => {
  it('splits on whitespace, drops one-letter words and keeps at most five', () => {
    expect(searchWords('  Farsta  vårdcentral ')).toEqual(['Farsta', 'vårdcentral']);
    expect(searchWords('a b')).toEqual([]);
    expect(searchWords('aa bb cc dd ee ff')).toHaveLength(5);
  });
});

describe('isClosedOn', () => {
  it('covers both ends of the closure', () => {
    expect(isClosedOn('2026-12-23', '2027-01-06', d('2026-12-22'))).toBe(false);
    expect(isClosedOn('2026-12-23', '2027-01-06', d('2026-12-23'))).toBe(true);
    expect(isClosedOn('2026-12-23', '2027-01-06', d('2027-01-06'))).toBe(true);
    expect(isClosedOn('2026-12-23', '2027-01-06', d('2027-01-07'))).toBe(false);
  });

  it('is open without a closure and closed until further notice without an end', () => {
    expect(isClosedOn(null, null, d('2026-12-24'))).toBe(false);
    expect(isClosedOn('2026-12-01', null, d('2027-06-01'))).toBe(true);
  });
});
