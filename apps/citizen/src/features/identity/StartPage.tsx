import { lazyPage, LoggedOutStartPage, useLayoutViewer } from '@etj/spa';
import { LoadingState, ProblemNotice } from '@etj/ui';
import { type CitizenViewer } from './use-citizen-viewer.ts';

// A visitor's first page is the login invitation; what is shown after login loads on demand.
const SignedInStart = lazyPage(() => import('./SignedInStart.tsx'), 'SignedInStart');

/** `/`: the login invitation, the terms to accept, or the logged-in overview. */
export function StartPage() {
  const state = useLayoutViewer<CitizenViewer>();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'anonymous':
      return <LoggedOutStartPage surface="citizen" />;
    case 'failed':
      return <ProblemNotice problem={state.problem} />;
    case 'signed-in':
      return <SignedInStart viewer={state.viewer} />;
  }
}
