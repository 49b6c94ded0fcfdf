import { AppLinkProvider, type I18nInstances } from '@etj/ui';
import { type ReactElement, type ReactNode, useEffect, useReducer, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Outlet, Route, Routes } from 'react-router';
import { renderLocalizedLink, useLanguage } from '../routing/language.tsx';
import { SPA_PATHS, type Surface } from '../routing/surface.ts';
import { type SessionDocuments } from '../session/session-documents.ts';
import { AppLayout } from './AppLayout.tsx';
import { lazyPage } from './lazy-page.tsx';
import { type UseViewer } from './viewer-state.tsx';

// The pages every SPA has are rarely the first one, so each loads with its own chunk.
const AccessibilityPage = lazyPage(() => import('../pages/InfoPages.tsx'), 'AccessibilityPage');
const NotFoundPage = lazyPage(() => import('../pages/InfoPages.tsx'), 'NotFoundPage');
const PrivacyPage = lazyPage(() => import('../pages/InfoPages.tsx'), 'PrivacyPage');
const LoggedOutPage = lazyPage(() => import('../pages/LoggedOutPage.tsx'), 'LoggedOutPage');
const LoginRefusedPage = lazyPage(
  () => import('../pages/LoginRefusedPage.tsx'),
  'LoginRefusedPage',
);
const TermsPage = lazyPage(() => import('../terms/TermsPage.tsx'), 'TermsPage');

/**
 * Renders the pages in the language the URL names. A language not loaded yet is loaded first:
 * on a switch the page stays in the language it had (mounted, so nothing typed is lost) until
 * the texts arrive; a first visit in that language shows nothing until then, never raw keys.
 */
function LanguageRoot({ instances }: { instances: I18nInstances }) {
  const language = useLanguage();
  const loaded = instances.get(language);
  const [, loadedOne] = useReducer((count: number) => count + 1, 0);
  const [failed, setFailed] = useState(false);
  const [previous, setPrevious] = useState(loaded);
  if (loaded && loaded !== previous) setPrevious(loaded);

  useEffect(() => {
    if (loaded) return;
    let current = true;
    instances.load(language).then(
      () => {
        if (current) loadedOne();
      },
      // Texts that cannot be fetched (offline) leave the page in the default language.
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [instances, language, loaded]);

  const instance = loaded ?? previous ?? (failed ? instances.get('sv') : undefined);
  if (!instance) return null;
  return (
    <I18nextProvider i18n={instance}>
      <AppLinkProvider render={renderLocalizedLink}>
        <Outlet />
      </AppLinkProvider>
    </I18nextProvider>
  );
}

/**
 * An SPA's routes: `start` at `/`, the app's own `<Route>`s as children, and the pages every
 * SPA has (login refused, logged out, terms, accessibility, privacy, not found). The router and
 * (for apps with a GraphQL client) Apollo provider come from outside (main or tests).
 */
export function SpaRoutes<TViewer extends { displayName: string }>({
  surface,
  i18n,
  useViewer,
  sessionDocuments,
  start,
  banner,
  otherwise = <NotFoundPage />,
  children,
}: {
  surface: Surface;
  i18n: I18nInstances;
  /** Who is logged in: `apolloViewer(query)`, or the early probe's answer (anonymous pages). */
  useViewer: UseViewer<TViewer>;
  sessionDocuments?: SessionDocuments;
  start: ReactElement;
  /** What any other path shows (not found, unless the app's own routes are still loading). */
  otherwise?: ReactElement;
  /** A banner under the header on every page while someone is logged in (see AppLayout). */
  banner?: (viewer: TViewer) => ReactNode;
  children?: ReactNode;
}) {
  return (
    <Routes>
      <Route element={<LanguageRoot instances={i18n} />}>
        <Route
          element={
            <AppLayout
              surface={surface}
              useViewer={useViewer}
              sessionDocuments={sessionDocuments}
              banner={banner}
            />
          }
        >
          <Route index element={start} />
          {children}
          <Route path={SPA_PATHS.loginRefused} element={<LoginRefusedPage surface={surface} />} />
          <Route path={SPA_PATHS.loggedOut} element={<LoggedOutPage surface={surface} />} />
          <Route path={SPA_PATHS.terms} element={<TermsPage audience={surface} />} />
          <Route path={SPA_PATHS.accessibility} element={<AccessibilityPage />} />
          <Route path={SPA_PATHS.privacy} element={<PrivacyPage audience={surface} />} />
          <Route path="*" element={otherwise} />
        </Route>
      </Route>
    </Routes>
  );
}
