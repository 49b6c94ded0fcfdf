import { useMutation } from '@apollo/client/react';
import { TERMS_VERSIONS } from '@etj/domain';
import { type ApiProblem } from '@etj/ui';
import { readApiProblem } from '../../apollo/api-problem.ts';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_ACCEPT_TERMS = graphql(`
  mutation CitizenAcceptTerms($version: String!) {
    acceptCitizenTerms(version: $version) {
      id
      mustAcceptTerms
      acceptedTermsVersion
    }
  }
`);

/**
 * Accepts the current citizen terms. The answer updates the cached viewer by id, so pages that
 * show `mustAcceptTerms` move on by themselves.
 */
export function useAcceptCitizenTerms(): {
  accept: () => Promise<void>;
  accepting: boolean;
  problem: ApiProblem | null;
} {
  const [mutate, { loading, error }] = useMutation(CITIZEN_ACCEPT_TERMS);
  return {
    accept: async () => {
      await mutate({ variables: { version: TERMS_VERSIONS.CITIZEN } }).catch(() => undefined);
    },
    accepting: loading,
    problem: error ? readApiProblem(error) : null,
  };
}
