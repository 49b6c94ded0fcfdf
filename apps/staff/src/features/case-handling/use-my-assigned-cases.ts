import { useKeysetPages } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';
import { type CaseListState, caseListState } from './use-case-queue.ts';

export const STAFF_MY_ASSIGNED_CASES = graphql(`
  query StaffMyAssignedCases($includeClosed: Boolean!, $after: String, $first: Int!) {
    myAssignedCases(includeClosed: $includeClosed, after: $after, first: $first) {
      items {
        ...StaffCaseRow
      }
      nextCursor
    }
  }
`);

export const WORK_LIST_PAGE_SIZE = 25;

/** The caregiver's own cases, latest event first, one page after another. */
export function useMyAssignedCases(includeClosed: boolean): CaseListState {
  return caseListState(
    useKeysetPages(STAFF_MY_ASSIGNED_CASES, 'myAssignedCases', {
      variables: { includeClosed, after: null, first: WORK_LIST_PAGE_SIZE },
      fetchPolicy: 'network-only',
    }),
  );
}
