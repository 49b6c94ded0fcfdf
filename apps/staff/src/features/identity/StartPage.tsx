import { LoadingState, ProblemNotice } from '@etj/ui';
import { TermsAcceptancePage } from '../terms/TermsAcceptancePage.tsx';
import { UnitChooserPage } from '../units/UnitChooserPage.tsx';
import { HomePage } from './HomePage.tsx';
import { LoggedOutStartPage } from './LoggedOutStartPage.tsx';
import { useStaffViewer } from './use-staff-viewer.ts';

/** `/`: the login invitation, the terms, the workplace choice, or the logged-in overview. */
export function StartPage() {
  const state = useStaffViewer();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'anonymous':
      return <LoggedOutStartPage />;
    case 'failed':
      return <ProblemNotice problem={state.problem} />;
    case 'signed-in':
      if (state.viewer.mustAcceptTerms) return <TermsAcceptancePage />;
      if (state.viewer.currentUnit === null) {
        return <UnitChooserPage viewer={state.viewer} mode="initial" />;
      }
      return <HomePage viewer={state.viewer} unit={state.viewer.currentUnit} />;
  }
}
