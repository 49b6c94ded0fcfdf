import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffRegionOfferingQuery } from '../../gql/graphql.ts';

export type RegionOfferingEntry = StaffRegionOfferingQuery['regionOffering'][number];

export const STAFF_REGION_OFFERING = graphql(`
  query StaffRegionOffering {
    regionOffering {
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

export type RegionOfferingState =
  | { status: 'loading' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'ready'; entries: RegionOfferingEntry[] };

/** The national case types and which of them the administrator's region offers. */
export function useRegionOffering(): RegionOfferingState {
  const { data, error } = useQuery(STAFF_REGION_OFFERING, { fetchPolicy: 'cache-and-network' });
  if (data) return { status: 'ready', entries: data.regionOffering };
  if (error) return { status: 'failed', problem: readApiProblem(error) };
  return { status: 'loading' };
}
