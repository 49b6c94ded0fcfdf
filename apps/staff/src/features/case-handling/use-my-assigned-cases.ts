import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import { type CaseListState } from './use-case-queue.ts';

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
  const { data, error, fetchMore } = useQuery(STAFF_MY_ASSIGNED_CASES, {
    variables: { includeClosed, after: null, first: WORK_LIST_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const page = data?.myAssignedCases;
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
          myAssignedCases: {
            ...fetchMoreResult.myAssignedCases,
            items: [...previous.myAssignedCases.items, ...fetchMoreResult.myAssignedCases.items],
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
