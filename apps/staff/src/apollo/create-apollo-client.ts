import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { sessionExpiryLink } from './session-expiry-link.ts';

/** The staff GraphQL endpoint; same origin, so the httpOnly session cookie goes along. */
export const GRAPHQL_URI = '/api/staff/graphql';

/**
 * The app's Apollo Client. The cache lives in memory only and is never persisted; a full page
 * load (login, logout, expiry) starts from nothing.
 */
export function createApolloClient(onSessionExpired: () => void): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionExpiryLink(onSessionExpired),
      new HttpLink({ uri: GRAPHQL_URI, credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-first' },
      query: { fetchPolicy: 'network-only' },
    },
  });
}
