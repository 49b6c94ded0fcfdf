// First, so the session check leaves before anything else is evaluated.
import { viewerProbe } from './viewer-probe.ts';
import '@etj/ui/styles.css';
import { mountSplitSpa } from '@etj/spa';
import { CitizenAnonymousApp } from './AnonymousApp.tsx';
import { createCitizenI18n } from './i18n/i18n-instances.ts';

const i18n = createCitizenI18n();

mountSplitSpa('citizen', {
  probe: viewerProbe,
  anonymous: <CitizenAnonymousApp i18n={i18n} />,
  // Apollo, the GraphQL client and the app's pages load only when they are needed.
  signedIn: (outcome) =>
    import('./SignedInApp.tsx').then(({ signedInApp }) => signedInApp(i18n, outcome)),
});
