// The rows the demo cases are written as: one list per table, in the shape the seed inserts.
import type { CaseStory } from './data/cases.ts';
import type { StaffRole } from './data/staff.ts';

export type Json = Record<string, unknown>;
export type Status = CaseStory['status'];
export type Role = Extract<StaffRole, 'CASE_RECEIVER' | 'CAREGIVER'>;

export type CaseRows = {
  cases: {
    id: string;
    reference: string;
    clinicId: string;
    caseTypeVersionId: string;
    subjectPersonId: string;
    senderPersonId: string;
    idempotencyKey: string;
    status: Status;
    answers: Json;
    clinicOptions: Json;
    assignedStaffId: string | null;
    submittedAt: Date;
    lastEventAt: Date;
    closedAt: Date | null;
    archivedAt: Date | null;
    revision: number;
    /** Fixed when sent from the clinic's target then, on the clinic's calendar. */
    firstAnswerDueAt: Date | null;
    firstAnsweredAt: Date | null;
  }[];
  caseMessages: {
    id: string;
    caseId: string;
    recipientPersonId: string;
    authorKind: 'CITIZEN' | 'STAFF' | 'SYSTEM';
    authorPersonId: string | null;
    authorStaffId: string | null;
    kind: 'CASE_SUBMITTED' | 'ANSWER' | 'PARTIAL_ANSWER' | 'COUNTER_QUESTION' | 'CITIZEN_REPLY';
    body: Json;
    createdAt: Date;
    readAt: Date | null;
  }[];
  caseEvents: {
    id: string;
    caseId: string;
    kind:
      | 'SUBMITTED'
      | 'ASSIGNED'
      | 'REASSIGNED'
      | 'STATUS_CHANGED'
      | 'MESSAGE_ADDED'
      | 'NOTE_ADDED'
      | 'CLOSED';
    actorKind: 'CITIZEN' | 'STAFF';
    actorPersonId: string | null;
    actorStaffId: string | null;
    actorRole: Role | null;
    fromStatus: Status | null;
    toStatus: Status | null;
    details: Json | null;
    occurredAt: Date;
  }[];
  caseAssignments: {
    id: string;
    caseId: string;
    staffMemberId: string;
    assignedByStaffId: string;
    assignedAt: Date;
    endedAt: Date | null;
  }[];
  internalNotes: {
    id: string;
    caseId: string;
    authorStaffId: string;
    text: string;
    createdAt: Date;
  }[];
  attachments: {
    id: string;
    caseId: string;
    draftId: null;
    messageId: null;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    content: Buffer;
    createdAt: Date;
  }[];
  standardAnswers: {
    id: string;
    clinicId: string;
    caseTypeId: string | null;
    titleSv: string;
    textSv: string;
    createdAt: Date;
  }[];
  /** In the order they happened; the table numbers them. */
  accessLogEntries: {
    occurredAt: Date;
    staffMemberId: string;
    staffHsaId: string;
    role: Role;
    clinicId: string;
    regionId: string;
    caseId: string;
    patientPersonId: string;
    action: string;
    requestId: string;
  }[];
};
