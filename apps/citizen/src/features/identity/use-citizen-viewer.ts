import { apolloViewer, useViewerQuery, type ViewerQuery, type ViewerState } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';
import { type CitizenMeQuery } from '../../gql/graphql.ts';

export type CitizenViewer = CitizenMeQuery['citizenMe'];

/** A child the guardian may act for, as the list, the banner and the viewer show it. */
export const PROXY_CHILD_FIELDS = graphql(`
  fragment ProxyChildFields on ProxyChild {
    personId
    givenName
    familyName
    personnummer
    birthDate
    proxyEndsOn
  }
`);

/** Who is logged in on the citizen surface. */
export const CITIZEN_VIEWER_QUERY: ViewerQuery<CitizenMeQuery, CitizenViewer> = {
  document: graphql(`
    query CitizenMe {
      citizenMe {
        id
        displayName
        personnummer
        mustAcceptTerms
        acceptedTermsVersion
        mayActAsGuardian
        actingFor {
          ...ProxyChildFields
        }
      }
    }
  `),
  select: (data) => data.citizenMe,
};

/** Who is logged in, if anyone. */
export function useCitizenViewer(): ViewerState<CitizenViewer> {
  return useViewerQuery(CITIZEN_VIEWER_QUERY);
}

/** The layout's `useViewer` (see SpaRoutes): the viewer query, skipped where it must not ask. */
export const useCitizenViewerState = apolloViewer(CITIZEN_VIEWER_QUERY);
