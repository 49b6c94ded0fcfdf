import { readApiProblem } from '@etj/spa';
import { useMutation } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type UpdateClinicCaseTypeInput } from '../../gql/graphql.ts';
import { type AdminFieldProblem, readAdminFieldProblems } from '../admin/admin-field-problems.ts';
import { STAFF_CLINIC_CASE_TYPES } from './use-clinic-case-types.ts';

const STAFF_UPDATE_CLINIC_CASE_TYPE = graphql(`
  mutation StaffUpdateClinicCaseType($input: UpdateClinicCaseTypeInput!) {
    updateClinicCaseType(input: $input) {
      caseTypeId
      revision
    }
  }
`);

export type SaveSettingsResult =
  | { outcome: 'saved' }
  | { outcome: 'invalid'; fields: AdminFieldProblem[] }
  | { outcome: 'conflict' }
  | { outcome: 'failed'; problem: ApiProblem };

/**
 * Saves a clinic's settings for one case type, then reloads the list so every page shows the
 * new revision. A stale revision comes back as `conflict`, refused fields as `invalid`.
 */
export function useUpdateClinicCaseType(): {
  save: (input: UpdateClinicCaseTypeInput) => Promise<SaveSettingsResult>;
  saving: boolean;
} {
  const [mutate, { loading }] = useMutation(STAFF_UPDATE_CLINIC_CASE_TYPE, {
    refetchQueries: [STAFF_CLINIC_CASE_TYPES],
    awaitRefetchQueries: true,
  });
  return {
    save: async (input) => {
      try {
        await mutate({ variables: { input } });
        return { outcome: 'saved' };
      } catch (error) {
        const problem = readApiProblem(error);
        if (problem.code === 'CONFLICT') return { outcome: 'conflict' };
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
