import { readApiProblem, useKeysetPages } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffAdminLogQuery } from '../../gql/graphql.ts';

export type AdminLogEntry = StaffAdminLogQuery['adminLog']['items'][number];

export const STAFF_ADMIN_LOG = graphql(`
  query StaffAdminLog($after: String, $first: Int!) {
    adminLog(after: $after, first: $first) {
      items {
        id
        occurredAt
        staffName
        staffHsaId
        role
        action
        caseTypeNameSv
        caseTypeNameEn
        subjectName
        subjectRole
        enabled
      }
      nextCursor
    }
  }
`);

export const ADMIN_LOG_PAGE_SIZE = 50;

/** The administrative actions at the chosen clinic or region, newest first. */
export function useAdminLog(): {
  entries: AdminLogEntry[] | null;
  problem: ApiProblem | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
} {
  const pages = useKeysetPages(STAFF_ADMIN_LOG, 'adminLog', {
    variables: { after: null, first: ADMIN_LOG_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  return {
    entries: pages.items,
    problem: pages.error && !pages.items ? readApiProblem(pages.error) : null,
    hasMore: pages.hasMore,
    loadingMore: pages.loadingMore,
    loadMore: () => {
      void pages.loadMore();
    },
  };
}
