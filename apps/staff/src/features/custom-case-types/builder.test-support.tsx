// Test support for the builder's tests: one own case type and the mocked API around it.
import {
  type SaveCustomCaseTypeInput,
  StaffCustomCaseTypeDocument,
  StaffSaveCustomCaseTypeDocument,
} from '../../gql/graphql.ts';
import {
  activeSession,
  clinicAdminUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

/** An own case type with one published version, as the API answers it. */
export const caseType = {
  __typename: 'CustomCaseType' as const,
  id: 'custom-1',
  name: { __typename: 'LocalizedText' as const, sv: 'Resevaccination', en: 'Travel vaccination' },
  hasDraft: false,
  definition: {
    formatVersion: 1,
    key: 'resevaccination-abc123',
    version: 1,
    title: { sv: 'Resevaccination', en: 'Travel vaccination' },
    clinicOptions: [],
    items: [{ linkId: 'message', type: 'text', required: true, text: { sv: 'Vart ska du resa?' } }],
  },
  versions: [
    {
      __typename: 'CaseTypeVersionInfo' as const,
      id: 'v1',
      version: 1,
      status: 'PUBLISHED',
      publishedAt: '2026-03-02T09:30:00.000Z',
    },
  ],
};

/**
 * Renders the builder for `caseType` (with `definition` instead of its own, when given), in
 * `language`, and returns the inputs of every save the builder sends.
 */
export function renderBuilder(
  definition: Record<string, unknown> = caseType.definition,
  { language = 'sv' }: { language?: 'sv' | 'en' } = {},
) {
  const loaded = { ...caseType, definition };
  const sent: SaveCustomCaseTypeInput[] = [];
  renderStaffApp({
    path: `/admin/custom-case-types/custom-1${language === 'en' ? '?lang=en' : ''}`,
    mocks: [
      signedInViewer({ currentUnit: clinicAdminUnit, units: [clinicAdminUnit] }),
      activeSession,
      {
        request: { query: StaffCustomCaseTypeDocument, variables: { id: 'custom-1' } },
        result: { data: { customCaseType: loaded } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: StaffSaveCustomCaseTypeDocument, variables: () => true },
        result: ({ input }: { input: SaveCustomCaseTypeInput }) => {
          sent.push(input);
          return {
            data: {
              saveCustomCaseType: {
                ...loaded,
                hasDraft: true,
                definition: input.definition,
                versions: [
                  {
                    ...caseType.versions[0],
                    id: 'v2',
                    version: 2,
                    status: 'DRAFT',
                    publishedAt: null,
                  },
                  ...caseType.versions,
                ],
              },
            },
          };
        },
      },
    ],
  });
  return sent;
}
