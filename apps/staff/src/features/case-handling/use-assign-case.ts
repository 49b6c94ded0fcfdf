import { graphql } from '../../gql/gql.ts';
import { useCaseChange } from './use-case-change.ts';

const STAFF_ASSIGN_CASE = graphql(`
  mutation StaffAssignCase($input: AssignCaseInput!) {
    assignCase(input: $input) {
      ...StaffCaseFields
    }
  }
`);

/** Assigns the case to a caregiver; a stale revision comes back as a conflict. */
export const useAssignCase = () => useCaseChange(STAFF_ASSIGN_CASE);
