import { readApiProblem } from '@etj/spa';
import { useMutation } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { STAFF_REGION_OFFERING } from './use-region-offering.ts';

const STAFF_SET_REGION_OFFERING = graphql(`
  mutation StaffSetRegionOffering($caseTypeId: ID!, $offered: Boolean!) {
    setRegionOffering(caseTypeId: $caseTypeId, offered: $offered) {
      caseTypeId
      kind
      name {
        sv
        en
      }
      offered
    }
  }
`);

/**
 * Turns one national case type on or off for the region. The answer is the whole offering,
 * written straight into the cached list so the page shows what the API saved.
 */
export function useSetRegionOffering(): {
  set: (caseTypeId: string, offered: boolean) => Promise<ApiProblem | null>;
} {
  const [mutate] = useMutation(STAFF_SET_REGION_OFFERING, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.writeQuery({
        query: STAFF_REGION_OFFERING,
        data: { regionOffering: data.setRegionOffering },
      });
    },
  });
  return {
    set: async (caseTypeId, offered) => {
      try {
        await mutate({ variables: { caseTypeId, offered } });
        return null;
      } catch (error) {
        return readApiProblem(error);
      }
    },
  };
}
