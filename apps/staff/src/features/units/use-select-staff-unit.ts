import { readApiProblem } from '@etj/spa';
import { useMutation } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';

const STAFF_SELECT_UNIT = graphql(`
  mutation StaffSelectUnit($unitId: ID!) {
    selectStaffUnit(unitId: $unitId) {
      id
      currentUnit {
        id
        name
        kind
        regionName
        roles
      }
    }
  }
`);

/**
 * Chooses the clinic or region the staff member works for in this session. The answer updates
 * the cached viewer by id, so the start page shows the new workplace at once.
 */
export function useSelectStaffUnit(): {
  select: (unitId: string) => Promise<boolean>;
  selecting: boolean;
  problem: ApiProblem | null;
} {
  const [mutate, { loading, error }] = useMutation(STAFF_SELECT_UNIT);
  return {
    select: async (unitId) => {
      const result = await mutate({ variables: { unitId } }).catch(() => null);
      return Boolean(result?.data);
    },
    selecting: loading,
    problem: error ? readApiProblem(error) : null,
  };
}
