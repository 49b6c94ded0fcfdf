import { readApiProblem, useKeysetPages } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CitizenCaseAccessLogQuery } from '../../gql/graphql.ts';

export type CaseAccessLogEntry = CitizenCaseAccessLogQuery['myCaseAccessLog']['items'][number];

export const CASE_ACCESS_LOG = graphql(`
  query CitizenCaseAccessLog($caseId: ID!, $after: String, $first: Int!) {
    myCaseAccessLog(caseId: $caseId, after: $after, first: $first) {
      items {
        id
        occurredAt
        clinicName
        role
        staffName
        staffTitle
        action
      }
      nextCursor
    }
  }
`);

export const CASE_ACCESS_LOG_PAGE_SIZE = 50;

/** The CSV download of the same log (the session's cookie and proxy mode go with the link). */
export const caseAccessLogCsvHref = (caseId: string, language: 'sv' | 'en') =>
  `/api/citizen/cases/${encodeURIComponent(caseId)}/access-log.csv?lang=${language}`;

/** The PDF download of the same log, as the CSV's. */
export const caseAccessLogPdfHref = (caseId: string, language: 'sv' | 'en') =>
  `/api/citizen/cases/${encodeURIComponent(caseId)}/access-log.pdf?lang=${language}`;

/** Who read or changed one of my cases, newest first, fresh on every visit. */
export function useCaseAccessLog(caseId: string): {
  entries: CaseAccessLogEntry[] | null;
  problem: ApiProblem | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
} {
  const pages = useKeysetPages(CASE_ACCESS_LOG, 'myCaseAccessLog', {
    variables: { caseId, after: null, first: CASE_ACCESS_LOG_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  return {
    entries: pages.items,
    problem: pages.error ? readApiProblem(pages.error) : null,
    hasMore: pages.hasMore,
    loadingMore: pages.loadingMore,
    loadMore: () => {
      void pages.loadMore();
    },
  };
}
