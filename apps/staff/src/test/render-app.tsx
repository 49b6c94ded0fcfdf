import { ApolloLink } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { vi } from 'vitest';
import { StaffApp } from '../App.tsx';
import { sessionExpiryLink } from '../apollo/session-expiry-link.ts';
import { StaffMeDocument, StaffSessionStatusDocument } from '../gql/graphql.ts';
import { createI18nInstances } from '../i18n/i18n-instances.ts';
import { ExternalNavigationProvider } from '../routing/external-navigation.tsx';

type Mocks = ReadonlyArray<MockLink.MockedResponse>;

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
 * Renders the whole staff SPA at `path` over mocked GraphQL, with the same session expiry
 * link as production and whole-page navigation captured in `leave`.
 */
export function renderStaffApp({
  path = '/',
  mocks,
}: {
  path?: string;
  mocks: Mocks;
}): RenderResult & { leave: ReturnType<typeof vi.fn>; expired: ReturnType<typeof vi.fn> } {
  const leave = vi.fn();
  const expired = vi.fn();
  const link = ApolloLink.from([
    sessionExpiryLink(expired),
    new MockLink(mocks, { defaultOptions: { delay: 0 } }),
  ]);
  const result = render(
    <ExternalNavigationProvider leave={leave}>
      <MockedProvider link={link}>
        <MemoryRouter initialEntries={[path]}>
          <StaffApp i18n={createI18nInstances()} />
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

export const anonymousViewer: MockLink.MockedResponse = {
  request: { query: StaffMeDocument },
  result: errorAnswer({ code: 'UNAUTHENTICATED', reason: 'NO_SESSION' }),
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export const clinicUnit = {
  __typename: 'StaffUnit' as const,
  id: 'unit-clinic',
  name: 'Vårdcentralen Tallbacken',
  kind: 'CLINIC' as const,
  regionName: 'Region Exempelby',
  roles: ['CASE_RECEIVER' as const, 'CAREGIVER' as const],
};

export const regionUnit = {
  __typename: 'StaffUnit' as const,
  id: 'unit-region',
  name: 'Region Exempelby',
  kind: 'REGION' as const,
  regionName: 'Region Exempelby',
  roles: ['REGION_ADMIN' as const],
};

type StaffViewerOverrides = Partial<{
  mustAcceptTerms: boolean;
  currentUnit: typeof clinicUnit | typeof regionUnit | null;
  units: (typeof clinicUnit | typeof regionUnit)[];
}>;

/** The staff member's own data as `staffMe` answers it. */
export function staffViewerData(overrides: StaffViewerOverrides = {}) {
  return {
    __typename: 'StaffViewer' as const,
    id: 'staff-1',
    displayName: 'Vera Vårdare',
    title: 'Sjuksköterska',
    hsaId: 'SE2321000016-abc1',
    mustAcceptTerms: false,
    acceptedTermsVersion: '2026-11-01',
    currentUnit: clinicUnit,
    units: [clinicUnit, regionUnit],
    ...overrides,
  };
}

export function signedInViewer(overrides: StaffViewerOverrides = {}): MockLink.MockedResponse {
  return {
    request: { query: StaffMeDocument },
    result: { data: { staffMe: staffViewerData(overrides) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Session times as the server reports them (ISO strings). */
export function sessionStatus(
  times: { now: string; warnAt: string; expiresAt: string },
  maxUsageCount = 1,
): MockLink.MockedResponse {
  return {
    request: { query: StaffSessionStatusDocument },
    result: { data: { sessionStatus: { __typename: 'SessionStatus', ...times } } },
    maxUsageCount,
  };
}

/** A session far from any warning, answered to every poll. */
export const activeSession = sessionStatus(
  {
    now: '2026-11-25T10:00:00.000Z',
    warnAt: '2026-11-25T10:55:00.000Z',
    expiresAt: '2026-11-25T11:00:00.000Z',
  },
  Number.POSITIVE_INFINITY,
);
