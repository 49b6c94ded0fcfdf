import { useMutation } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_DELETE_CASE_DRAFT = graphql(`
  mutation CitizenDeleteCaseDraft($id: ID!) {
    deleteCaseDraft(id: $id)
  }
`);

/** Deletes one of my drafts and drops it from every cached list. */
export function useDeleteCaseDraft(): {
  remove: (id: string) => Promise<boolean>;
  problem: ApiProblem | null;
} {
  const [mutate, { error }] = useMutation(CITIZEN_DELETE_CASE_DRAFT);
  return {
    remove: async (id) => {
      const result = await mutate({
        variables: { id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'CaseDraft', id }) });
          cache.gc();
        },
      }).catch(() => null);
      return result?.data?.deleteCaseDraft === true;
    },
    problem: error ? readApiProblem(error) : null,
  };
}
