import { useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CaseDraft } from './use-case-draft.ts';

const CITIZEN_MY_CASE_DRAFTS = graphql(`
  query CitizenMyCaseDrafts {
    myCaseDrafts {
      ...CitizenCaseDraftFields
    }
  }
`);

/** My forms in progress, newest first; asked again on every visit so a new save shows. */
export function useMyCaseDrafts(): {
  drafts: CaseDraft[] | null;
  problem: ApiProblem | null;
} {
  const { data, error } = useQuery(CITIZEN_MY_CASE_DRAFTS, {
    fetchPolicy: 'cache-and-network',
  });
  return {
    drafts: data?.myCaseDrafts ?? null,
    problem: error ? readApiProblem(error) : null,
  };
}
