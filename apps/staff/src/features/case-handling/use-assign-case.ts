import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import { type AssignCaseInput } from '../../gql/graphql.ts';
import { type CaseChangeResult, caseChangeFailure } from './case-mutation-result.ts';

const STAFF_ASSIGN_CASE = graphql(`
  mutation StaffAssignCase($input: AssignCaseInput!) {
    assignCase(input: $input) {
      ...StaffCaseFields
    }
  }
`);

/** Assigns the case to a caregiver; a stale revision comes back as a conflict. */
export function useAssignCase(): {
  assign: (input: AssignCaseInput) => Promise<CaseChangeResult>;
  assigning: boolean;
} {
  const [mutate, { loading }] = useMutation(STAFF_ASSIGN_CASE);
  return {
    assign: async (input) => {
      try {
        await mutate({ variables: { input } });
        return { outcome: 'done' };
      } catch (error) {
        return caseChangeFailure(error);
      }
    },
    assigning: loading,
  };
}
