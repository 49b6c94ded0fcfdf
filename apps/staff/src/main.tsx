import '@etj/ui/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { languageFromSearch } from '@etj/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { StaffApp } from './App.tsx';
import { createApolloClient } from './apollo/create-apollo-client.ts';
import { createI18nInstances } from './i18n/i18n-instances.ts';
import { APP_BASE } from './routing/auth-urls.ts';
import { expiredUrl } from './routing/paths.ts';

let leaving = false;
const client = createApolloClient(() => {
  // A whole-page load also drops everything held in memory, the Apollo cache included.
  if (leaving) return;
  leaving = true;
  window.location.assign(expiredUrl(languageFromSearch(window.location.search)));
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter basename={APP_BASE}>
        <StaffApp i18n={createI18nInstances()} />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
