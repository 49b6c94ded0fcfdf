import { type ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { languageFromSearch } from '@etj/ui';
import { type ReactNode, useState } from 'react';
import { createApolloClient } from '../apollo/create-apollo-client.ts';
import { expiredUrl, graphqlUri, type Surface } from '../routing/surface.ts';

/** The surface's Apollo Client; an expired session sends the whole page to the logged-out page. */
export function createSurfaceClient(surface: Surface): ApolloClient {
  let leaving = false;
  return createApolloClient({
    uri: graphqlUri(surface),
    onSessionExpired: () => {
      // A whole-page load also drops everything held in memory, the Apollo cache included.
      if (leaving) return;
      leaving = true;
      window.location.assign(expiredUrl(surface, languageFromSearch(window.location.search)));
    },
  });
}

/**
 * Apollo for the surface, made once per page load; `seed` writes what is known already (the
 * early viewer answer) into its cache so the first page does not ask again.
 */
export function SurfaceApollo({
  surface,
  seed,
  children,
}: {
  surface: Surface;
  seed?: (client: ApolloClient) => void;
  children: ReactNode;
}) {
  const [client] = useState(() => {
    const made = createSurfaceClient(surface);
    seed?.(made);
    return made;
  });
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
