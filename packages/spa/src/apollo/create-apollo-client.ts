import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { sessionExpiryLink } from './session-expiry-link.ts';

/**
 * An SPA's Apollo Client for the GraphQL endpoint `uri` (same origin, so the httpOnly session
 * cookie goes along). The cache lives in memory only and is never persisted; a full page load
 * (login, logout, expiry) starts from nothing.
 */
export function createApolloClient({
  uri,
  onSessionExpired,
}: {
  uri: string;
  onSessionExpired: () => void;
}): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionExpiryLink(onSessionExpired),
      new HttpLink({ uri, credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-first' },
      query: { fetchPolicy: 'network-only' },
    },
  });
}
