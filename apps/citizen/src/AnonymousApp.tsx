import { SpaRoutes, useProbedViewer } from '@etj/spa';
import { type I18nInstances, LoadingState } from '@etj/ui';
import { type CitizenViewer } from './features/identity/use-citizen-viewer.ts';
import { StartPage } from './features/identity/StartPage.tsx';

/**
 * The pages someone not logged in can reach (start, logged out, login refused, terms,
 * accessibility, privacy), without Apollo: the early probe says who is logged in. Any other
 * path shows loading until the app with Apollo (SignedInApp) takes over.
 */
export function CitizenAnonymousApp({ i18n }: { i18n: I18nInstances }) {
  return (
    <SpaRoutes
      surface="citizen"
      i18n={i18n}
      useViewer={useProbedViewer<CitizenViewer>}
      start={<StartPage />}
      otherwise={<LoadingState />}
    />
  );
}
