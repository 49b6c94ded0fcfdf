import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffCustomCaseTypeQuery } from '../../gql/graphql.ts';

export type CustomCaseType = StaffCustomCaseTypeQuery['customCaseType'];

export const STAFF_CUSTOM_CASE_TYPE = graphql(`
  query StaffCustomCaseType($id: ID!) {
    customCaseType(id: $id) {
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

export type CustomCaseTypeState =
  | { status: 'loading' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'ready'; caseType: CustomCaseType };

/** One of the clinic's own case types with its newest definition and version history. */
export function useCustomCaseType(id: string): CustomCaseTypeState {
  const { data, error } = useQuery(STAFF_CUSTOM_CASE_TYPE, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (data) return { status: 'ready', caseType: data.customCaseType };
  if (error) return { status: 'failed', problem: readApiProblem(error) };
  return { status: 'loading' };
}
