import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
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
  const { data, error, fetchMore } = useQuery(STAFF_ACCESS_LOG, {
    variables: { filter, after: null, first: ACCESS_LOG_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const page = data?.accessLog;
  return {
    entries: page ? page.items : null,
    problem: error && !page ? readApiProblem(error) : null,
    fields: error ? readFieldProblems(error) : [],
    hasMore: Boolean(page?.nextCursor),
    loadingMore,
    loadMore: () => {
      if (!page?.nextCursor) return;
      setLoadingMore(true);
      void fetchMore({
        variables: { after: page.nextCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          accessLog: {
            ...fetchMoreResult.accessLog,
            items: [...previous.accessLog.items, ...fetchMoreResult.accessLog.items],
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
