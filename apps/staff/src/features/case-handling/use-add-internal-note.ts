import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import { type CaseChangeResult, caseChangeFailure } from './case-mutation-result.ts';
import { STAFF_CASE_DETAIL } from './use-staff-case.ts';

const STAFF_ADD_INTERNAL_NOTE = graphql(`
  mutation StaffAddInternalNote($input: AddInternalNoteInput!) {
    addInternalNote(input: $input) {
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

/** Adds a note for staff only, then reloads the case so the note shows in order. */
export function useAddInternalNote(): {
  add: (caseId: string, text: string) => Promise<CaseChangeResult>;
  adding: boolean;
} {
  const [mutate, { loading }] = useMutation(STAFF_ADD_INTERNAL_NOTE, {
    refetchQueries: [STAFF_CASE_DETAIL],
    awaitRefetchQueries: true,
  });
  return {
    add: async (caseId, text) => {
      try {
        await mutate({ variables: { input: { caseId, text } } });
        return { outcome: 'done' };
      } catch (error) {
        return caseChangeFailure(error);
      }
    },
    adding: loading,
  };
}
