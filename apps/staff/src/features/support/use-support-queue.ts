import { readApiProblem, useKeysetPages } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffSupportReportRowFragment, type SupportStatus } from '../../gql/graphql.ts';

const STAFF_SUPPORT_QUEUE = graphql(`
  query StaffSupportQueue($filter: SupportQueueFilter, $after: String, $first: Int!) {
    supportQueue(filter: $filter, after: $after, first: $first) {
      items {
        ...StaffSupportReportRow
      }
      nextCursor
    }
  }
`);

export const SUPPORT_QUEUE_PAGE_SIZE = 25;

export type SupportQueueState = {
  reports: StaffSupportReportRowFragment[] | null;
  problem: ApiProblem | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
};

/** The administration's queue, newest first, of the statuses chosen (all when none). */
export function useSupportQueue(statuses: SupportStatus[]): SupportQueueState {
  const pages = useKeysetPages(STAFF_SUPPORT_QUEUE, 'supportQueue', {
    variables: { filter: { statuses }, after: null, first: SUPPORT_QUEUE_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  return {
    reports: pages.items,
    problem: pages.error && !pages.items ? readApiProblem(pages.error) : null,
    hasMore: pages.hasMore,
    loadingMore: pages.loadingMore,
    loadMore: () => {
      void pages.loadMore();
    },
  };
}
