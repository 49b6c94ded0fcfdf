import { type SessionDocuments } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';

/** The citizen surface's session operations, run by the shared session watch. */
export const CITIZEN_SESSION_DOCUMENTS: SessionDocuments = {
  status: graphql(`
    query CitizenSessionStatus {
      sessionStatus {
        now
        expiresAt
        warnAt
        handle
      }
    }
  `),
  keepAlive: graphql(`
    mutation CitizenKeepSessionAlive {
      keepSessionAlive {
        now
        expiresAt
        warnAt
        handle
      }
    }
  `),
};
