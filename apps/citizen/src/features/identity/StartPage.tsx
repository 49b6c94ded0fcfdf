import { LoadingState, ProblemNotice } from '@etj/ui';
import { TermsAcceptancePage } from '../terms/TermsAcceptancePage.tsx';
import { HomePage } from './HomePage.tsx';
import { LoggedOutStartPage } from './LoggedOutStartPage.tsx';
import { useCitizenViewer } from './use-citizen-viewer.ts';

/** `/`: the login invitation, the terms to accept, or the logged-in overview. */
export function StartPage() {
  const state = useCitizenViewer();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'anonymous':
      return <LoggedOutStartPage />;
    case 'failed':
      return <ProblemNotice problem={state.problem} />;
    case 'signed-in':
      return state.viewer.mustAcceptTerms ? (
        <TermsAcceptancePage />
      ) : (
        <HomePage viewer={state.viewer} />
      );
  }
}
