import { ApolloProvider } from '@apollo/client/react';
import { languageFromSearch } from '@etj/ui';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../apollo/create-apollo-client.ts';
import { appBase, expiredUrl, graphqlUri, type Surface } from '../routing/surface.ts';

/** Starts an SPA in `#root`: Apollo against the surface's endpoint, the router at its base. */
export function mountSpa(surface: Surface, app: ReactNode): void {
  let leaving = false;
  const client = createApolloClient({
    uri: graphqlUri(surface),
    onSessionExpired: () => {
      // A whole-page load also drops everything held in memory, the Apollo cache included.
      if (leaving) return;
      leaving = true;
      window.location.assign(expiredUrl(surface, languageFromSearch(window.location.search)));
    },
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');

  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <BrowserRouter basename={appBase(surface)}>{app}</BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );
}
