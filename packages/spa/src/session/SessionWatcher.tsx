import { InactivityWarningDialog, useSessionPhase } from '@etj/ui';
import { useEffect } from 'react';
import { useLeavePage } from '../routing/external-navigation.tsx';
import { useLanguage } from '../routing/language.tsx';
import { authRoutes, expiredUrl, loggedOutUrl, type Surface } from '../routing/surface.ts';
import { type SessionDocuments } from './session-documents.ts';
import { useFlushBeforeExpiry } from './use-flush-before-expiry.ts';
import { useKeepSessionAlive } from './use-keep-session-alive.ts';
import { useSessionStatus } from './use-session-status.ts';

/**
 * Ends the session as the logout form does (a POST the server answers with a redirect, not
 * followed here); whatever the answer, the page then leaves for the logged-out page.
 */
async function endSession(surface: Surface, language: string): Promise<void> {
  try {
    await fetch(authRoutes(surface).logout, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      body: new URLSearchParams({ lang: language }),
    });
  } catch {
    // The server ends an inactive session on its own as well.
  }
}

/**
 * Mounted while someone is logged in: follows the server's session clock and shows the
 * inactivity warning from `warnAt`. Expiry itself is noticed by the session expiry link.
 * Shortly before expiry the pages' before-logout work runs (a form saves its draft); if it
 * saved anything, that save counted as activity, so the session is ended here as announced.
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

  useEffect(() => {
    if (status.times) clock.update(status.times);
  }, [clock, status.times]);

  const { recheck } = status;
  useEffect(() => {
    // By our estimate the session has ended: ask the server, whose answer decides.
    if (phase.kind === 'expired') recheck();
  }, [phase.kind, recheck]);

  useFlushBeforeExpiry(status.times, clock, () => {
    void endSession(surface, language).then(() => {
      leave(expiredUrl(surface, language));
    });
  });

  useEffect(() => {
    if (status.gone) leave(loggedOutUrl(surface, language));
  }, [status.gone, leave, surface, language]);

  const keepAlive = () => {
    void session.keepAlive().then((times) => {
      if (times) clock.update(times);
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
