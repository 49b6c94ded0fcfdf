import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import { type DocumentNode, GraphQLError } from 'graphql';
import { type ReactElement, useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { vi } from 'vitest';
import { sessionExpiryLink } from '../apollo/session-expiry-link.ts';
import { ExternalNavigationProvider } from '../routing/external-navigation.tsx';

export type Mocks = ReadonlyArray<MockLink.MockedResponse>;

let lastLocation = '';
function LocationProbe() {
  const location = useLocation();
  useEffect(() => {
    lastLocation = `${location.pathname}${location.search}`;
  }, [location]);
  return null;
}

/** The in-app location (path and query) the router shows now. */
export function currentLocation(): string {
  return lastLocation;
}

/**
 * Renders an SPA's routes (`app`) at `path` over mocked GraphQL, with the same session expiry
 * link as production and whole-page navigation captured in `leave`.
 */
export function renderSpa({
  app,
  path = '/',
  mocks,
  before = [],
}: {
  app: ReactElement;
  path?: string;
  mocks: Mocks;
  /** Links in front of the mocks, e.g. one that holds an answer back until the test lets it go. */
  before?: ApolloLink[];
}): RenderResult & { leave: ReturnType<typeof vi.fn>; expired: ReturnType<typeof vi.fn> } {
  const leave = vi.fn();
  const expired = vi.fn();
  const link = ApolloLink.from([
    sessionExpiryLink(expired),
    ...before,
    new MockLink(mocks, { defaultOptions: { delay: 0 } }),
  ]);
  const result = render(
    <ExternalNavigationProvider leave={leave}>
      <MockedProvider link={link}>
        <MemoryRouter initialEntries={[path]}>
          {app}
          <LocationProbe />
        </MemoryRouter>
      </MockedProvider>
    </ExternalNavigationProvider>,
  );
  return { ...result, leave, expired };
}

/** A GraphQL error answer with the contract's extensions. */
export function errorAnswer(extensions: Record<string, unknown>) {
  return { errors: [new GraphQLError(String(extensions['code']), { extensions })] };
}

/** The app's viewer query answered "nobody is logged in", to every ask. */
export function anonymousAnswer(document: DocumentNode): MockLink.MockedResponse {
  return {
    request: { query: document },
    result: errorAnswer({ code: 'UNAUTHENTICATED', reason: 'NO_SESSION' }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The handle test sessions have unless a test names another (see SessionHandleTimes). */
export const TEST_SESSION_HANDLE = 'test-session-handle-01';

/** Session times as the server reports them (ISO strings), for the app's status query. */
export function sessionStatusAnswer(
  document: DocumentNode,
  times: { now: string; warnAt: string; expiresAt: string; handle?: string },
  maxUsageCount = 1,
): MockLink.MockedResponse {
  const status = { handle: TEST_SESSION_HANDLE, ...times };
  return {
    request: { query: document },
    result: { data: { sessionStatus: { __typename: 'SessionStatus', ...status } } },
    maxUsageCount,
  };
}

/** Times of a session far from any warning. */
export const ACTIVE_SESSION_TIMES = {
  now: '2026-11-25T10:00:00.000Z',
  warnAt: '2026-11-25T10:55:00.000Z',
  expiresAt: '2026-11-25T11:00:00.000Z',
};

export { rendererTestDefinition } from './renderer-test-definition.ts';
export { describeAppShell, type ShellTestApp } from './shell-tests.tsx';
