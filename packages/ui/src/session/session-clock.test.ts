import { describe, expect, it, vi } from 'vitest';
import { SessionClock, sessionPhase } from './session-clock.ts';

const times = {
  now: '2026-11-25T10:00:00.000Z',
  warnAt: '2026-11-25T10:55:00.000Z',
  expiresAt: '2026-11-25T11:00:00.000Z',
};

describe('sessionPhase', () => {
  it('is active before warnAt, warns from warnAt and expires at expiresAt', () => {
    expect(sessionPhase(times, Date.parse('2026-11-25T10:54:59.999Z'))).toEqual({ kind: 'active' });
    expect(sessionPhase(times, Date.parse('2026-11-25T10:55:00.000Z'))).toEqual({
      kind: 'warning',
      minutesLeft: 5,
    });
    expect(sessionPhase(times, Date.parse('2026-11-25T10:59:30.000Z'))).toEqual({
      kind: 'warning',
      minutesLeft: 1,
    });
    expect(sessionPhase(times, Date.parse('2026-11-25T11:00:00.000Z'))).toEqual({
      kind: 'expired',
    });
  });
});

describe('SessionClock', () => {
  it('trusts the server clock, not the browser clock', () => {
    // The browser thinks it is 1999; the server says 10:56, i.e. inside the warning window.
    const clock = new SessionClock(1_000, () => Date.parse('1999-01-01T00:00:00Z'));
    clock.update({ ...times, now: '2026-11-25T10:56:00.000Z' });
    expect(clock.getSnapshot()).toEqual({ kind: 'warning', minutesLeft: 4 });
  });

  it('moves into the warning as browser time passes after the last poll', () => {
    vi.useFakeTimers({ now: Date.parse('2030-01-01T00:00:00Z') });
    try {
      const clock = new SessionClock(1_000);
      const listener = vi.fn();
      const unsubscribe = clock.subscribe(listener);
      clock.update({ ...times, now: '2026-11-25T10:54:58.000Z' });
      expect(clock.getSnapshot()).toEqual({ kind: 'active' });
      vi.advanceTimersByTime(3_000);
      expect(clock.getSnapshot()).toEqual({ kind: 'warning', minutesLeft: 5 });
      expect(listener).toHaveBeenCalledTimes(2);
      unsubscribe();
    } finally {
      vi.useRealTimers();
    }
  });
});
