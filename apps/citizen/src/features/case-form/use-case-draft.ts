import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CitizenCaseDraftFieldsFragment } from '../../gql/graphql.ts';

export type CaseDraft = CitizenCaseDraftFieldsFragment;

const CITIZEN_CASE_DRAFT = graphql(`
  query CitizenCaseDraft($id: ID!) {
    caseDraft(id: $id) {
      ...CitizenCaseDraftFields
    }
  }
`);

/** One of my drafts, fresh from the server; nothing when `id` is null. */
export function useCaseDraft(id: string | null): {
  draft: CaseDraft | null;
  loading: boolean;
  problem: ApiProblem | null;
} {
  const { data, loading, error } = useQuery(
    CITIZEN_CASE_DRAFT,
    id === null ? skipToken : { variables: { id }, fetchPolicy: 'network-only' },
  );
  return {
    draft: data?.caseDraft ?? null,
    loading: id !== null && loading,
    problem: error ? readApiProblem(error) : null,
  };
}

/** Fetches one of my drafts again, past the cache: the latest version someone saved. */
export function useFetchCaseDraft(): (id: string) => Promise<CaseDraft> {
  const client = useApolloClient();
  return async (id) => {
    const result = await client.query({
      query: CITIZEN_CASE_DRAFT,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    if (!result.data) throw new Error('caseDraft answered without data');
    return result.data.caseDraft;
  };
}
