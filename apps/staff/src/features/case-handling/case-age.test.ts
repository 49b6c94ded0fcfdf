import { describe, expect, it } from 'vitest';
import { caseAgeParts } from './case-age.ts';

const SENT = '2026-12-01T08:30:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('caseAgeParts', () => {
  it('says nothing in the first minute, and nothing when the clock is behind the sending', () => {
    expect(caseAgeParts(SENT, at('2026-12-01T08:30:59.999Z'))).toEqual([]);
    expect(caseAgeParts(SENT, at('2026-12-01T08:00:00.000Z'))).toEqual([]);
    expect(caseAgeParts('not a date', at('2026-12-01T08:00:00.000Z'))).toEqual([]);
  });

  it('counts whole minutes in the first hour and whole hours in the first day', () => {
    expect(caseAgeParts(SENT, at('2026-12-01T08:31:00.000Z'))).toEqual([
      { unit: 'minutes', count: 1 },
    ]);
    expect(caseAgeParts(SENT, at('2026-12-01T09:29:59.000Z'))).toEqual([
      { unit: 'minutes', count: 59 },
    ]);
    expect(caseAgeParts(SENT, at('2026-12-01T09:30:00.000Z'))).toEqual([
      { unit: 'hours', count: 1 },
    ]);
    expect(caseAgeParts(SENT, at('2026-12-02T08:29:00.000Z'))).toEqual([
      { unit: 'hours', count: 23 },
    ]);
  });

  it('counts days and the hours past them, leaving out none', () => {
    expect(caseAgeParts(SENT, at('2026-12-02T08:30:00.000Z'))).toEqual([
      { unit: 'days', count: 1 },
    ]);
    expect(caseAgeParts(SENT, at('2026-12-03T11:45:00.000Z'))).toEqual([
      { unit: 'days', count: 2 },
      { unit: 'hours', count: 3 },
    ]);
    expect(caseAgeParts(SENT, at('2027-01-10T08:29:00.000Z'))).toEqual([
      { unit: 'days', count: 39 },
      { unit: 'hours', count: 23 },
    ]);
  });
});
