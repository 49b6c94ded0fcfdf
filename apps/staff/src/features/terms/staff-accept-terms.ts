import { type AcceptTermsDocument } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';

/** Accepts the staff terms; the answer updates the cached viewer by id. */
export const STAFF_ACCEPT_TERMS: AcceptTermsDocument = graphql(`
  mutation StaffAcceptTerms($version: String!) {
    acceptStaffTerms(version: $version) {
      id
      mustAcceptTerms
      acceptedTermsVersion
    }
  }
`);
