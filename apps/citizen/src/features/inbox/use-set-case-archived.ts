import { useMutation } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_SET_CASE_ARCHIVED = graphql(`
  mutation CitizenSetCaseArchived($input: SetCaseArchivedInput!) {
    setCaseArchived(input: $input) {
      ...CitizenCaseFields
    }
  }
`);

/** Moves a case to my archive or back to the inbox; my own filing, nothing changes at the clinic. */
export function useSetCaseArchived(caseId: string): {
  setArchived: (archived: boolean) => Promise<boolean>;
  busy: boolean;
  problem: ApiProblem | null;
} {
  const [mutate, { loading, error }] = useMutation(CITIZEN_SET_CASE_ARCHIVED, {
    // The inbox and archive lists are asked again when they are next shown.
    update: (cache) => {
      cache.evict({ fieldName: 'inbox' });
      cache.gc();
    },
  });
  return {
    setArchived: async (archived) => {
      const result = await mutate({ variables: { input: { caseId, archived } } }).catch(() => null);
      return result?.data?.setCaseArchived.archived === archived;
    },
    busy: loading,
    problem: error ? readApiProblem(error) : null,
  };
}
