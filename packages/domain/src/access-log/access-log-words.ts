/**
 * The words for who did what in the access log, in Swedish and English: the staff roles and the
 * access actions as the auditor's page, the patient's page and the patient's CSV and PDF
 * downloads all show them. One table, so that the log reads the same wherever it is read.
 */
export type StaffRoleWord =
  'CASE_RECEIVER' | 'CAREGIVER' | 'CLINIC_ADMIN' | 'AUDITOR' | 'REGION_ADMIN' | 'SERVICE_ADMIN';

/** What the access log records a staff member did with a case: a closed set (a GraphQL enum). */
export const ACCESS_ACTIONS = [
  'LIST_QUEUE',
  'LIST_WORK',
  'READ_CASE',
  'READ_ATTACHMENT',
  'ASSIGN_CASE',
  'ANSWER_CASE',
  'PARTIAL_ANSWER_CASE',
  'ASK_COUNTER_QUESTION',
  'CLOSE_CASE',
  'ADD_NOTE',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];
export type AccessActionWord = AccessAction;

/** Swedish and English words for each key. */
export type Words<Key extends string> = {
  readonly sv: Readonly<Record<Key, string>>;
  readonly en: Readonly<Record<Key, string>>;
};

export const STAFF_ROLE_WORDS: Words<StaffRoleWord> = {
  sv: {
    CASE_RECEIVER: 'Ärendemottagare',
    CAREGIVER: 'Vårdgivare',
    CLINIC_ADMIN: 'Administratör',
    AUDITOR: 'Granskare',
    REGION_ADMIN: 'Regional förvaltare',
    SERVICE_ADMIN: 'Nationell tjänsteförvaltare',
  },
  en: {
    CASE_RECEIVER: 'Case receiver',
    CAREGIVER: 'Caregiver',
    CLINIC_ADMIN: 'Administrator',
    AUDITOR: 'Auditor',
    REGION_ADMIN: 'Regional manager',
    SERVICE_ADMIN: 'National service administrator',
  },
};

export const ACCESS_ACTION_WORDS: Words<AccessActionWord> = {
  sv: {
    LIST_QUEUE: 'Såg ärendet i inkommande ärenden',
    LIST_WORK: 'Såg ärendet i Mina ärenden',
    READ_CASE: 'Öppnade ärendet',
    READ_ATTACHMENT: 'Öppnade en bifogad fil',
    ASSIGN_CASE: 'Tilldelade ärendet',
    ANSWER_CASE: 'Svarade patienten',
    PARTIAL_ANSWER_CASE: 'Skickade ett delsvar',
    ASK_COUNTER_QUESTION: 'Ställde en motfråga',
    CLOSE_CASE: 'Stängde ärendet',
    ADD_NOTE: 'Skrev en intern anteckning',
  },
  en: {
    LIST_QUEUE: 'Saw the request in incoming requests',
    LIST_WORK: 'Saw the request in My requests',
    READ_CASE: 'Opened the request',
    READ_ATTACHMENT: 'Opened an attached file',
    ASSIGN_CASE: 'Assigned the request',
    ANSWER_CASE: 'Answered the patient',
    PARTIAL_ANSWER_CASE: 'Sent a partial answer',
    ASK_COUNTER_QUESTION: 'Asked a follow-up question',
    CLOSE_CASE: 'Closed the request',
    ADD_NOTE: 'Wrote an internal note',
  },
};
