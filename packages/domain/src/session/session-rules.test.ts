import { describe, expect, it } from 'vitest';
import { sessionExpiresAt, sessionState, shouldWarnOfLogout } from './session-rules.ts';

const start = new Date('2026-11-25T08:00:00Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const session = (lastActivityMinutes: number, revoked = false) => ({
  createdAt: start,
  lastActivityAt: minutes(lastActivityMinutes),
  revokedAt: revoked ? minutes(1) : null,
});

describe('sessionState', () => {
  it('is active at minute 59 without activity', () => {
    expect(sessionState(session(0), minutes(59))).toBe('ACTIVE');
  });

  it('has expired at exactly 60:00 without activity', () => {
    expect(sessionState(session(0), minutes(60))).toBe('IDLE_EXPIRED');
  });

  it('counts idle time from the latest activity', () => {
    expect(sessionState(session(30), minutes(89))).toBe('ACTIVE');
    expect(sessionState(session(30), minutes(91))).toBe('IDLE_EXPIRED');
  });

  it('ends after 12 hours even with constant activity', () => {
    expect(sessionState(session(719), minutes(719))).toBe('ACTIVE');
    expect(sessionState(session(719), minutes(720))).toBe('ABSOLUTE_EXPIRED');
  });

  it('is revoked after logout', () => {
    expect(sessionState(session(0, true), minutes(2))).toBe('REVOKED');
  });
});

describe('sessionExpiresAt and the warning', () => {
  it('expires 60 minutes after the latest activity', () => {
    expect(sessionExpiresAt(session(10))).toEqual(minutes(70));
  });

  it('expires at the absolute limit when that comes first', () => {
    expect(sessionExpiresAt(session(700))).toEqual(minutes(720));
  });

  it('warns during the last five minutes only', () => {
    const expiresAt = minutes(60);
    expect(shouldWarnOfLogout(expiresAt, minutes(54))).toBe(false);
    expect(shouldWarnOfLogout(expiresAt, minutes(55))).toBe(true);
    expect(shouldWarnOfLogout(expiresAt, minutes(60))).toBe(false);
  });
});
