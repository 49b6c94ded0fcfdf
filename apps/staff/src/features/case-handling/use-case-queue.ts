import { readApiProblem, useKeysetPages } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import {
  type CaseListOrder,
  type CaseQueueFilter,
  type StaffCaseRowFragment,
} from '../../gql/graphql.ts';

export const STAFF_CASE_QUEUE = graphql(`
  query StaffCaseQueue(
    $filter: CaseQueueFilter
    $order: CaseListOrder! = STANDARD
    $after: String
    $first: Int!
  ) {
    caseQueue(filter: $filter, order: $order, after: $after, first: $first) {
      items {
        ...StaffCaseRow
      }
      nextCursor
    }
  }
`);

export const QUEUE_PAGE_SIZE = 25;

export type CaseListState = {
  cases: StaffCaseRowFragment[] | null;
  problem: ApiProblem | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
};

/** The list state of a staff case list over its keyset pages (a failed "more" is not shown). */
export function caseListState(pages: {
  items: StaffCaseRowFragment[] | null;
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => Promise<number>;
}): CaseListState {
  return {
    cases: pages.items,
    problem: pages.error && !pages.items ? readApiProblem(pages.error) : null,
    hasMore: pages.hasMore,
    loadingMore: pages.loadingMore,
    loadMore: () => {
      void pages.loadMore();
    },
  };
}

/** One page of the clinic queue after another, with the filter and order the receiver chose. */
export function useCaseQueue(filter: CaseQueueFilter, order: CaseListOrder): CaseListState {
  return caseListState(
    useKeysetPages(STAFF_CASE_QUEUE, 'caseQueue', {
      variables: { filter, order, after: null, first: QUEUE_PAGE_SIZE },
      fetchPolicy: 'network-only',
    }),
  );
}
