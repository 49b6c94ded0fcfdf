import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import { type CaseQueueFilter, type StaffCaseRowFragment } from '../../gql/graphql.ts';

export const STAFF_CASE_QUEUE = graphql(`
  query StaffCaseQueue($filter: CaseQueueFilter, $after: String, $first: Int!) {
    caseQueue(filter: $filter, after: $after, first: $first) {
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

/** One page of the clinic queue after another, with the filter the receiver chose. */
export function useCaseQueue(filter: CaseQueueFilter): CaseListState {
  const { data, error, fetchMore } = useQuery(STAFF_CASE_QUEUE, {
    variables: { filter, after: null, first: QUEUE_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const page = data?.caseQueue;
  return {
    cases: page ? page.items : null,
    problem: error && !page ? readApiProblem(error) : null,
    hasMore: Boolean(page?.nextCursor),
    loadingMore,
    loadMore: () => {
      if (!page?.nextCursor) return;
      setLoadingMore(true);
      void fetchMore({
        variables: { after: page.nextCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          caseQueue: {
            ...fetchMoreResult.caseQueue,
            items: [...previous.caseQueue.items, ...fetchMoreResult.caseQueue.items],
          },
        }),
      })
        .catch(() => undefined)
        .finally(() => {
          setLoadingMore(false);
        });
    },
  };
}
