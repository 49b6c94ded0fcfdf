import { useMutation } from '@apollo/client/react';
import { TERMS_VERSIONS } from '@etj/domain';
import { type ApiProblem } from '@etj/ui';
import { readApiProblem } from '../../apollo/api-problem.ts';
import { graphql } from '../../gql/gql.ts';

const STAFF_ACCEPT_TERMS = graphql(`
  mutation StaffAcceptTerms($version: String!) {
    acceptStaffTerms(version: $version) {
      id
      mustAcceptTerms
      acceptedTermsVersion
    }
  }
`);

/**
 * Accepts the current staff terms. The answer updates the cached viewer by id, so pages that
 * show `mustAcceptTerms` move on by themselves.
 */
export function useAcceptStaffTerms(): {
  accept: () => Promise<void>;
  accepting: boolean;
  problem: ApiProblem | null;
} {
  const [mutate, { loading, error }] = useMutation(STAFF_ACCEPT_TERMS);
  return {
    accept: async () => {
      await mutate({ variables: { version: TERMS_VERSIONS.STAFF } }).catch(() => undefined);
    },
    accepting: loading,
    problem: error ? readApiProblem(error) : null,
  };
}
