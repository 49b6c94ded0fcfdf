import { AppPage, useLanguage } from '@etj/spa';
import { Paragraph } from '@digdir/designsystemet-react';
import { AppLink, LoadingState, ProblemNotice, withLanguage } from '@etj/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PATHS } from '../../routing/paths.ts';
import { useStaffViewer } from '../identity/use-staff-viewer.ts';
import { type WorkAccess, workAccess } from './work-access.ts';

/**
 * A case-work page (queue, work list, case, access log) for someone whose chosen workplace gives
 * the role; everyone else goes to the start page or is told the page is not theirs. The API
 * refuses the operations anyway; this only keeps the navigation honest.
 */
export function WorkRoute({ need, children }: { need: keyof WorkAccess; children: ReactNode }) {
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
      if (!workAccess(viewer.currentUnit)[need]) {
        return (
          <AppPage title={t('work.notAllowed.title')}>
            <Paragraph>{t(`work.notAllowed.${need}`)}</Paragraph>
            <AppLink href={PATHS.start}>{t('work.backToStart')}</AppLink>
          </AppPage>
        );
      }
      return children;
    }
  }
}
