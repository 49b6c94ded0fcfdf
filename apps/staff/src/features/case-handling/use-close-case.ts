import { graphql } from '../../gql/gql.ts';
import { useCaseChange } from './use-case-change.ts';

const STAFF_CLOSE_CASE = graphql(`
  mutation StaffCloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      ...StaffCaseFields
    }
  }
`);

/** Closes an answered case. */
export const useCloseCase = () => useCaseChange(STAFF_CLOSE_CASE);
