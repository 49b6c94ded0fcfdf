import { readApiProblem } from '@etj/spa';
import { useMutation } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type SaveCustomCaseTypeInput } from '../../gql/graphql.ts';
import { type AdminFieldProblem, readAdminFieldProblems } from '../admin/admin-field-problems.ts';
import { STAFF_CUSTOM_CASE_TYPES } from './use-custom-case-types.ts';

const STAFF_SAVE_CUSTOM_CASE_TYPE = graphql(`
  mutation StaffSaveCustomCaseType($input: SaveCustomCaseTypeInput!) {
    saveCustomCaseType(input: $input) {
      id
      name {
        sv
        en
      }
      definition
      hasDraft
      versions {
        id
        version
        status
        publishedAt
      }
    }
  }
`);

export type SaveDefinitionResult =
  | { outcome: 'saved' }
  | { outcome: 'invalid'; fields: AdminFieldProblem[] }
  | { outcome: 'failed'; problem: ApiProblem };

/** Saves the form being built as a draft; after a publication the API starts a new version. */
export function useSaveCustomCaseType(): {
  save: (input: SaveCustomCaseTypeInput) => Promise<SaveDefinitionResult>;
  saving: boolean;
} {
  const [mutate, { loading }] = useMutation(STAFF_SAVE_CUSTOM_CASE_TYPE, {
    refetchQueries: [STAFF_CUSTOM_CASE_TYPES],
  });
  return {
    save: async (input) => {
      try {
        await mutate({ variables: { input } });
        return { outcome: 'saved' };
      } catch (error) {
        const problem = readApiProblem(error);
        const fields = readAdminFieldProblems(error);
        if (problem.code === 'BAD_USER_INPUT' && fields.length > 0) {
          return { outcome: 'invalid', fields };
        }
        return { outcome: 'failed', problem };
      }
    },
    saving: loading,
  };
}
