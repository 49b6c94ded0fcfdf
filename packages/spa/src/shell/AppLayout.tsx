import { AccountBar, LanguageSwitch, type Language, PageShell, withLanguage } from '@etj/ui';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useHref, useLocation, useNavigate } from 'react-router';
import { useLanguage } from '../routing/language.tsx';
import { authRoutes, SPA_PATHS, type Surface } from '../routing/surface.ts';
import { type SessionDocuments } from '../session/session-documents.ts';
import { SESSIONLESS_PATHS } from '../session/viewer-probe.ts';
import { ServiceStatusLink, ServiceStatusNotice } from '../service-status/ServiceStatusNotice.tsx';
import { lazyPage } from './lazy-page.tsx';
import { type UseViewer, ViewerStateContext } from './viewer-state.tsx';

// Only someone logged in needs the session clock and its warning dialog.
const SessionWatcher = lazyPage(() => import('../session/SessionWatcher.tsx'), 'SessionWatcher', {
  fallback: null,
});

/**
 * The shell around every page: header with language and account, footer, session watch. Who is
 * logged in comes from `useViewer` and is shared with the pages (useLayoutViewer).
 */
export function AppLayout<TViewer extends { displayName: string }>({
  surface,
  useViewer,
  sessionDocuments,
  banner,
}: {
  surface: Surface;
  useViewer: UseViewer<TViewer>;
  /** The session watch's operations; without them (no GraphQL client) nobody is watched. */
  sessionDocuments?: SessionDocuments;
  /** A banner under the header on every page while someone is logged in (proxy mode, say). */
  banner?: (viewer: TViewer) => ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const language = useLanguage();
  const viewer = useViewer({ skip: SESSIONLESS_PATHS.includes(location.pathname) });

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
      homeHref={SPA_PATHS.start}
      languageSwitch={
        <LanguageSwitch
          current={language}
          hrefFor={(target) => (target === 'sv' ? swedishHref : englishHref)}
          onSelect={switchTo}
        />
      }
      account={
        signedIn ? (
          <AccountBar name={signedIn.displayName} logoutAction={authRoutes(surface).logout} />
        ) : null
      }
      footerLinks={
        <li>
          <ServiceStatusLink surface={surface} />
        </li>
      }
      banner={
        <>
          <ServiceStatusNotice surface={surface} />
          {signedIn && banner ? banner(signedIn) : null}
        </>
      }
    >
      <ViewerStateContext.Provider value={viewer}>
        <Outlet />
      </ViewerStateContext.Provider>
      {signedIn && sessionDocuments ? (
        <SessionWatcher surface={surface} documents={sessionDocuments} />
      ) : null}
    </PageShell>
  );
}
