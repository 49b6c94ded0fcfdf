import { skipToken, useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CitizenClinicSearchQuery } from '../../gql/graphql.ts';

export type ClinicSearchHit = CitizenClinicSearchQuery['clinicSearch'][number];

const CITIZEN_CLINIC_SEARCH = graphql(`
  query CitizenClinicSearch($text: String!, $first: Int!) {
    clinicSearch(text: $text, first: $first) {
      id
      name
      kind
      city
      municipality
      regionName
    }
  }
`);

/** Clinics matching `text` (name or place); nothing is asked while `text` is blank. */
export function useClinicSearch(text: string): {
  loading: boolean;
  hits: ClinicSearchHit[] | null;
  problem: ApiProblem | null;
} {
  const blank = text.trim() === '';
  const { data, loading, error } = useQuery(
    CITIZEN_CLINIC_SEARCH,
    blank ? skipToken : { variables: { text: text.trim(), first: 30 } },
  );
  return {
    loading: !blank && loading,
    hits: blank ? null : (data?.clinicSearch ?? null),
    problem: error ? readApiProblem(error) : null,
  };
}
