import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffCaseFieldsFragment } from '../../gql/graphql.ts';

export type StaffCaseDetail = StaffCaseFieldsFragment;
export type CaseMessage = StaffCaseDetail['messages'][number];
export type InternalNote = StaffCaseDetail['notes'][number];

export const STAFF_CASE_FIELDS = graphql(`
  fragment StaffCaseFields on StaffCase {
    id
    reference
    status
    submittedAt
    lastEventAt
    caseTypeId
    caseTypeName {
      sv
      en
    }
    clinicName
    patientName
    patientIdentityNumber
    sentBy
    assignee {
      id
      name
      title
    }
    revision
    canAssign
    canRespond
    deletesAt
    firstAnswerDue {
      dueAt
      workingMinutesLeft
      state
    }
    form {
      definition
      answers
      clinicOptions
    }
    attachments {
      id
      fileName
      mediaType
      sizeBytes
    }
    messages {
      id
      kind
      authorKind
      authorName {
        sv
        en
      }
      text
      createdAt
      readAt
      outcomes {
        kind
        appointmentAt
        place
        phone
      }
      attachments {
        id
        fileName
        mediaType
        sizeBytes
      }
    }
    notes {
      id
      text
      createdAt
      author {
        id
        name
        title
      }
    }
  }
`);

export const STAFF_CASE_DETAIL = graphql(`
  query StaffCaseDetail($id: ID!) {
    staffCase(id: $id) {
      ...StaffCaseFields
    }
  }
`);

export type StaffCaseState =
  | { status: 'loading' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'ready'; caseRecord: StaffCaseDetail; reload: () => Promise<void> };

/** One case with everything the handler needs; NOT_FOUND for a case the viewer may not read. */
export function useStaffCase(id: string): StaffCaseState {
  const { data, error, refetch } = useQuery(STAFF_CASE_DETAIL, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (data) {
    return {
      status: 'ready',
      caseRecord: data.staffCase,
      reload: async () => {
        await refetch().catch(() => undefined);
      },
    };
  }
  if (error) return { status: 'failed', problem: readApiProblem(error) };
  return { status: 'loading' };
}
