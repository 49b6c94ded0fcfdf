import { useKeysetPages } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';
import { type CaseListOrder } from '../../gql/graphql.ts';
import { type CaseListState, caseListState } from './use-case-queue.ts';

export const STAFF_MY_ASSIGNED_CASES = graphql(`
  query StaffMyAssignedCases(
    $includeClosed: Boolean!
    $order: CaseListOrder! = STANDARD
    $after: String
    $first: Int!
  ) {
    myAssignedCases(includeClosed: $includeClosed, order: $order, after: $after, first: $first) {
      items {
        ...StaffCaseRow
      }
      nextCursor
    }
  }
`);

export const WORK_LIST_PAGE_SIZE = 25;

/** The caregiver's own cases, latest event first or least time left first, page after page. */
export function useMyAssignedCases(includeClosed: boolean, order: CaseListOrder): CaseListState {
  return caseListState(
    useKeysetPages(STAFF_MY_ASSIGNED_CASES, 'myAssignedCases', {
      variables: { includeClosed, order, after: null, first: WORK_LIST_PAGE_SIZE },
      fetchPolicy: 'network-only',
    }),
  );
}
