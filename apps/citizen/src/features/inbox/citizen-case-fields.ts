import { graphql } from '../../gql/gql.ts';

/** A file as the citizen sees it: enough for a download link. */
export const CITIZEN_ATTACHMENT_FIELDS = graphql(`
  fragment CitizenAttachmentFields on AttachmentInfo {
    id
    fileName
    mediaType
    sizeBytes
  }
`);

/** A case as the case page shows it; every case mutation answers with the same fields. */
export const CITIZEN_CASE_FIELDS = graphql(`
  fragment CitizenCaseFields on CitizenCase {
    id
    reference
    status
    clinicName
    caseTypeName {
      sv
      en
    }
    submittedAt
    sentBy
    archived
    canReply
    deletionNoticeAt
    form {
      definition
      clinicOptions
      answers
    }
    attachments {
      ...CitizenAttachmentFields
    }
    messages {
      id
      kind
      authorKind
      authorName {
        sv
        en
      }
      createdAt
      readAt
      text
      outcomes {
        kind
        appointmentAt
        place
        phone
      }
      attachments {
        ...CitizenAttachmentFields
      }
    }
  }
`);
