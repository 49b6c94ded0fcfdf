import { type AcceptTermsDocument } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';

/** Accepts the citizen terms; the answer updates the cached viewer by id. */
export const CITIZEN_ACCEPT_TERMS: AcceptTermsDocument = graphql(`
  mutation CitizenAcceptTerms($version: String!) {
    acceptCitizenTerms(version: $version) {
      id
      mustAcceptTerms
      acceptedTermsVersion
    }
  }
`);
