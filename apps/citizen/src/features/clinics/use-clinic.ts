import { useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CitizenClinicQuery } from '../../gql/graphql.ts';

export type ClinicCard = CitizenClinicQuery['clinic'];
export type ClinicCaseType = ClinicCard['caseTypes'][number];

const CITIZEN_CLINIC = graphql(`
  query CitizenClinic($id: ID!) {
    clinic(id: $id) {
      id
      name
      kind
      street
      postcode
      city
      phone
      email
      regionName
      description {
        sv
        en
      }
      openingHours {
        days
        opens
        closes
      }
      caseTypes {
        id
        kind
        name {
          sv
          en
        }
        closed
        closedUntil
        notice {
          sv
          en
        }
        expectedResponseDays
        availableForProxy
      }
    }
  }
`);

/** A clinic's contact card. */
export function useClinic(id: string): {
  clinic: ClinicCard | null;
  loading: boolean;
  problem: ApiProblem | null;
} {
  const { data, loading, error } = useQuery(CITIZEN_CLINIC, { variables: { id } });
  return {
    clinic: data?.clinic ?? null,
    loading,
    problem: error ? readApiProblem(error) : null,
  };
}
