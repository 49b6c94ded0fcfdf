import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import { type StaffStandardAnswersQuery } from '../../gql/graphql.ts';

export type StandardAnswer = StaffStandardAnswersQuery['standardAnswers'][number];

const STAFF_STANDARD_ANSWERS = graphql(`
  query StaffStandardAnswers($caseId: ID!) {
    standardAnswers(caseId: $caseId) {
      id
      title
      text
      caseTypeId
    }
  }
`);

/** The clinic's ready-made answers for the case's type; none while loading or on failure. */
export function useStandardAnswers(caseId: string): StandardAnswer[] {
  const { data } = useQuery(STAFF_STANDARD_ANSWERS, { variables: { caseId } });
  return data?.standardAnswers ?? [];
}
