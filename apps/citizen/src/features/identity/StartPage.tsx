import { lazyPage, LoggedOutStartPage } from '@etj/spa';
import { LoadingState, ProblemNotice } from '@etj/ui';
import { CITIZEN_ACCEPT_TERMS } from '../terms/citizen-accept-terms.ts';
import { useCitizenViewer } from './use-citizen-viewer.ts';

// A visitor's first page is the login invitation; what is shown after login loads on demand.
const HomePage = lazyPage(() => import('./HomePage.tsx'), 'HomePage');
const TermsAcceptancePage = lazyPage(() => import('@etj/spa/terms'), 'TermsAcceptancePage');

/** `/`: the login invitation, the terms to accept, or the logged-in overview. */
export function StartPage() {
  const state = useCitizenViewer();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'anonymous':
      return <LoggedOutStartPage surface="citizen" />;
    case 'failed':
      return <ProblemNotice problem={state.problem} />;
    case 'signed-in':
      return state.viewer.mustAcceptTerms ? (
        <TermsAcceptancePage audience="citizen" acceptDocument={CITIZEN_ACCEPT_TERMS} />
      ) : (
        <HomePage viewer={state.viewer} />
      );
  }
}
