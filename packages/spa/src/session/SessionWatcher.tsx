import { InactivityWarningDialog, useSessionPhase } from '@etj/ui';
import { useEffect, useRef, useState } from 'react';
import { useLeavePage } from '../routing/external-navigation.tsx';
import { useLanguage } from '../routing/language.tsx';
import { authRoutes, expiredUrl, loggedOutUrl, type Surface } from '../routing/surface.ts';
import { type SessionDocuments } from './session-documents.ts';
import { useFlushBeforeExpiry } from './use-flush-before-expiry.ts';
import { useKeepSessionAlive } from './use-keep-session-alive.ts';
import { useSessionStatus } from './use-session-status.ts';

/**
 * Ends the session as the logout form does (a POST the server answers with a redirect, not
 * followed here); answers whether the server took it.
 */
async function endSession(surface: Surface, language: string): Promise<boolean> {
  try {
    const answer = await fetch(authRoutes(surface).logout, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      body: new URLSearchParams({ lang: language }),
    });
    return answer.type === 'opaqueredirect' || answer.ok;
  } catch {
    return false;
  }
}

/**
 * Mounted while someone is logged in: follows the server's session clock and shows the
 * inactivity warning from `warnAt`. Expiry itself is noticed by the session expiry link.
 * Shortly before expiry the pages' before-logout work runs (a form saves its draft, marked so
 * the server does not count it as activity); if it saved anything, the session is ended here as
 * announced. Should that logout not get through, the page still shows the expired page, but only
 * once the expiry has passed: the save left the server's expiry where it was, so the server has
 * ended the session by then on its own.
 *
 * The session is the one whose `handle` the first answer named: an answer with another handle
 * means the cookie belongs to a new login (logged out in another tab, someone else logged in),
 * and this page, which still shows the previous person's work, leaves for the logged-out page
 * without running any before-logout work.
 */
export function SessionWatcher({
  surface,
  documents,
}: {
  surface: Surface;
  documents: SessionDocuments;
}) {
  const { clock, phase } = useSessionPhase();
  const status = useSessionStatus(documents.status);
  const session = useKeepSessionAlive(documents.keepAlive);
  const language = useLanguage();
  const leave = useLeavePage();

  const [handle, setHandle] = useState<string | null>(null);
  const [replaced, setReplaced] = useState(false);
  const polledHandle = status.times?.handle ?? null;
  // The first handle answered is the page's session (state adjusted while rendering).
  if (handle === null && polledHandle !== null) setHandle(polledHandle);
  const foreign = replaced || (handle !== null && polledHandle !== null && polledHandle !== handle);
  const times = foreign ? null : status.times;

  /** The expiry as last answered; null while "stay logged in" is on its way. */
  const currentExpiry = useRef<string | null>(null);
  useEffect(() => {
    if (times) {
      currentExpiry.current = times.expiresAt;
      clock.update(times);
    }
  }, [clock, times]);

  const { recheck } = status;
  useEffect(() => {
    // By our estimate the session has ended: ask the server, whose answer decides.
    if (phase.kind === 'expired') recheck();
  }, [phase.kind, recheck]);

  useFlushBeforeExpiry(
    times,
    clock,
    () => currentExpiry.current,
    (expiresAt) => {
      void endSession(surface, language).then((ended) => {
        const wait = ended ? 0 : Math.max(0, Date.parse(expiresAt) - clock.serverNow());
        setTimeout(() => {
          leave(expiredUrl(surface, language));
        }, wait);
      });
    },
  );

  const gone = status.gone || foreign;
  useEffect(() => {
    if (gone) leave(loggedOutUrl(surface, language));
  }, [gone, leave, surface, language]);

  const keepAlive = () => {
    const before = currentExpiry.current;
    currentExpiry.current = null;
    void session.keepAlive().then((renewed) => {
      if (renewed && handle !== null && renewed.handle !== handle) {
        setReplaced(true);
        return;
      }
      currentExpiry.current = renewed?.expiresAt ?? before;
      if (renewed) clock.update(renewed);
    });
  };

  return (
    <InactivityWarningDialog
      open={phase.kind === 'warning'}
      minutesLeft={phase.kind === 'warning' ? phase.minutesLeft : 0}
      onContinue={keepAlive}
      continuing={session.pending}
      continueFailed={session.failed}
      logoutAction={authRoutes(surface).logout}
    />
  );
}
