import { SpaRoutes } from '@etj/spa';
import { type Language } from '@etj/ui';
import { type i18n as I18n } from 'i18next';
import { Route } from 'react-router';
import { STAFF_VIEWER_QUERY } from './features/identity/use-staff-viewer.ts';
import { StartPage } from './features/identity/StartPage.tsx';
import { STAFF_SESSION_DOCUMENTS } from './features/session/staff-session-documents.ts';
import { ChooseUnitRoute } from './features/units/ChooseUnitRoute.tsx';
import { PATHS } from './routing/paths.ts';

/** The staff SPA's routes; the router and Apollo provider come from outside (main or tests). */
export function StaffApp({ i18n }: { i18n: Record<Language, I18n> }) {
  return (
    <SpaRoutes
      surface="staff"
      i18n={i18n}
      viewerQuery={STAFF_VIEWER_QUERY}
      sessionDocuments={STAFF_SESSION_DOCUMENTS}
      start={<StartPage />}
    >
      <Route path={PATHS.chooseUnit} element={<ChooseUnitRoute />} />
    </SpaRoutes>
  );
}
