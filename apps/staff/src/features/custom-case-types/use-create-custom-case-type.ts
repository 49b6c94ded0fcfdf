import { readApiProblem } from '@etj/spa';
import { useMutation } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { STAFF_CUSTOM_CASE_TYPES } from './use-custom-case-types.ts';

const STAFF_CREATE_CUSTOM_CASE_TYPE = graphql(`
  mutation StaffCreateCustomCaseType($input: CreateCustomCaseTypeInput!) {
    createCustomCaseType(input: $input) {
      id
    }
  }
`);

/** Creates a new own case type (a draft with one starter question) and returns its id. */
export function useCreateCustomCaseType(): {
  create: (
    nameSv: string,
    nameEn: string,
  ) => Promise<{ ok: true; id: string } | { ok: false; problem: ApiProblem }>;
  creating: boolean;
} {
  const [mutate, { loading }] = useMutation(STAFF_CREATE_CUSTOM_CASE_TYPE, {
    refetchQueries: [STAFF_CUSTOM_CASE_TYPES],
  });
  return {
    create: async (nameSv, nameEn) => {
      try {
        const result = await mutate({
          variables: { input: { nameSv, nameEn: nameEn === '' ? null : nameEn } },
        });
        if (!result.data) return { ok: false, problem: { code: 'INTERNAL_SERVER_ERROR' } };
        return { ok: true, id: result.data.createCustomCaseType.id };
      } catch (error) {
        return { ok: false, problem: readApiProblem(error) };
      }
    },
    creating: loading,
  };
}
