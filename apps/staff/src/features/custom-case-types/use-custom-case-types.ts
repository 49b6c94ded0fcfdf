import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffCustomCaseTypesQuery } from '../../gql/graphql.ts';

export type CustomCaseTypeSummary = StaffCustomCaseTypesQuery['customCaseTypes'][number];

export const STAFF_CUSTOM_CASE_TYPES = graphql(`
  query StaffCustomCaseTypes {
    customCaseTypes {
      id
      name {
        sv
        en
      }
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

export type CustomCaseTypesState =
  | { status: 'loading' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'ready'; caseTypes: CustomCaseTypeSummary[] };

/** The clinic's own case types, each with its versions (newest first). */
export function useCustomCaseTypes(): CustomCaseTypesState {
  const { data, error } = useQuery(STAFF_CUSTOM_CASE_TYPES, { fetchPolicy: 'cache-and-network' });
  if (data) return { status: 'ready', caseTypes: data.customCaseTypes };
  if (error) return { status: 'failed', problem: readApiProblem(error) };
  return { status: 'loading' };
}
