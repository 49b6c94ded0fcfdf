import { lazyPage } from '@etj/spa';
import { CITIZEN_ACCEPT_TERMS } from '../terms/citizen-accept-terms.ts';
import { type CitizenViewer } from './use-citizen-viewer.ts';

// What is shown after login loads on demand.
const HomePage = lazyPage(() => import('./HomePage.tsx'), 'HomePage');
const TermsAcceptancePage = lazyPage(() => import('@etj/spa/terms'), 'TermsAcceptancePage');

/** `/` for someone logged in: the terms to accept, or the overview. */
export function SignedInStart({ viewer }: { viewer: CitizenViewer }) {
  return viewer.mustAcceptTerms ? (
    <TermsAcceptancePage audience="citizen" acceptDocument={CITIZEN_ACCEPT_TERMS} />
  ) : (
    <HomePage viewer={viewer} />
  );
}
