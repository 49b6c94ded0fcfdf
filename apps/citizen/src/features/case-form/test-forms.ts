import { rendererTestDefinition } from '@etj/spa/testing';
import { CitizenCaseTypeFormDocument } from '../../gql/graphql.ts';

/** The renderer's shared test form (packages/spa). */
export const testDefinition = rendererTestDefinition;

export function caseTypeFormAnswer(
  overrides: { closed?: boolean; attachmentsAllowed?: boolean; availableForProxy?: boolean } = {},
) {
  return {
    request: {
      query: CitizenCaseTypeFormDocument,
      variables: { clinicId: 'clinic-farsta', caseTypeId: 'type-test' },
    },
    result: {
      data: {
        caseTypeForm: {
          __typename: 'CaseTypeForm' as const,
          clinicId: 'clinic-farsta',
          caseTypeId: 'type-test',
          versionId: 'version-1',
          clinicName: 'Farsta vårdcentral',
          name: { __typename: 'LocalizedText' as const, sv: 'Testformulär', en: 'Test form' },
          definition: testDefinition as unknown as Record<string, unknown>,
          clinicOptions: {},
          closed: overrides.closed ?? false,
          notice: null,
          terms: null,
          expectedResponseDays: 3,
          attachmentsAllowed: overrides.attachmentsAllowed ?? false,
          availableForProxy: overrides.availableForProxy ?? true,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const TEST_FORM_PATH = '/clinics/clinic-farsta/case-types/type-test';
