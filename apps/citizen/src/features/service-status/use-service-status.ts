import { useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';
import { type CitizenServiceStatusQuery } from '../../gql/graphql.ts';

export type ServiceAnnouncement = CitizenServiceStatusQuery['serviceStatus']['current'][number];

const CITIZEN_SERVICE_STATUS = graphql(`
  query CitizenServiceStatus {
    serviceStatus {
      current {
        ...CitizenServiceAnnouncement
      }
      upcoming {
        ...CitizenServiceAnnouncement
      }
    }
  }
  fragment CitizenServiceAnnouncement on ServiceAnnouncement {
    id
    kind
    affected
    title {
      sv
      en
    }
    body {
      sv
      en
    }
    startsAt
    endsAt
    publishedAt
    updates {
      id
      text {
        sv
        en
      }
      at
    }
  }
`);

/** What is disturbed or under maintenance now, and what is planned; no login needed. */
export function useServiceStatus() {
  const { data, error } = useQuery(CITIZEN_SERVICE_STATUS, { fetchPolicy: 'network-only' });
  return {
    current: data?.serviceStatus.current ?? null,
    upcoming: data?.serviceStatus.upcoming ?? null,
    problem: error ? readApiProblem(error) : null,
  };
}
