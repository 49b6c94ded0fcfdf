import { SpaRoutes } from '@etj/spa';
import { type Language } from '@etj/ui';
import { type i18n as I18n } from 'i18next';
import { Route } from 'react-router';
import { AccessLogPage } from './features/access-log/AccessLogPage.tsx';
import { AdminRoute } from './features/admin/AdminRoute.tsx';
import { AlertSettingsPage } from './features/alerts/AlertSettingsPage.tsx';
import { CasePage } from './features/case-handling/CasePage.tsx';
import { QueuePage } from './features/case-handling/QueuePage.tsx';
import { WorkListPage } from './features/case-handling/WorkListPage.tsx';
import { WorkRoute } from './features/case-handling/WorkRoute.tsx';
import { ClinicCaseTypePage } from './features/clinic-case-types/ClinicCaseTypePage.tsx';
import { ClinicCaseTypesPage } from './features/clinic-case-types/ClinicCaseTypesPage.tsx';
import { CustomCaseTypeBuilderPage } from './features/custom-case-types/CustomCaseTypeBuilderPage.tsx';
import { CustomCaseTypesPage } from './features/custom-case-types/CustomCaseTypesPage.tsx';
import { STAFF_VIEWER_QUERY } from './features/identity/use-staff-viewer.ts';
import { StartPage } from './features/identity/StartPage.tsx';
import { RegionOfferingPage } from './features/region-offering/RegionOfferingPage.tsx';
import { STAFF_SESSION_DOCUMENTS } from './features/session/staff-session-documents.ts';
import { ChooseUnitRoute } from './features/units/ChooseUnitRoute.tsx';
import { PATHS } from './routing/paths.ts';
import './styles/admin.css';
import './styles/case-work.css';

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
      <Route path={PATHS.alertSettings} element={<AlertSettingsPage />} />
      <Route
        path={PATHS.caseQueue}
        element={
          <WorkRoute need="queue">
            <QueuePage />
          </WorkRoute>
        }
      />
      <Route
        path={PATHS.myCases}
        element={
          <WorkRoute need="workList">
            <WorkListPage />
          </WorkRoute>
        }
      />
      <Route
        path={PATHS.staffCase}
        element={
          <WorkRoute need="cases">
            <CasePage />
          </WorkRoute>
        }
      />
      <Route
        path={PATHS.accessLog}
        element={
          <WorkRoute need="accessLog">
            <AccessLogPage />
          </WorkRoute>
        }
      />
      <Route
        path={PATHS.clinicCaseTypes}
        element={
          <AdminRoute need="clinicAdmin">
            <ClinicCaseTypesPage />
          </AdminRoute>
        }
      />
      <Route
        path={PATHS.clinicCaseType}
        element={
          <AdminRoute need="clinicAdmin">
            <ClinicCaseTypePage />
          </AdminRoute>
        }
      />
      <Route
        path={PATHS.customCaseTypes}
        element={
          <AdminRoute need="clinicAdmin">
            <CustomCaseTypesPage />
          </AdminRoute>
        }
      />
      <Route
        path={PATHS.customCaseType}
        element={
          <AdminRoute need="clinicAdmin">
            <CustomCaseTypeBuilderPage />
          </AdminRoute>
        }
      />
      <Route
        path={PATHS.regionOffering}
        element={
          <AdminRoute need="regionAdmin">
            <RegionOfferingPage />
          </AdminRoute>
        }
      />
    </SpaRoutes>
  );
}
