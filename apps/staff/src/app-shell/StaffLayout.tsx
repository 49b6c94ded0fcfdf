import { AccountBar, LanguageSwitch, type Language, PageShell, withLanguage } from '@etj/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useHref, useLocation, useNavigate } from 'react-router';
import { useStaffViewer } from '../features/identity/use-staff-viewer.ts';
import { SessionWatcher } from '../features/session/SessionWatcher.tsx';
import { AUTH } from '../routing/auth-urls.ts';
import { useLanguage } from '../routing/language.tsx';
import { PATHS } from '../routing/paths.ts';

/** Pages reached without a live session, where asking who is logged in would be wrong. */
const SESSIONLESS: string[] = [PATHS.loggedOut, PATHS.loginRefused];

/** The shell around every page: header with language and account, footer, session watch. */
export function StaffLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const language = useLanguage();
  const viewer = useStaffViewer({ skip: SESSIONLESS.includes(location.pathname) });

  const here = `${location.pathname}${location.search}${location.hash}`;
  const swedishHref = useHref(withLanguage(here, 'sv'));
  const englishHref = useHref(withLanguage(here, 'en'));

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const switchTo = (next: Language) => {
    void navigate(withLanguage(here, next));
  };

  const signedIn = viewer.status === 'signed-in' ? viewer.viewer : null;
  return (
    <PageShell
      productName={t('product.name')}
      tagline={t('product.tagline')}
      homeHref={PATHS.start}
      languageSwitch={
        <LanguageSwitch
          current={language}
          hrefFor={(target) => (target === 'sv' ? swedishHref : englishHref)}
          onSelect={switchTo}
        />
      }
      account={
        signedIn ? <AccountBar name={signedIn.displayName} logoutAction={AUTH.logout} /> : null
      }
    >
      <Outlet />
      {signedIn ? <SessionWatcher /> : null}
    </PageShell>
  );
}
