import { type SessionClock, type SessionTimes } from '@etj/ui';
import { useEffect, useRef } from 'react';
import { BEFORE_LOGOUT_LEAD_MS, runBeforeLogout } from './before-logout.ts';

/**
 * Shortly before the session expires for inactivity, runs the pages' before-logout work (a form
 * saves its draft) while the session still lives. If that work sent anything, `onSent` is called:
 * the save counted as activity on the server, and the logout announced must still happen.
 */
export function useFlushBeforeExpiry(
  times: SessionTimes | null,
  clock: SessionClock,
  onSent: () => void,
): void {
  /** The expiry the work already ran for: it runs once per announced logout. */
  const ranFor = useRef<string | null>(null);
  const latestOnSent = useRef(onSent);
  useEffect(() => {
    latestOnSent.current = onSent;
  });
  useEffect(() => {
    if (times === null || ranFor.current === times.expiresAt) return;
    const left = Date.parse(times.expiresAt) - clock.serverNow();
    // Already over: the server would refuse any save.
    if (left <= 0) return;
    const expiresAt = times.expiresAt;
    const timer = setTimeout(
      () => {
        ranFor.current = expiresAt;
        void runBeforeLogout().then((sent) => {
          if (sent) latestOnSent.current();
        });
      },
      Math.max(0, left - BEFORE_LOGOUT_LEAD_MS),
    );
    return () => {
      clearTimeout(timer);
    };
  }, [times, clock]);
}
