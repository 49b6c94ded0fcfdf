import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import { type SaveCaseDraftInput } from '../../gql/graphql.ts';
import { type CaseDraft } from './use-case-draft.ts';

const CITIZEN_SAVE_CASE_DRAFT = graphql(`
  mutation CitizenSaveCaseDraft($input: SaveCaseDraftInput!) {
    saveCaseDraft(input: $input) {
      ...CitizenCaseDraftFields
    }
  }
`);

/** Keeps the form on the server; rejects with the API's error (field problems, CONFLICT). */
export function useSaveCaseDraft(): {
  save: (input: SaveCaseDraftInput) => Promise<CaseDraft>;
  saving: boolean;
} {
  const [mutate, { loading }] = useMutation(CITIZEN_SAVE_CASE_DRAFT);
  return {
    save: async (input) => {
      const result = await mutate({ variables: { input } });
      if (!result.data) throw new Error('saveCaseDraft answered without data');
      return result.data.saveCaseDraft;
    },
    saving: loading,
  };
}
