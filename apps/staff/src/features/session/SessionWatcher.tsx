import { InactivityWarningDialog, useSessionPhase } from '@etj/ui';
import { useEffect } from 'react';
import { useLanguage } from '../../routing/language.tsx';
import { AUTH } from '../../routing/auth-urls.ts';
import { useLeavePage } from '../../routing/external-navigation.tsx';
import { loggedOutUrl } from '../../routing/paths.ts';
import { useStaffKeepSessionAlive } from './use-staff-keep-session-alive.ts';
import { useStaffSessionStatus } from './use-staff-session-status.ts';

/**
 * Mounted while someone is logged in: follows the server's session clock and shows the
 * inactivity warning from `warnAt`. Expiry itself is noticed by the session expiry link.
 */
export function SessionWatcher() {
  const { clock, phase } = useSessionPhase();
  const status = useStaffSessionStatus();
  const session = useStaffKeepSessionAlive();
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

  useEffect(() => {
    if (status.gone) leave(loggedOutUrl(language));
  }, [status.gone, leave, language]);

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
      logoutAction={AUTH.logout}
    />
  );
}
