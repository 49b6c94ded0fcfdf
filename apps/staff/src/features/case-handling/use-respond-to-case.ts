import { graphql } from '../../gql/gql.ts';
import { useCaseChange } from './use-case-change.ts';

const STAFF_RESPOND_TO_CASE = graphql(`
  mutation StaffRespondToCase($input: RespondToCaseInput!) {
    respondToCase(input: $input) {
      ...StaffCaseFields
    }
  }
`);

/** Sends an answer, a partial answer or a counter-question to the patient. */
export const useRespondToCase = () => useCaseChange(STAFF_RESPOND_TO_CASE);
