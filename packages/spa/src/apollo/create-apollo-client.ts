import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { backgroundLink } from '../session/background-link.ts';
import { sessionExpiryLink } from './session-expiry-link.ts';
import { leaveForTerms, termsRequiredLink } from './terms-required-link.ts';

/**
 * An SPA's Apollo Client for the GraphQL endpoint `uri` (same origin, so the httpOnly session
 * cookie goes along). The cache lives in memory only and is never persisted; a full page load
 * (login, logout, expiry) starts from nothing.
 */
export function createApolloClient({
  uri,
  onSessionExpired,
  onTermsRequired = leaveForTerms,
}: {
  uri: string;
  onSessionExpired: () => void;
  /** An operation was refused until the current terms are accepted (default: to the start page). */
  onTermsRequired?: () => void;
}): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionExpiryLink(onSessionExpired),
      termsRequiredLink(onTermsRequired),
      backgroundLink,
      new HttpLink({ uri, credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-first' },
      query: { fetchPolicy: 'network-only' },
    },
  });
}
