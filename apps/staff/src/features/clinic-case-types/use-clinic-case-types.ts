import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffClinicCaseTypesQuery } from '../../gql/graphql.ts';

export type ClinicCaseTypeSettings = StaffClinicCaseTypesQuery['clinicCaseTypes'][number];

export const STAFF_CLINIC_CASE_TYPES = graphql(`
  query StaffClinicCaseTypes {
    clinicCaseTypes {
      caseTypeId
      kind
      name {
        sv
        en
      }
      custom
      active
      options
      optionDeclarations
      terms {
        sv
        en
      }
      availableForProxy
      attachmentsAllowed
      expectedResponseDays
      responseTargetHours
      notice {
        sv
        en
      }
      closedFrom
      closedTo
      sortOrder
      revision
    }
  }
`);

export type ClinicCaseTypesState =
  | { status: 'loading' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'ready'; caseTypes: ClinicCaseTypeSettings[]; reload: () => Promise<void> };

/** The case types the administrator's clinic may offer, with its settings for each. */
export function useClinicCaseTypes(): ClinicCaseTypesState {
  const { data, error, refetch } = useQuery(STAFF_CLINIC_CASE_TYPES, {
    fetchPolicy: 'cache-and-network',
  });
  if (data) {
    return {
      status: 'ready',
      caseTypes: data.clinicCaseTypes,
      reload: async () => {
        await refetch().catch(() => undefined);
      },
    };
  }
  if (error) return { status: 'failed', problem: readApiProblem(error) };
  return { status: 'loading' };
}
