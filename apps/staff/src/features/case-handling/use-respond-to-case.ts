import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import { type RespondToCaseInput } from '../../gql/graphql.ts';
import { type CaseChangeResult, caseChangeFailure } from './case-mutation-result.ts';

const STAFF_RESPOND_TO_CASE = graphql(`
  mutation StaffRespondToCase($input: RespondToCaseInput!) {
    respondToCase(input: $input) {
      ...StaffCaseFields
    }
  }
`);

/** Sends an answer, a partial answer or a counter-question to the patient. */
export function useRespondToCase(): {
  respond: (input: RespondToCaseInput) => Promise<CaseChangeResult>;
  responding: boolean;
} {
  const [mutate, { loading }] = useMutation(STAFF_RESPOND_TO_CASE);
  return {
    respond: async (input) => {
      try {
        await mutate({ variables: { input } });
        return { outcome: 'done' };
      } catch (error) {
        return caseChangeFailure(error);
      }
    },
    responding: loading,
  };
}
