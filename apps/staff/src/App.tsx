import { AppLinkProvider, type Language } from '@etj/ui';
import { type i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Outlet, Route, Routes } from 'react-router';
import { StaffLayout } from './app-shell/StaffLayout.tsx';
import { StartPage } from './features/identity/StartPage.tsx';
import { AccessibilityPage, NotFoundPage, PrivacyPage } from './features/info/InfoPages.tsx';
import { LoginRefusedPage } from './features/login/LoginRefusedPage.tsx';
import { LoggedOutPage } from './features/session/LoggedOutPage.tsx';
import { TermsPage } from './features/terms/TermsPage.tsx';
import { ChooseUnitRoute } from './features/units/ChooseUnitRoute.tsx';
import { renderLocalizedLink, useLanguage } from './routing/language.tsx';
import { PATHS } from './routing/paths.ts';

/** Renders the pages in the language the URL names. */
function LanguageRoot({ instances }: { instances: Record<Language, I18n> }) {
  const language = useLanguage();
  return (
    <I18nextProvider i18n={instances[language]}>
      <AppLinkProvider render={renderLocalizedLink}>
        <Outlet />
      </AppLinkProvider>
    </I18nextProvider>
  );
}

/** The staff SPA's routes; the router and Apollo provider come from outside (main or tests). */
export function StaffApp({ i18n }: { i18n: Record<Language, I18n> }) {
  return (
    <Routes>
      <Route element={<LanguageRoot instances={i18n} />}>
        <Route element={<StaffLayout />}>
          <Route index element={<StartPage />} />
          <Route path={PATHS.chooseUnit} element={<ChooseUnitRoute />} />
          <Route path={PATHS.loginRefused} element={<LoginRefusedPage />} />
          <Route path={PATHS.loggedOut} element={<LoggedOutPage />} />
          <Route path={PATHS.terms} element={<TermsPage />} />
          <Route path={PATHS.accessibility} element={<AccessibilityPage />} />
          <Route path={PATHS.privacy} element={<PrivacyPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
