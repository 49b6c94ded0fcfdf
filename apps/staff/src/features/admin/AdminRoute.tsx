import { AppPage, useLanguage } from '@etj/spa';
import { Paragraph } from '@digdir/designsystemet-react';
import { AppLink, LoadingState, ProblemNotice, withLanguage } from '@etj/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PATHS } from '../../routing/paths.ts';
import { useStaffViewer } from '../identity/use-staff-viewer.ts';
import { type AdminAccess, adminAccess } from './admin-access.ts';

/**
 * An administration page for someone whose chosen workplace gives the role; everyone else is
 * sent to the start page (login, terms, workplace) or told the page is not theirs. The API
 * refuses the operations anyway; this only keeps the navigation honest.
 */
export function AdminRoute({ need, children }: { need: keyof AdminAccess; children: ReactNode }) {
  const state = useStaffViewer();
  const language = useLanguage();
  const { t } = useTranslation();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'anonymous':
      return <Navigate to={withLanguage(PATHS.start, language)} replace />;
    case 'failed':
      return <ProblemNotice problem={state.problem} />;
    case 'signed-in': {
      const { viewer } = state;
      if (viewer.mustAcceptTerms || viewer.currentUnit === null) {
        return <Navigate to={withLanguage(PATHS.start, language)} replace />;
      }
      if (!adminAccess(viewer.currentUnit)[need]) {
        return (
          <AppPage title={t('admin.notAllowed.title')}>
            <Paragraph>{t('admin.notAllowed.body')}</Paragraph>
            <AppLink href={PATHS.start}>{t('admin.backToStart')}</AppLink>
          </AppPage>
        );
      }
      return children;
    }
  }
}
