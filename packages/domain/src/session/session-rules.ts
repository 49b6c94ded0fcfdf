/** Logged out after this long without user activity (DOMAIN.md section 5). */
export const IDLE_TIMEOUT_MS = 60 * 60 * 1000;
/** A session never lives longer than this, active or not. */
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** The SPA warns this long before the inactivity logout. */
export const IDLE_WARNING_MS = 5 * 60 * 1000;

export type SessionTimes = {
  createdAt: Date;
  lastActivityAt: Date;
  revokedAt: Date | null;
};

export type SessionState = 'ACTIVE' | 'REVOKED' | 'IDLE_EXPIRED' | 'ABSOLUTE_EXPIRED';

/** Whether a session may still be used at `now`. Exactly 60:00 idle is already too long. */
export function sessionState(session: SessionTimes, now: Date): SessionState {
  if (session.revokedAt) return 'REVOKED';
  if (now.getTime() - session.createdAt.getTime() >= ABSOLUTE_LIFETIME_MS)
    return 'ABSOLUTE_EXPIRED';
  if (now.getTime() - session.lastActivityAt.getTime() >= IDLE_TIMEOUT_MS) return 'IDLE_EXPIRED';
  return 'ACTIVE';
}

/** When the session ends if nothing more happens: the earlier of idle and absolute limits. */
export function sessionExpiresAt(session: SessionTimes): Date {
  return new Date(
    Math.min(
      session.lastActivityAt.getTime() + IDLE_TIMEOUT_MS,
      session.createdAt.getTime() + ABSOLUTE_LIFETIME_MS,
    ),
  );
}

/** Whether the SPA should show the "you will soon be logged out" warning. */
export function shouldWarnOfLogout(expiresAt: Date, now: Date): boolean {
  const left = expiresAt.getTime() - now.getTime();
  return left > 0 && left <= IDLE_WARNING_MS;
}

/** Current terms of use per audience; accepting an older version does not count. */
export const TERMS_VERSIONS = { CITIZEN: '2026-12-02', STAFF: '2026-11-01' } as const;
