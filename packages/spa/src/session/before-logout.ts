import { useEffect, useRef } from 'react';

/**
 * Work a page wants done before the inactivity logout ends the session (a form saves its draft).
 * Answers whether it sent anything to the server: a save counts as activity there, so the session
 * watcher then ends the session itself instead of letting that save prolong it.
 */
export type BeforeLogout = () => Promise<boolean>;

/** How long the logout waits for the pages' work at most; a failed or hanging save loses nothing more. */
export const BEFORE_LOGOUT_TIMEOUT_MS = 8_000;

/** How long before the session's expiry the work starts: time for a save while the session lives. */
export const BEFORE_LOGOUT_LEAD_MS = 20_000;

const registered = new Set<{ current: BeforeLogout }>();

/** How many runs of the work have not settled yet (see `isBeforeLogoutRunning`). */
let running = 0;

/**
 * Whether before-logout work is under way: what is sent meanwhile is the page's own doing, not
 * the user's, and goes out marked so the server does not count it as activity (background-link.ts).
 */
export function isBeforeLogoutRunning(): boolean {
  return running > 0;
}

/** Registers `work` while the calling component is mounted; the latest `work` is the one run. */
export function useBeforeLogout(work: BeforeLogout): void {
  const latest = useRef(work);
  useEffect(() => {
    latest.current = work;
  });
  useEffect(() => {
    registered.add(latest);
    return () => {
      registered.delete(latest);
    };
  }, []);
}

/**
 * Runs every registered piece of work and answers, once all have settled or `timeoutMs` has
 * passed (whichever comes first), whether any sent something. A failure counts as nothing sent;
 * work still running at the timeout counts as sent, since it may yet reach the server.
 */
export async function runBeforeLogout(timeoutMs = BEFORE_LOGOUT_TIMEOUT_MS): Promise<boolean> {
  if (registered.size === 0) return false;
  running += 1;
  const outcomes = [...registered].map((entry) => entry.current().catch(() => false));
  // Work still running at the timeout stays marked until it settles.
  void Promise.all(outcomes).finally(() => {
    running -= 1;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      resolve('timeout');
    }, timeoutMs);
  });
  try {
    const settled = await Promise.race([Promise.all(outcomes), timedOut]);
    return settled === 'timeout' ? true : settled.some(Boolean);
  } finally {
    clearTimeout(timer);
  }
}
