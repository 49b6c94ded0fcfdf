import { apolloViewer, useViewerQuery, type ViewerQuery, type ViewerState } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';
import { type StaffMeQuery } from '../../gql/graphql.ts';

export type StaffViewer = StaffMeQuery['staffMe'];
export type StaffUnit = StaffViewer['units'][number];

/** Who is logged in on the staff surface, with the chosen and the possible workplaces. */
export const STAFF_VIEWER_QUERY: ViewerQuery<StaffMeQuery, StaffViewer> = {
  document: graphql(`
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
        mayReceiveCases
        mayCareForCases
        mayAudit
        mayAdministerClinic
        mayAdministerRegion
        mayAdministerService
      }
    }
  `),
  select: (data) => data.staffMe,
};

/** Who is logged in, if anyone. */
export function useStaffViewer(): ViewerState<StaffViewer> {
  return useViewerQuery(STAFF_VIEWER_QUERY);
}

/** The layout's `useViewer` (see SpaRoutes): the viewer query, skipped where it must not ask. */
export const useStaffViewerState = apolloViewer(STAFF_VIEWER_QUERY);
