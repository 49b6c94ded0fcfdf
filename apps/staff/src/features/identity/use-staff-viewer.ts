import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffMeQuery } from '../../gql/graphql.ts';
import { isLoggedOut, readApiProblem } from '../../apollo/api-problem.ts';

const STAFF_ME = graphql(`
  query StaffMe {
    staffMe {
      id
      displayName
      title
      hsaId
      mustAcceptTerms
      acceptedTermsVersion
      currentUnit {
        id
        name
        kind
        regionName
        roles
      }
      units {
        id
        name
        kind
        regionName
        roles
      }
    }
  }
`);

export type StaffViewer = StaffMeQuery['staffMe'];
export type StaffUnit = StaffViewer['units'][number];

export type StaffViewerState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'signed-in'; viewer: StaffViewer };

/** Who is logged in, if anyone. `skip` on pages that must not ask (logged out, login refused). */
export function useStaffViewer({ skip = false }: { skip?: boolean } = {}): StaffViewerState {
  const { data, error, loading } = useQuery(STAFF_ME, { skip });
  if (skip) return { status: 'anonymous' };
  if (data) return { status: 'signed-in', viewer: data.staffMe };
  if (error) {
    return isLoggedOut(error)
      ? { status: 'anonymous' }
      : { status: 'failed', problem: readApiProblem(error) };
  }
  return loading ? { status: 'loading' } : { status: 'anonymous' };
}
