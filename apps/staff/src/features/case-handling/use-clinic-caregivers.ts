import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffClinicCaregiversQuery } from '../../gql/graphql.ts';

export type Caregiver = StaffClinicCaregiversQuery['clinicCaregivers'][number];

const STAFF_CLINIC_CAREGIVERS = graphql(`
  query StaffClinicCaregivers {
    clinicCaregivers {
      id
      name
      title
    }
  }
`);

/** The caregivers a case of the receiver's clinic can be assigned to, by name (not asked when `skip`). */
export function useClinicCaregivers({ skip = false }: { skip?: boolean } = {}): {
  caregivers: Caregiver[] | null;
  problem: ApiProblem | null;
} {
  const { data, error } = useQuery(STAFF_CLINIC_CAREGIVERS, { fetchPolicy: 'cache-first', skip });
  return {
    caregivers: data?.clinicCaregivers ?? null,
    problem: error && !data ? readApiProblem(error) : null,
  };
}
