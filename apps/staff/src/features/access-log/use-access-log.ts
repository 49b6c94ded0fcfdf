import { readApiProblem, useKeysetPages } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type AccessLogFilter, type StaffAccessLogQuery } from '../../gql/graphql.ts';
import { readFieldProblems, type FieldProblem } from '../case-handling/field-problems.ts';

export type AccessLogEntry = StaffAccessLogQuery['accessLog']['items'][number];

export const STAFF_ACCESS_LOG = graphql(`
  query StaffAccessLog($filter: AccessLogFilter, $after: String, $first: Int!) {
    accessLog(filter: $filter, after: $after, first: $first) {
      items {
        id
        occurredAt
        staffName
        staffHsaId
        role
        action
        caseReference
        patientName
        patientIdentityNumber
      }
      nextCursor
    }
  }
`);

export const ACCESS_LOG_PAGE_SIZE = 50;

/** The clinic's access log, newest first, narrowed by the auditor's search. */
export function useAccessLog(filter: AccessLogFilter): {
  entries: AccessLogEntry[] | null;
  problem: ApiProblem | null;
  fields: FieldProblem[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
} {
  const pages = useKeysetPages(STAFF_ACCESS_LOG, 'accessLog', {
    variables: { filter, after: null, first: ACCESS_LOG_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  return {
    entries: pages.items,
    problem: pages.error && !pages.items ? readApiProblem(pages.error) : null,
    fields: pages.error ? readFieldProblems(pages.error) : [],
    hasMore: pages.hasMore,
    loadingMore: pages.loadingMore,
    loadMore: () => {
      void pages.loadMore();
    },
  };
}
