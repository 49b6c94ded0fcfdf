import { type FormDefinition } from '@etj/domain';
import { CitizenCaseTypeFormDocument } from '../../gql/graphql.ts';

/** A small form with every feature the renderer tests need. */
export const testDefinition: FormDefinition = {
  formatVersion: 1,
  key: 'test-form',
  version: 1,
  title: { sv: 'Testformulär', en: 'Test form' },
  clinicOptions: [],
  items: [
    {
      linkId: 'intro',
      type: 'display',
      text: { sv: 'Fyll i formuläret.', en: 'Fill in the form.' },
    },
    {
      linkId: 'medicines',
      type: 'group',
      repeats: true,
      minOccurs: 1,
      maxOccurs: 2,
      text: { sv: 'Läkemedel', en: 'Medicines' },
      items: [
        {
          linkId: 'name',
          type: 'string',
          required: true,
          text: { sv: 'Läkemedlets namn', en: 'Name of the medicine' },
        },
      ],
    },
    {
      linkId: 'hasPain',
      type: 'boolean',
      required: true,
      text: { sv: 'Har du ont?', en: 'Are you in pain?' },
    },
    {
      linkId: 'painLocation',
      type: 'string',
      text: { sv: 'Var har du ont?', en: 'Where does it hurt?' },
      enableWhen: [{ question: 'hasPain', operator: '=', answer: true }],
    },
    {
      linkId: 'message',
      type: 'text',
      maxLength: 20,
      text: { sv: 'Meddelande', en: 'Message' },
    },
  ],
};

export function caseTypeFormAnswer(overrides: { closed?: boolean } = {}) {
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
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const TEST_FORM_PATH = '/clinics/clinic-farsta/case-types/type-test';
