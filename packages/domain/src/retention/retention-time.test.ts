import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseDeletionAt,
  caseDeletionCutoff,
  deletionNoticeFor,
  draftDeletionAt,
  draftDeletionCutoff,
  isCaseDeletionDue,
} from './retention-time.ts';

const at = (iso: string) => new Date(iso);
const SECOND = 1000;
const shift = (instant: Date, ms: number) => new Date(instant.getTime() + ms);

/** Due exactly at `due`: not one second before, and still (of course) one second after. */
function expectDueExactlyAt(lastEventAt: Date, due: Date): void {
  expect(caseDeletionAt(lastEventAt).toISOString()).toBe(due.toISOString());
  expect(isCaseDeletionDue(lastEventAt, shift(due, -SECOND))).toBe(false);
  expect(isCaseDeletionDue(lastEventAt, due)).toBe(true);
  expect(isCaseDeletionDue(lastEventAt, shift(due, SECOND))).toBe(true);
  // The cutoff the deletion query uses says the same: the case is in the range from `due` on.
  expect(caseDeletionCutoff(shift(due, -SECOND)).getTime()).toBeLessThan(lastEventAt.getTime());
  expect(caseDeletionCutoff(due).getTime()).toBeGreaterThanOrEqual(lastEventAt.getTime());
  expect(caseDeletionCutoff(shift(due, SECOND)).getTime()).toBeGreaterThanOrEqual(
    lastEventAt.getTime(),
  );
}

describe('caseDeletionAt: two years on Stockholm wall-clock time', () => {
  it('winter to winter: 2024-01-15 10:00 CET is due 2026-01-15 10:00 CET, not a second earlier', () => {
    expectDueExactlyAt(at('2024-01-15T09:00:00Z'), at('2026-01-15T09:00:00Z'));
  });

  it('summer to summer: 2024-07-01 14:30 CEST is due 2026-07-01 14:30 CEST', () => {
    expectDueExactlyAt(at('2024-07-01T12:30:00Z'), at('2026-07-01T12:30:00Z'));
  });

  it('winter event, summer anniversary: 2024-03-30 12:00 CET is due 2026-03-30 12:00 CEST', () => {
    // One hour earlier in UTC than "plus two years" on the UTC time line.
    expectDueExactlyAt(at('2024-03-30T11:00:00Z'), at('2026-03-30T10:00:00Z'));
  });

  it('summer event, winter anniversary: 2024-10-26 12:00 CEST is due 2026-10-26 12:00 CET', () => {
    expectDueExactlyAt(at('2024-10-26T10:00:00Z'), at('2026-10-26T11:00:00Z'));
  });

  it('29 February: the period ends on 28 February 2026, at its end (00:00 on 1 March)', () => {
    // 2024-02-29 15:00 CET and 00:00 CET: both due 2026-03-01 00:00 CET (23:00 UTC the day before).
    expectDueExactlyAt(at('2024-02-29T14:00:00Z'), at('2026-02-28T23:00:00Z'));
    expectDueExactlyAt(at('2024-02-28T23:00:00Z'), at('2026-02-28T23:00:00Z'));
    // The last millisecond of 28 February 2024 is due one millisecond earlier.
    expect(caseDeletionAt(at('2024-02-28T22:59:59.999Z')).toISOString()).toBe(
      '2026-02-28T22:59:59.999Z',
    );
  });

  it('a case touched on 29 February is never due before one touched on 28 February', () => {
    const earlier = caseDeletionAt(at('2024-02-28T13:00:00Z')); // 14:00 CET
    const later = caseDeletionAt(at('2024-02-29T09:00:00Z')); // 10:00 CET
    expect(later.getTime()).toBeGreaterThanOrEqual(earlier.getTime());
  });

  it('28 February stays 28 February, and 1 March 2026 is a day later', () => {
    expectDueExactlyAt(at('2024-02-28T14:00:00Z'), at('2026-02-28T14:00:00Z'));
    expectDueExactlyAt(at('2024-03-01T14:00:00Z'), at('2026-03-01T14:00:00Z'));
  });

  it('29 February to 29 February: 2026-02-29 does not exist, 2028-02-29 does', () => {
    expectDueExactlyAt(at('2026-02-28T10:00:00Z'), at('2028-02-28T10:00:00Z'));
    // From 29 February 2028 two years on is 1 March 2030 00:00, and from 2030-02-28 it is 2032-02-28.
    expectDueExactlyAt(at('2028-02-29T10:00:00Z'), at('2030-02-28T23:00:00Z'));
    expectDueExactlyAt(at('2030-02-28T10:00:00Z'), at('2032-02-28T10:00:00Z'));
  });

  it('00:30 Stockholm on New Year (23:30 UTC the day before)', () => {
    expectDueExactlyAt(at('2024-12-31T23:30:00Z'), at('2026-12-31T23:30:00Z'));
  });

  it('a wall-clock time that does not exist on the anniversary is due when clocks reach 03:00', () => {
    // 2024-03-29 02:30 CET; on 2026-03-29 the clocks jump from 02:00 to 03:00 (01:00 UTC).
    expectDueExactlyAt(at('2024-03-29T01:30:00Z'), at('2026-03-29T01:00:00Z'));
    // 03:00 CET that day is due at 03:00 CEST, the same instant: never earlier than 02:30's.
    expectDueExactlyAt(at('2024-03-29T02:00:00Z'), at('2026-03-29T01:00:00Z'));
    expectDueExactlyAt(at('2024-03-29T00:59:59Z'), at('2026-03-29T00:59:59Z'));
  });

  it('an ambiguous anniversary time (the repeated autumn hour) is due at its second occurrence', () => {
    // 2024-10-25 02:30 CEST; 2026-10-25 02:30 happens twice, first in CEST then in CET.
    expectDueExactlyAt(at('2024-10-25T00:30:00Z'), at('2026-10-25T01:30:00Z'));
  });
});

