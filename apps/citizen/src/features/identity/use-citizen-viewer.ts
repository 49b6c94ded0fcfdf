import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CitizenMeQuery } from '../../gql/graphql.ts';
import { isLoggedOut, readApiProblem } from '../../apollo/api-problem.ts';

const CITIZEN_ME = graphql(`
  query CitizenMe {
    citizenMe {
      id
      displayName
      personnummer
      mustAcceptTerms
      acceptedTermsVersion
    }
  }
`);

export type CitizenViewer = CitizenMeQuery['citizenMe'];

export type CitizenViewerState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'signed-in'; viewer: CitizenViewer };

/** Who is logged in, if anyone. `skip` on pages that must not ask (logged out, login refused). */
export function useCitizenViewer({ skip = false }: { skip?: boolean } = {}): CitizenViewerState {
  const { data, error, loading } = useQuery(CITIZEN_ME, { skip });
  if (skip) return { status: 'anonymous' };
  if (data) return { status: 'signed-in', viewer: data.citizenMe };
  if (error) {
    return isLoggedOut(error)
      ? { status: 'anonymous' }
      : { status: 'failed', problem: readApiProblem(error) };
  }
  return loading ? { status: 'loading' } : { status: 'anonymous' };
}
