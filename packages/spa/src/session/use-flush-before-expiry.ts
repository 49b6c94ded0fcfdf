import { type SessionClock, type SessionTimes } from '@etj/ui';
import { useEffect, useRef } from 'react';
import { BEFORE_LOGOUT_LEAD_MS, runBeforeLogout } from './before-logout.ts';

/**
 * Shortly before the session expires for inactivity, runs the pages' before-logout work (a form
 * saves its draft) while the session still lives; what it sends goes out marked as background
 * work (background-link.ts), so it does not prolong the session. If that work sent anything and
 * the expiry it ran for is still the one `currentExpiresAt` knows (nobody chose to stay logged in
 * meanwhile), `onSent` is called with it: the page ends the session as announced.
 */
export function useFlushBeforeExpiry(
  times: SessionTimes | null,
  clock: SessionClock,
  currentExpiresAt: () => string | null,
  onSent: (expiresAt: string) => void,
): void {
  /** The expiry the work already ran for: it runs once per announced logout. */
  const ranFor = useRef<string | null>(null);
  const latestOnSent = useRef(onSent);
  const latestCurrent = useRef(currentExpiresAt);
  useEffect(() => {
    latestOnSent.current = onSent;
    latestCurrent.current = currentExpiresAt;
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
          if (sent && latestCurrent.current() === expiresAt) latestOnSent.current(expiresAt);
        });
      },
      Math.max(0, left - BEFORE_LOGOUT_LEAD_MS),
    );
    return () => {
      clearTimeout(timer);
    };
  }, [times, clock]);
}
