import { graphql } from '../../gql/gql.ts';

/** What the SPA keeps of a draft: enough to list it, reopen it and save it again. */
export const CASE_DRAFT_FIELDS = graphql(`
  fragment CitizenCaseDraftFields on CaseDraft {
    id
    clinicId
    clinicName
    caseTypeId
    caseTypeName {
      sv
      en
    }
    answers
    revision
    updatedAt
    deletesAt
  }
`);
