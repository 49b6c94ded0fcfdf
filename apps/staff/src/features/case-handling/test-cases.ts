import { rendererTestDefinition } from '@etj/spa/testing';
import { type StaffCaseFieldsFragment, type StaffCaseRowFragment } from '../../gql/graphql.ts';

/** A queue or work-list row; `n` makes the id and reference unique. */
export function caseRow(
  n: number,
  overrides: Partial<StaffCaseRowFragment> = {},
): StaffCaseRowFragment {
  const row = {
    __typename: 'StaffCaseSummary',
    id: `case-${String(n)}`,
    reference: `E-2026-0000${String(n).padStart(4, '0')}`,
    status: 'NEW',
    submittedAt: '2026-11-20T08:15:00.000Z',
    lastEventAt: '2026-11-20T08:15:00.000Z',
    caseTypeId: 'ct-renew',
    caseTypeName: { __typename: 'LocalizedText', sv: 'Förnya recept', en: 'Renew prescription' },
    patientName: 'Tolvan Tolvansson',
    patientIdentityNumber: '19121212-1212',
    assignee: null,
    revision: 1,
    firstAnswerDue: null,
  };
  return { ...(row as StaffCaseRowFragment), ...overrides };
}

/** A case as `staffCase` answers it, with one submitted message. */
export function staffCase(
  overrides: Partial<StaffCaseFieldsFragment> = {},
): StaffCaseFieldsFragment {
  // Written as the server answers, __typename included, which the fragment type leaves out.
  const answer = {
    __typename: 'StaffCase',
    id: 'case-1',
    reference: 'E-2026-7F3A9C21',
    status: 'NEW',
    submittedAt: '2026-11-20T08:15:00.000Z',
    lastEventAt: '2026-11-20T08:15:00.000Z',
    caseTypeId: 'ct-renew',
    caseTypeName: { __typename: 'LocalizedText', sv: 'Förnya recept', en: 'Renew prescription' },
    clinicName: 'Vårdcentralen Tallbacken',
    patientName: 'Tolvan Tolvansson',
    patientIdentityNumber: '19121212-1212',
    sentBy: null,
    assignee: null,
    revision: 3,
    canAssign: true,
    canRespond: true,
    deletesAt: '2028-11-20T08:15:00.000Z',
    firstAnswerDue: null,
    form: {
      __typename: 'SentForm',
      definition: rendererTestDefinition,
      answers: { medicines: [{ name: 'Levaxin 50 mikrogram' }], hasPain: false },
      clinicOptions: {},
    },
    attachments: [
      {
        __typename: 'AttachmentInfo',
        id: 'att-1',
        fileName: 'recept.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 20480,
      },
    ],
    messages: [
      {
        __typename: 'CaseMessageView',
        id: 'msg-1',
        kind: 'CASE_SUBMITTED',
        authorKind: 'SYSTEM',
        authorName: null,
        text: null,
        createdAt: '2026-11-20T08:15:00.000Z',
        readAt: null,
        outcomes: [],
        attachments: [],
      },
    ],
    notes: [],
  };
  return { ...(answer as StaffCaseFieldsFragment), ...overrides };
}

export const caregivers = [
  { __typename: 'StaffMemberRef' as const, id: 'staff-2', name: 'Anna Andersson', title: 'Läkare' },
  { __typename: 'StaffMemberRef' as const, id: 'staff-3', name: 'Bo Berg', title: 'Sjuksköterska' },
];
