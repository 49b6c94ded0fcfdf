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
import {
  StaffLeaveCasePresenceDocument,
  StaffReportCasePresenceDocument,
  type StaffRole,
} from '../gql/graphql.ts';
import { createI18nInstances } from '../i18n/i18n-instances.ts';

export { currentLocation, errorAnswer } from '@etj/spa/testing';

/**
 * What an open case page asks on its own (who else has the case open): nobody else, to every
 * ask, unless the test's own mocks answer first.
 */
export const CASE_PAGE_BACKGROUND_ANSWERS: Mocks = [
  {
    request: { query: StaffReportCasePresenceDocument, variables: () => true },
    result: { data: { reportCasePresence: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: StaffLeaveCasePresenceDocument, variables: () => true },
    result: { data: { leaveCasePresence: true } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

/** Renders the whole staff SPA at `path` over mocked GraphQL (see `renderSpa`). */
export function renderStaffApp({ path = '/', mocks }: { path?: string; mocks: Mocks }) {
  return renderSpa({
    path,
    mocks: [...mocks, ...CASE_PAGE_BACKGROUND_ANSWERS],
    app: <StaffApp i18n={createI18nInstances()} />,
  });
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

type TestUnit = Omit<typeof clinicUnit, 'kind' | 'regionName'> & {
  kind: 'CLINIC' | 'REGION' | 'NATIONAL';
  regionName: string | null;
};

/** The national service administration, as its administrator sees it. */
export const nationalUnit: TestUnit = {
  __typename: 'StaffUnit' as const,
  id: 'unit-national',
  name: 'Nationell tjänsteförvaltning',
  kind: 'NATIONAL',
  regionName: null,
  roles: ['SERVICE_ADMIN'],
};

type StaffViewerOverrides = Partial<{
  mustAcceptTerms: boolean;
  currentUnit: TestUnit | null;
  units: TestUnit[];
  /** What the API says the viewer may do, where it differs from the roles of the unit. */
  permissions: Partial<ReturnType<typeof permissionsAt>>;
}>;

/**
 * What the API answers the viewer may do at a unit (apps/api/src/identity/workplace.policy.ts):
 * the test data's stand-in for the server, so that a test states roles and the SPA reads only
 * the booleans, as it does against the real API.
 */
function permissionsAt(unit: TestUnit | null) {
  const at = (kind: TestUnit['kind'], role: StaffRole) =>
    unit?.kind === kind && unit.roles.includes(role);
  return {
    mayReceiveCases: at('CLINIC', 'CASE_RECEIVER'),
    mayCareForCases: at('CLINIC', 'CAREGIVER'),
    mayAudit: at('CLINIC', 'AUDITOR'),
    mayAdministerClinic: at('CLINIC', 'CLINIC_ADMIN'),
    mayAdministerRegion: at('REGION', 'REGION_ADMIN'),
    mayAdministerService: at('NATIONAL', 'SERVICE_ADMIN'),
  };
}

/** The staff member's own data as `staffMe` answers it. */
export function staffViewerData(overrides: StaffViewerOverrides = {}) {
  const { permissions, ...rest } = overrides;
  const currentUnit = rest.currentUnit === undefined ? clinicUnit : rest.currentUnit;
  return {
    ...permissionsAt(currentUnit),
    ...permissions,
    __typename: 'StaffViewer' as const,
    id: 'staff-1',
    displayName: 'Vera Vårdare',
    title: 'Sjuksköterska',
    hsaId: 'SE2321000016-abc1',
    mustAcceptTerms: false,
    acceptedTermsVersion: '2026-11-01',
    currentUnit: clinicUnit,
    units: [clinicUnit, regionUnit],
    ...rest,
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
