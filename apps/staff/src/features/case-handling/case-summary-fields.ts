import { graphql } from '../../gql/gql.ts';

/** The columns of a case row, shared by the queue and the work list. */
export const STAFF_CASE_ROW = graphql(`
  fragment StaffCaseRow on StaffCaseSummary {
    id
    reference
    status
    submittedAt
    lastEventAt
    caseTypeId
    caseTypeName {
      sv
      en
    }
    patientName
    patientIdentityNumber
    assignee {
      id
      name
      title
    }
    revision
    firstAnswerDue {
      dueAt
      workingMinutesLeft
      state
    }
  }
`);
