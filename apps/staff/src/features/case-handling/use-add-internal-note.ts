import { graphql } from '../../gql/gql.ts';
import { useCaseChange } from './use-case-change.ts';
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
export const useAddInternalNote = () =>
  useCaseChange(STAFF_ADD_INTERNAL_NOTE, { reload: [STAFF_CASE_DETAIL] });
