import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_REVIEW_CASE_DRAFT = graphql(`
  mutation CitizenReviewCaseDraft($id: ID!) {
    reviewCaseDraft(id: $id) {
      draftId
      ready
    }
  }
`);

/** Asks the API whether a saved draft follows every rule; rejects with field problems if not. */
export function useReviewCaseDraft(): {
  review: (id: string) => Promise<boolean>;
  reviewing: boolean;
} {
  const [mutate, { loading }] = useMutation(CITIZEN_REVIEW_CASE_DRAFT);
  return {
    review: async (id) => {
      const result = await mutate({ variables: { id } });
      return result.data?.reviewCaseDraft.ready === true;
    },
    reviewing: loading,
  };
}
