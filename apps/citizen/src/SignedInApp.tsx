import { SurfaceApollo, type ViewerProbeOutcome } from '@etj/spa';
import { type I18nInstances } from '@etj/ui';
import { CitizenApp } from './App.tsx';
import { type CitizenMeQuery, CitizenMeDocument } from './gql/graphql.ts';

/**
 * The whole citizen SPA with Apollo, loaded when someone is logged in (or a page other than the
 * anonymous ones is asked for). The early probe's answer seeds the cache, so the viewer is not
 * asked for twice.
 */
export function signedInApp(
  i18n: I18nInstances,
  outcome: ViewerProbeOutcome<CitizenMeQuery> | undefined,
) {
  return (
    <SurfaceApollo
      surface="citizen"
      seed={(client) => {
        if (outcome?.status === 'signed-in') {
          client.writeQuery({ query: CitizenMeDocument, data: outcome.data });
        }
      }}
    >
      <CitizenApp i18n={i18n} />
    </SurfaceApollo>
  );
}