describe('caseDeletionCutoff: the exact inverse', () => {
  it('is the last millisecond whose case is due', () => {
    const now = at('2026-03-30T10:00:00Z');
    const cutoff = caseDeletionCutoff(now);
    expect(cutoff.toISOString()).toBe('2024-03-30T11:00:00.000Z');
    expect(isCaseDeletionDue(cutoff, now)).toBe(true);
    expect(isCaseDeletionDue(shift(cutoff, 1), now)).toBe(false);
  });

  it('on 28 February 2026 stops at 28 February 2024; at 24:00 it takes all of 29 February', () => {
    expect(caseDeletionCutoff(at('2026-02-28T14:00:00Z')).toISOString()).toBe(
      '2024-02-28T14:00:00.000Z',
    );
    expect(caseDeletionCutoff(at('2026-02-28T22:59:59Z')).toISOString()).toBe(
      '2024-02-28T22:59:59.000Z',
    );
    expect(caseDeletionCutoff(at('2026-02-28T23:00:00Z')).toISOString()).toBe(
      '2024-02-29T23:00:00.000Z', // 1 March 2024 00:00 CET: due the same instant
    );
  });

  it('agrees with isCaseDeletionDue for any event and any moment (property)', () => {
    const instant = fc
      .date({
        min: at('2020-01-01T00:00:00Z'),
        max: at('2040-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000));
    fc.assert(
      fc.property(instant, fc.integer({ min: -3 * 86_400, max: 3 * 86_400 }), (now, jitter) => {
        // Events near the line, where mistakes live, and far from it.
        const cutoff = caseDeletionCutoff(now);
        for (const t of [shift(cutoff, jitter * SECOND), shift(now, -jitter * 400 * SECOND)]) {
          expect(isCaseDeletionDue(t, now)).toBe(t.getTime() <= cutoff.getTime());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with isCaseDeletionDue across the DST nights and 28 February, minute by minute', () => {
    for (const night of [
      '2026-03-29T00:00:00Z',
      '2026-10-25T00:00:00Z',
      '2027-03-28T00:00:00Z',
      '2026-02-28T21:00:00Z',
      '2026-02-28T08:00:00Z',
    ]) {
      for (let minute = 0; minute < 180; minute += 1) {
        const now = shift(at(night), minute * 60 * SECOND);
        const cutoff = caseDeletionCutoff(now);
        for (const t of [cutoff, shift(cutoff, 1), shift(cutoff, -60 * SECOND)]) {
          expect(isCaseDeletionDue(t, now)).toBe(t.getTime() <= cutoff.getTime());
        }
      }
    }
  });

  it('is monotone: a later event is never due earlier (property)', () => {
    const instant = fc.date({
      min: at('2020-01-01T00:00:00Z'),
      max: at('2040-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 3 * 86_400_000 }), (t, later) => {
        expect(caseDeletionAt(shift(t, later)).getTime()).toBeGreaterThanOrEqual(
          caseDeletionAt(t).getTime(),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('drafts: 30 days', () => {
  it('a draft untouched for 30 days on Stockholm wall-clock time is deleted, not a second earlier', () => {
    const updatedAt = at('2026-03-10T09:00:00Z'); // 10:00 CET
    expect(draftDeletionAt(updatedAt).toISOString()).toBe('2026-04-09T08:00:00.000Z'); // 10:00 CEST
    expect(draftDeletionCutoff(at('2026-04-09T08:00:00Z')).toISOString()).toBe(
      updatedAt.toISOString(),
    );
    expect(draftDeletionCutoff(at('2026-04-09T07:59:59Z')).getTime()).toBeLessThan(
      updatedAt.getTime(),
    );
  });
});

describe('deletionNoticeFor: shown from 30 days before', () => {
  const lastEventAt = at('2024-06-15T08:00:00Z'); // due 2026-06-15 10:00 CEST

  it('is null 30 days and one second before the deletion', () => {
    expect(deletionNoticeFor(lastEventAt, at('2026-05-16T07:59:59Z'))).toBeNull();
  });

  it('shows the deletion instant from exactly 30 days before, and on the day itself', () => {
    expect(deletionNoticeFor(lastEventAt, at('2026-05-16T08:00:00Z'))?.toISOString()).toBe(
      '2026-06-15T08:00:00.000Z',
    );
    expect(deletionNoticeFor(lastEventAt, at('2026-06-15T08:00:00Z'))?.toISOString()).toBe(
      '2026-06-15T08:00:00.000Z',
    );
  });

  it('counts the 30 days on wall-clock time across the spring-forward night', () => {
    const spring = at('2024-04-20T08:00:00Z'); // due 2026-04-20 10:00 CEST
    // 30 days before is 2026-03-21 10:00 CET (09:00 UTC).
    expect(deletionNoticeFor(spring, at('2026-03-21T08:59:59Z'))).toBeNull();
    expect(deletionNoticeFor(spring, at('2026-03-21T09:00:00Z'))?.toISOString()).toBe(
      '2026-04-20T08:00:00.000Z',
    );
  });

  it('is null for a young case', () => {
    expect(deletionNoticeFor(at('2026-11-01T10:00:00Z'), at('2026-11-25T10:00:00Z'))).toBeNull();
  });

  it('the shortcut for young cases agrees with the full rule for any event and any moment (property)', () => {
    const full = (lastEventAt: Date, now: Date): Date | null => {
      const due = caseDeletionAt(lastEventAt);
      const from = addDays(new TZDate(due.getTime(), 'Europe/Stockholm'), -30);
      return now.getTime() >= from.getTime() ? due : null;
    };
    const start = at('2023-01-01T00:00:00Z').getTime();
    const span = 8 * 365 * 24 * 3600 * SECOND;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: span }),
        // Around the notice's start, where a wrong shortcut would show.
        fc.integer({ min: 690 * 24 * 3600, max: 740 * 24 * 3600 }),
        (offset, ageSeconds) => {
          const lastEventAt = new Date(start + offset);
          const now = shift(lastEventAt, ageSeconds * SECOND);
          expect(deletionNoticeFor(lastEventAt, now)?.toISOString()).toBe(
            full(lastEventAt, now)?.toISOString(),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('shows the notice on a case due the first of March after a lost 29 February, 30 days ahead', () => {
    // Due 2026-03-01 00:00 CET; 30 days before is 2026-01-30 00:00 CET.
    const leap = at('2024-02-29T22:00:00Z');
    expect(deletionNoticeFor(leap, at('2026-01-29T22:59:59Z'))).toBeNull();
    expect(deletionNoticeFor(leap, at('2026-01-29T23:00:00Z'))?.toISOString()).toBe(
      '2026-02-28T23:00:00.000Z',
    );
  });
});
