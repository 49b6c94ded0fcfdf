// A minimal SPA on the shared shell, so the shared pieces are tested once rather than per app.
import { gql } from '@apollo/client';
import { type MockLink } from '@apollo/client/testing';
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { eagerI18nInstances, LoadingState, ProblemNotice } from '@etj/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppPage } from '../pages/AppPage.tsx';
import { LoggedOutStartPage } from '../pages/LoggedOutStartPage.tsx';
import { type SessionDocuments } from '../session/session-documents.ts';
import { apolloViewer, useViewerQuery, type ViewerQuery } from '../session/use-viewer-query.ts';
import { type Surface } from '../routing/surface.ts';
import {
  ServiceNoticeContext,
  type ServiceNoticeLoader,
} from '../service-status/service-status-notice.ts';
import { SpaRoutes } from '../shell/SpaRoutes.tsx';
import { type AcceptTermsDocument } from '../terms/use-accept-terms.ts';
import { TermsAcceptancePage } from '../terms/TermsAcceptancePage.tsx';
import {
  ACTIVE_SESSION_TIMES,
  anonymousAnswer,
  renderSpa,
  sessionStatusAnswer,
  type Mocks,
} from '../testing/index.tsx';

type FixtureViewer = { id: string; displayName: string; mustAcceptTerms: boolean };

const FIXTURE_ME = gql`
  query FixtureMe {
    fixtureMe {
      id
      displayName
      mustAcceptTerms
    }
  }
` as TypedDocumentNode<{ fixtureMe: FixtureViewer }, Record<string, never>>;

export const FIXTURE_SESSION_DOCUMENTS: SessionDocuments = {
  status: gql`
    query FixtureSessionStatus {
      sessionStatus {
        now
        expiresAt
        warnAt
        handle
      }
    }
  `,
  keepAlive: gql`
    mutation FixtureKeepSessionAlive {
      keepSessionAlive {
        now
        expiresAt
        warnAt
        handle
      }
    }
  `,
};

export const FIXTURE_ACCEPT_TERMS: AcceptTermsDocument = gql`
  mutation FixtureAcceptTerms($version: String!) {
    acceptFixtureTerms(version: $version) {
      id
      mustAcceptTerms
    }
  }
`;

const viewerQuery: ViewerQuery<{ fixtureMe: FixtureViewer }, FixtureViewer> = {
  document: FIXTURE_ME,
  select: (data) => data.fixtureMe,
};

const catalogue = {
  product: { name: 'Fixture', tagline: 'Test', documentTitle: 'Fixture' },
  start: {
    title: 'Start',
    lead: 'Lead',
    howTitle: 'How',
    how: 'How to',
    login: 'Logga in',
    security: 'Security',
    notice: 'Notice',
  },
  home: { title: 'Översikt' },
};

const useFixtureViewer = apolloViewer(viewerQuery);

function FixtureStartPage() {
  const { t } = useTranslation();
  const state = useViewerQuery(viewerQuery);
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'anonymous':
      return <LoggedOutStartPage surface="citizen" />;
    case 'failed':
      return <ProblemNotice problem={state.problem} />;
    case 'signed-in':
      return state.viewer.mustAcceptTerms ? (
        <TermsAcceptancePage audience="citizen" acceptDocument={FIXTURE_ACCEPT_TERMS} />
      ) : (
        <AppPage title={t('home.title')} />
      );
  }
}

/** Renders the fixture SPA at `path` over mocked GraphQL (see `renderSpa`). */
export function renderFixtureApp({
  path = '/',
  mocks,
  routes,
  notices = null,
  surface = 'citizen',
}: {
  path?: string;
  mocks: Mocks;
  /** More `<Route>`s beside the shared pages. */
  routes?: ReactNode;
  /** The driftstatus banner's source (none: no banner, as in the apps' tests). */
  notices?: ServiceNoticeLoader | null;
  surface?: Surface;
}) {
  const i18n = eagerI18nInstances({ sv: catalogue, en: catalogue });
  return renderSpa({
    path,
    mocks,
    app: (
      <ServiceNoticeContext.Provider value={notices}>
        <SpaRoutes
          surface={surface}
          i18n={i18n}
          useViewer={useFixtureViewer}
          sessionDocuments={FIXTURE_SESSION_DOCUMENTS}
          start={<FixtureStartPage />}
        >
          {routes}
        </SpaRoutes>
      </ServiceNoticeContext.Provider>
    ),
  });
}

/** Nobody logged in, answered to every ask. */
export const anonymousViewer = anonymousAnswer(FIXTURE_ME);

export function signedInViewer(
  overrides: Partial<{ mustAcceptTerms: boolean }> = {},
): MockLink.MockedResponse {
  return {
    request: { query: FIXTURE_ME },
    result: {
      data: {
        fixtureMe: {
          __typename: 'FixtureViewer',
          id: 'viewer-1',
          displayName: 'Tolvan Tolvansson',
          mustAcceptTerms: false,
          ...overrides,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Session times as the server reports them (ISO strings). */
export function sessionStatus(
  times: { now: string; warnAt: string; expiresAt: string; handle?: string },
  maxUsageCount = 1,
): MockLink.MockedResponse {
  return sessionStatusAnswer(FIXTURE_SESSION_DOCUMENTS.status, times, maxUsageCount);
}

/** A session far from any warning, answered to every poll. */
export const activeSession = sessionStatus(ACTIVE_SESSION_TIMES, Number.POSITIVE_INFINITY);
