import { lazyPage, SpaRoutes } from '@etj/spa';
import { type I18nInstances } from '@etj/ui';
import { Route } from 'react-router';
import { AdminRoute } from './features/admin/AdminRoute.tsx';
import { WorkRoute } from './features/case-handling/WorkRoute.tsx';
import { StartPage } from './features/identity/StartPage.tsx';
import { useStaffViewerState } from './features/identity/use-staff-viewer.ts';
import { STAFF_SESSION_DOCUMENTS } from './features/session/staff-session-documents.ts';
import { PATHS } from './routing/paths.ts';
import './styles/admin.css';
import './styles/case-work.css';

// Every page but the start page loads with its own chunk the first time it is visited (the
// guards around them are small and stay, so a page does not wait for its guard's chunk); the
// admin pages and the form builder never reach a receiver's or a caregiver's start page.
const AccessLogPage = lazyPage(
  () => import('./features/access-log/AccessLogPage.tsx'),
  'AccessLogPage',
);
const AlertSettingsPage = lazyPage(
  () => import('./features/alerts/AlertSettingsPage.tsx'),
  'AlertSettingsPage',
);
const CasePage = lazyPage(() => import('./features/case-handling/CasePage.tsx'), 'CasePage');
const QueuePage = lazyPage(() => import('./features/case-handling/QueuePage.tsx'), 'QueuePage');
const WorkListPage = lazyPage(
  () => import('./features/case-handling/WorkListPage.tsx'),
  'WorkListPage',
);
const ClinicCaseTypePage = lazyPage(
  () => import('./features/clinic-case-types/ClinicCaseTypePage.tsx'),
  'ClinicCaseTypePage',
);
const ClinicCaseTypesPage = lazyPage(
  () => import('./features/clinic-case-types/ClinicCaseTypesPage.tsx'),
  'ClinicCaseTypesPage',
);
const CustomCaseTypeBuilderPage = lazyPage(
  () => import('./features/custom-case-types/CustomCaseTypeBuilderPage.tsx'),
  'CustomCaseTypeBuilderPage',
);
const CustomCaseTypesPage = lazyPage(
  () => import('./features/custom-case-types/CustomCaseTypesPage.tsx'),
  'CustomCaseTypesPage',
);
const ClinicRolesPage = lazyPage(
  () => import('./features/clinic-roles/ClinicRolesPage.tsx'),
  'ClinicRolesPage',
);
const AdminLogPage = lazyPage(
  () => import('./features/admin-log/AdminLogPage.tsx'),
  'AdminLogPage',
);
const StandardAnswersPage = lazyPage(
  () => import('./features/standard-answers/StandardAnswersPage.tsx'),
  'StandardAnswersPage',
);
const RegionOfferingPage = lazyPage(
  () => import('./features/region-offering/RegionOfferingPage.tsx'),
  'RegionOfferingPage',
);
const ServiceStatusAdminPage = lazyPage(
  () => import('./features/service-status/ServiceStatusAdminPage.tsx'),
  'ServiceStatusAdminPage',
);
const StatisticsPage = lazyPage(
  () => import('./features/statistics/StatisticsPage.tsx'),
  'StatisticsPage',
);
const SupportPage = lazyPage(() => import('./features/support/SupportPage.tsx'), 'SupportPage');
const SupportQueuePage = lazyPage(
  () => import('./features/support/SupportQueuePage.tsx'),
  'SupportQueuePage',
);
const SupportReportPage = lazyPage(
  () => import('./features/support/SupportReportPage.tsx'),
  'SupportReportPage',
);
const ChooseUnitRoute = lazyPage(
  () => import('./features/units/ChooseUnitRoute.tsx'),
  'ChooseUnitRoute',
);

/** The staff SPA's routes; the router and Apollo provider come from outside (main or tests). */
export function StaffApp({ i18n }: { i18n: I18nInstances }) {
  return (
    <SpaRoutes
      surface="staff"
      i18n={i18n}
      useViewer={useStaffViewerState}
      sessionDocuments={STAFF_SESSION_DOCUMENTS}
      start={<StartPage />}
    >
      <Route path={PATHS.chooseUnit} element={<ChooseUnitRoute />} />
      <Route path={PATHS.alertSettings} element={<AlertSettingsPage />} />
      <Route path={PATHS.support} element={<SupportPage />} />
      <Route path={PATHS.supportReport} element={<SupportReportPage />} />
      <Route
        path={PATHS.supportQueue}
        element={
          <AdminRoute need="serviceAdmin">
            <SupportQueuePage />
          </AdminRoute>
        }
      />
      <Route
        path={PATHS.statistics}
        element={
          <AdminRoute need="statistics">
            <StatisticsPage />
          </AdminRoute>
        }
      />
      <Route
        path={PATHS.serviceStatus}
        element={
          <AdminRoute need="serviceAdmin">
            <ServiceStatusAdminPage />
          </AdminRoute>
        }
      />
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
        path={PATHS.clinicRoles}
        element={
          <AdminRoute need="clinicAdmin">
            <ClinicRolesPage />
          </AdminRoute>
        }
      />
      <Route
        path={PATHS.adminLog}
        element={
          <AdminRoute need="adminLog">
            <AdminLogPage />
          </AdminRoute>
        }
      />
      <Route
        path={PATHS.standardAnswers}
        element={
          <AdminRoute need="clinicAdmin">
            <StandardAnswersPage />
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
