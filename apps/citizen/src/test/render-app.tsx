import { type MockLink } from '@apollo/client/testing';
import {
  ACTIVE_SESSION_TIMES,
  anonymousAnswer,
  type Mocks,
  renderSpa,
  sessionStatusAnswer,
} from '@etj/spa/testing';
import { CitizenApp } from '../App.tsx';
import {
  CitizenInboxUnreadDocument,
  CitizenMyCaseDraftsDocument,
  CitizenMyProxyChildrenDocument,
} from '../gql/graphql.ts';
import { type ProxyChild } from '../features/proxy/proxy-child.ts';
import { CITIZEN_VIEWER_QUERY } from '../features/identity/use-citizen-viewer.ts';
import { CITIZEN_SESSION_DOCUMENTS } from '../features/session/citizen-session-documents.ts';
import { en } from '../i18n/catalogue-en.ts';
import { sv } from '../i18n/catalogue.ts';

import { eagerI18nInstances } from '@etj/ui';

export { currentLocation, errorAnswer } from '@etj/spa/testing';

/** Renders the whole citizen SPA at `path` over mocked GraphQL (see `renderSpa`). */
export function renderCitizenApp({ path = '/', mocks }: { path?: string; mocks: Mocks }) {
  return renderSpa({ path, mocks, app: <CitizenApp i18n={eagerI18nInstances({ sv, en })} /> });
}

export const anonymousViewer = anonymousAnswer(CITIZEN_VIEWER_QUERY.document);

/** A child a guardian may act for (Noah Ekström unless overridden), as the API sends it. */
export function proxyChild(overrides: Partial<ProxyChild> = {}) {
  return {
    __typename: 'ProxyChild' as const,
    personId: 'child-noah',
    givenName: 'Noah',
    familyName: 'Ekström',
    personnummer: '20220315-2384',
    birthDate: '2022-03-15',
    proxyEndsOn: '2035-03-15',
    ...overrides,
  };
}

export function signedInViewer(
  overrides: Partial<{
    mustAcceptTerms: boolean;
    acceptedTermsVersion: string | null;
    actingFor: ReturnType<typeof proxyChild> | null;
    mayActAsGuardian: boolean;
  }> = {},
): MockLink.MockedResponse {
  return {
    request: { query: CITIZEN_VIEWER_QUERY.document },
    result: {
      data: {
        citizenMe: {
          __typename: 'CitizenViewer',
          id: 'citizen-1',
          displayName: 'Tolvan Tolvansson',
          personnummer: '20000101-2384',
          mustAcceptTerms: false,
          acceptedTermsVersion: '2026-11-01',
          actingFor: null,
          mayActAsGuardian: true,
          ...overrides,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A session far from any warning, answered to every poll. */
export const activeSession = sessionStatusAnswer(
  CITIZEN_SESSION_DOCUMENTS.status,
  ACTIVE_SESSION_TIMES,
  Number.POSITIVE_INFINITY,
);

/** "Mina utkast" with nothing in it, answered to every ask. */
export const noDrafts: MockLink.MockedResponse = {
  request: { query: CitizenMyCaseDraftsDocument },
  result: { data: { myCaseDrafts: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The home page's unread count: nothing unread, answered to every ask. */
export const noUnreadMessages: MockLink.MockedResponse = {
  request: { query: CitizenInboxUnreadDocument },
  result: { data: { inbox: { __typename: 'InboxPage', unreadCount: 0 } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** "Ombud för barn" with these children, answered to every ask. */
export function proxyChildrenAnswer(
  children: ReturnType<typeof proxyChild>[] = [],
): MockLink.MockedResponse {
  return {
    request: { query: CitizenMyProxyChildrenDocument },
    result: { data: { myProxyChildren: children } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** No children to act for, answered to every ask. */
export const noProxyChildren = proxyChildrenAnswer();
