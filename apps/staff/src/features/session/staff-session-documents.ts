import { type SessionDocuments } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';

/** The staff surface's session operations, run by the shared session watch. */
export const STAFF_SESSION_DOCUMENTS: SessionDocuments = {
  status: graphql(`
    query StaffSessionStatus {
      sessionStatus {
        now
        expiresAt
        warnAt
        handle
      }
    }
  `),
  keepAlive: graphql(`
    mutation StaffKeepSessionAlive {
      keepSessionAlive {
        now
        expiresAt
        warnAt
        handle
      }
    }
  `),
};
