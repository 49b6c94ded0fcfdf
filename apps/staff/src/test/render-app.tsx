import { type MockLink } from '@apollo/client/testing';
import {
  ACTIVE_SESSION_TIMES,
  anonymousAnswer,
  type Mocks,
  renderSpa,
  sessionStatusAnswer,
} from '@etj/spa/testing';
import { StaffApp } from '../App.tsx';
import { STAFF_VIEWER_QUERY } from '../features/identity/use-staff-viewer.ts';
import { STAFF_SESSION_DOCUMENTS } from '../features/session/staff-session-documents.ts';
import { type StaffRole } from '../gql/graphql.ts';
import { createI18nInstances } from '../i18n/i18n-instances.ts';

export { currentLocation, errorAnswer } from '@etj/spa/testing';

/** Renders the whole staff SPA at `path` over mocked GraphQL (see `renderSpa`). */
export function renderStaffApp({ path = '/', mocks }: { path?: string; mocks: Mocks }) {
  return renderSpa({ path, mocks, app: <StaffApp i18n={createI18nInstances()} /> });
}

export const anonymousViewer = anonymousAnswer(STAFF_VIEWER_QUERY.document);

export const clinicUnit = {
  __typename: 'StaffUnit' as const,
  id: 'unit-clinic',
  name: 'Vårdcentralen Tallbacken',
  kind: 'CLINIC' as const,
  regionName: 'Region Exempelby',
  roles: ['CASE_RECEIVER', 'CAREGIVER'] as StaffRole[],
};

export const regionUnit = {
  __typename: 'StaffUnit' as const,
  id: 'unit-region',
  name: 'Region Exempelby',
  kind: 'REGION' as const,
  regionName: 'Region Exempelby',
  roles: ['REGION_ADMIN'] as StaffRole[],
};

/** The clinic as its administrator sees it (CLINIC_ADMIN there). */
export const clinicAdminUnit = { ...clinicUnit, roles: ['CLINIC_ADMIN'] as StaffRole[] };

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
    request: { query: STAFF_VIEWER_QUERY.document },
    result: { data: { staffMe: staffViewerData(overrides) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A session far from any warning, answered to every poll. */
export const activeSession = sessionStatusAnswer(
  STAFF_SESSION_DOCUMENTS.status,
  ACTIVE_SESSION_TIMES,
  Number.POSITIVE_INFINITY,
);
