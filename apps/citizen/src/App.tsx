import { lazyPage, SpaRoutes } from '@etj/spa';
import { type I18nInstances } from '@etj/ui';
import { Route } from 'react-router';
import { useCitizenViewerState } from './features/identity/use-citizen-viewer.ts';
import { StartPage } from './features/identity/StartPage.tsx';
import { CITIZEN_SESSION_DOCUMENTS } from './features/session/citizen-session-documents.ts';
import { ReceiptMemoryProvider } from './features/cases/receipt-memory.tsx';
import { NOTIFICATION_SETTINGS_PATH } from './features/notifications/notification-settings-path.ts';
import './styles/case-loop.css';
import './styles/proxy.css';

// Every page but the start page loads with its own chunk the first time it is visited.
const ClinicSearchPage = lazyPage(
  () => import('./features/clinics/ClinicSearchPage.tsx'),
  'ClinicSearchPage',
);
const ClinicPage = lazyPage(() => import('./features/clinics/ClinicPage.tsx'), 'ClinicPage');
const CaseFormPage = lazyPage(
  () => import('./features/case-form/CaseFormPage.tsx'),
  'CaseFormPage',
);
const ReviewPage = lazyPage(() => import('./features/case-form/ReviewPage.tsx'), 'ReviewPage');
const ReceiptPage = lazyPage(() => import('./features/cases/ReceiptPage.tsx'), 'ReceiptPage');
const CasePage = lazyPage(() => import('./features/inbox/CasePage.tsx'), 'CasePage');
const CaseAccessLogPage = lazyPage(
  () => import('./features/access-log/CaseAccessLogPage.tsx'),
  'CaseAccessLogPage',
);
const InboxPage = lazyPage(() => import('./features/inbox/InboxPage.tsx'), 'InboxPage');
const NotificationSettingsPage = lazyPage(
  () => import('./features/notifications/NotificationSettingsPage.tsx'),
  'NotificationSettingsPage',
);
const ServiceStatusPage = lazyPage(
  () => import('./features/service-status/ServiceStatusPage.tsx'),
  'ServiceStatusPage',
);
const SubscriptionLinkPage = lazyPage(
  () => import('./features/service-status/SubscriptionLinkPage.tsx'),
  'SubscriptionLinkPage',
);
const ProxyBanner = lazyPage(() => import('./features/proxy/ProxyBanner.tsx'), 'ProxyBanner', {
  fallback: null,
});

/** The citizen SPA's routes (and the in-memory receipts of cases sent); the router and Apollo provider come from outside (main or tests). */
export function CitizenApp({ i18n }: { i18n: I18nInstances }) {
  return (
    <ReceiptMemoryProvider>
      <SpaRoutes
        surface="citizen"
        i18n={i18n}
        useViewer={useCitizenViewerState}
        sessionDocuments={CITIZEN_SESSION_DOCUMENTS}
        start={<StartPage />}
        banner={(viewer) =>
          viewer.actingFor ? (
            <ProxyBanner key={viewer.actingFor.personId} child={viewer.actingFor} />
          ) : null
        }
      >
        <Route path="clinics" element={<ClinicSearchPage />} />
        <Route path="clinics/:clinicId" element={<ClinicPage />} />
        <Route path="clinics/:clinicId/case-types/:caseTypeId" element={<CaseFormPage />} />
        <Route path="drafts/:draftId/review" element={<ReviewPage />} />
        <Route path="cases/:caseId/receipt" element={<ReceiptPage />} />
        <Route path="cases/:caseId" element={<CasePage />} />
        <Route path="cases/:caseId/access-log" element={<CaseAccessLogPage />} />
        <Route path="inbox" element={<InboxPage key="inbox" folder="INBOX" />} />
        <Route path="inbox/archive" element={<InboxPage key="archive" folder="ARCHIVE" />} />
        <Route path={NOTIFICATION_SETTINGS_PATH.slice(1)} element={<NotificationSettingsPage />} />
        {/* Driftstatus: open without login (public operations only). */}
        <Route path="driftstatus" element={<ServiceStatusPage />} />
        <Route
          path="driftstatus/confirm"
          element={<SubscriptionLinkPage key="confirm" mode="confirm" />}
        />
        <Route
          path="driftstatus/unsubscribe"
          element={<SubscriptionLinkPage key="unsubscribe" mode="unsubscribe" />}
        />
      </SpaRoutes>
    </ReceiptMemoryProvider>
  );
}
