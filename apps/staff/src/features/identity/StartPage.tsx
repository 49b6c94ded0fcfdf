import { lazyPage, LoggedOutStartPage } from '@etj/spa';
import { LoadingState, ProblemNotice } from '@etj/ui';
import { STAFF_ACCEPT_TERMS } from '../terms/staff-accept-terms.ts';
import { useStaffViewer } from './use-staff-viewer.ts';

// A visitor's first page is the login invitation; what is shown after login loads on demand.
const HomePage = lazyPage(() => import('./HomePage.tsx'), 'HomePage');
const TermsAcceptancePage = lazyPage(() => import('@etj/spa/terms'), 'TermsAcceptancePage');
const UnitChooserPage = lazyPage(() => import('../units/UnitChooserPage.tsx'), 'UnitChooserPage');

/** `/`: the login invitation, the terms, the workplace choice, or the logged-in overview. */
export function StartPage() {
  const state = useStaffViewer();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'anonymous':
      return <LoggedOutStartPage surface="staff" />;
    case 'failed':
      return <ProblemNotice problem={state.problem} />;
    case 'signed-in':
      if (state.viewer.mustAcceptTerms)
        return <TermsAcceptancePage audience="staff" acceptDocument={STAFF_ACCEPT_TERMS} />;
      if (state.viewer.currentUnit === null) {
        return <UnitChooserPage viewer={state.viewer} mode="initial" />;
      }
      return <HomePage viewer={state.viewer} unit={state.viewer.currentUnit} />;
  }
}
