import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import { type CloseCaseInput } from '../../gql/graphql.ts';
import { type CaseChangeResult, caseChangeFailure } from './case-mutation-result.ts';

const STAFF_CLOSE_CASE = graphql(`
  mutation StaffCloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) {
      ...StaffCaseFields
    }
  }
`);

/** Closes an answered case. */
export function useCloseCase(): {
  close: (input: CloseCaseInput) => Promise<CaseChangeResult>;
  closing: boolean;
} {
  const [mutate, { loading }] = useMutation(STAFF_CLOSE_CASE);
  return {
    close: async (input) => {
      try {
        await mutate({ variables: { input } });
        return { outcome: 'done' };
      } catch (error) {
        return caseChangeFailure(error);
      }
    },
    closing: loading,
  };
}
