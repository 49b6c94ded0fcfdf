import { useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CitizenCaseFieldsFragment } from '../../gql/graphql.ts';

export type CitizenCase = CitizenCaseFieldsFragment;
export type CaseMessage = CitizenCase['messages'][number];
export type Attachment = CitizenCase['attachments'][number];

const CITIZEN_CASE = graphql(`
  query CitizenCase($id: ID!) {
    citizenCase(id: $id) {
      ...CitizenCaseFields
    }
  }
`);

/** One of my cases, fresh from the server on every visit. */
export function useCitizenCase(id: string): {
  caseRecord: CitizenCase | null;
  problem: ApiProblem | null;
} {
  const { data, error } = useQuery(CITIZEN_CASE, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  return {
    caseRecord: data?.citizenCase ?? null,
    problem: error ? readApiProblem(error) : null,
  };
}
