import { graphql } from '../../gql/gql.ts';

/** A report as a row of a list (mine, or the administration's queue). */
export const STAFF_SUPPORT_REPORT_ROW = graphql(`
  fragment StaffSupportReportRow on SupportReportSummary {
    id
    number
    summary
    area
    severity
    status
    createdAt
    updatedAt
    reporterName
    reporterWorkplace
  }
`);

/** A report with everything its reader may see. */
export const STAFF_SUPPORT_REPORT_FIELDS = graphql(`
  fragment StaffSupportReportFields on SupportReport {
    id
    number
    summary
    description
    area
    location
    occurredAt
    severity
    status
    createdAt
    updatedAt
    reporterName
    reporterWorkplace
    screenshot {
      fileName
      mediaType
      sizeBytes
    }
    replies {
      id
      text
      createdAt
      fromServiceAdmin
      authorName
    }
    viewerMayChangeStatus
    viewerMayReply
  }
`);
