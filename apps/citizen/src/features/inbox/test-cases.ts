import { type MockLink } from '@apollo/client/testing';
import { rendererTestDefinition } from '@etj/spa/testing';
import {
  CitizenCaseDocument,
  CitizenInboxDocument,
  CitizenInboxUnreadDocument,
  CitizenMarkCaseReadDocument,
  type InboxFolder,
} from '../../gql/graphql.ts';
import { type CaseMessage, type CitizenCase } from './use-citizen-case.ts';
import {
  INBOX_PAGE_SIZE,
  type InboxCase,
  type InboxEntry,
  type InboxMessage,
} from './use-inbox.ts';

const text = (sv: string, en: string) => ({ __typename: 'LocalizedText' as const, sv, en });

/** The newest message of a case in the inbox list: an answer from staff, unread. */
export function latestMessage(
  overrides: Partial<NonNullable<InboxCase['latestMessage']>> = {},
): NonNullable<InboxCase['latestMessage']> {
  const message = {
    __typename: 'InboxCaseMessage' as const,
    id: 'message-1',
    kind: 'ANSWER' as const,
    authorKind: 'STAFF' as const,
    authorName: text('Anna Andersson, sjuksköterska', 'Anna Andersson, Nurse'),
    createdAt: '2026-11-20T08:30:00.000Z',
    readAt: null,
    ...overrides,
  };
  return message;
}

/** A case in the inbox list: answered, with its answer unread unless overridden. */
export function inboxCase(id: string, overrides: Partial<InboxCase> = {}): InboxEntry {
  // Built apart from the return so the __typename the cache wants passes the excess-property check.
  const item = {
    __typename: 'InboxCase' as const,
    id,
    reference: 'E-2026-7F3A9C21',
    status: 'ANSWERED' as const,
    caseTypeName: text('Förnya recept', 'Renew a prescription'),
    clinicName: 'Farsta vårdcentral',
    submittedAt: '2026-11-19T13:05:00.000Z',
    archived: false,
    unreadCount: 1,
    waitingForReply: false,
    deletionNoticeAt: null,
    latestMessage: latestMessage({ id: `${id}-latest` }),
    ...overrides,
  };
  const latestAt = item.latestMessage?.createdAt ?? item.submittedAt;
  const entry = { __typename: 'InboxEntry' as const, id, latestAt, case: item, message: null };
  return entry;
}

/** A notice from the service in the inbox list; unread unless `readAt` is given. */
export function inboxNotice(
  id: string,
  notice: NonNullable<InboxMessage['notice']>,
  overrides: Partial<InboxMessage> = {},
): InboxEntry {
  const message = {
    __typename: 'InboxMessage' as const,
    id,
    kind: 'SYSTEM_NOTICE' as const,
    createdAt: '2026-11-20T08:30:00.000Z',
    readAt: null,
    archived: false,
    notice,
    ...overrides,
  };
  const entry = {
    __typename: 'InboxEntry' as const,
    id,
    latestAt: message.createdAt,
    case: null,
    message,
  };
  return entry;
}

/** One page of a folder, answered once for exactly these variables. */
export function inboxAnswer(
  folder: InboxFolder,
  items: InboxEntry[],
  options: { after?: string; nextCursor?: string | null; unreadCount?: number } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: CitizenInboxDocument,
      variables: {
        folder,
        first: INBOX_PAGE_SIZE,
        ...(options.after ? { after: options.after } : {}),
      },
    },
    result: {
      data: {
        inboxCases: {
          __typename: 'InboxCasePage',
          items,
          nextCursor: options.nextCursor ?? null,
          unreadCount: options.unreadCount ?? 0,
        },
      },
    },
  };
}

/** The home page's unread count, to every ask. */
export function unreadAnswer(unreadCount: number): MockLink.MockedResponse {
  return {
    request: { query: CitizenInboxUnreadDocument },
    result: { data: { inbox: { __typename: 'InboxPage', unreadCount } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const attachment = (id: string, fileName: string, sizeBytes: number) => ({
  __typename: 'AttachmentInfo' as const,
  id,
  fileName,
  mediaType: 'application/pdf',
  sizeBytes,
});

/** A message in a case. */
export function caseMessage(id: string, overrides: Partial<CaseMessage> = {}): CaseMessage {
  const message = {
    __typename: 'CaseMessageView' as const,
    id,
    kind: 'ANSWER' as const,
    authorKind: 'STAFF' as const,
    authorName: { sv: 'Anna Andersson, sjuksköterska', en: 'Anna Andersson, Nurse' },
    createdAt: '2026-11-20T08:30:00.000Z',
    readAt: null,
    text: 'Hej! Vi har bokat en tid åt dig.',
    outcomes: [],
    attachments: [],
    ...overrides,
  };
  return message;
}

const outcome = (kind: 'APPOINTMENT_BOOKED' | 'PRESCRIPTION_RENEWED' | 'PLEASE_CALL_US') => ({
  __typename: 'ResponseOutcome' as const,
  kind,
  appointmentAt: null as string | null,
  place: null as string | null,
  phone: null as string | null,
});

const outcomes = [
  {
    ...outcome('APPOINTMENT_BOOKED'),
    appointmentAt: '2026-12-03T08:30:00.000Z',
    place: 'Farsta vårdcentral',
  },
  outcome('PRESCRIPTION_RENEWED'),
  { ...outcome('PLEASE_CALL_US'), phone: '08-123 456 78' },
];

const sentForm = {
  __typename: 'SentForm' as const,
  definition: rendererTestDefinition,
  clinicOptions: {},
  answers: { medicines: [{ name: 'Levaxin' }], hasPain: false },
};

/** An answered case with a booked time, a renewed prescription and a number to call. */
export function citizenCase(overrides: Partial<CitizenCase> = {}): CitizenCase {
  const caseRecord = {
    __typename: 'CitizenCase' as const,
    id: 'case-1',
    reference: 'E-2026-7F3A9C21',
    status: 'ANSWERED' as const,
    clinicName: 'Farsta vårdcentral',
    caseTypeName: text('Förnya recept', 'Renew a prescription'),
    submittedAt: '2026-11-18T09:45:00.000Z',
    sentBy: null,
    archived: false,
    canReply: false,
    deletionNoticeAt: null,
    form: sentForm,
    attachments: [attachment('file-1', 'remiss.pdf', 120 * 1024)],
    messages: [
      caseMessage('message-0', {
        kind: 'CASE_SUBMITTED',
        authorKind: 'SYSTEM',
        authorName: null,
        text: null,
        createdAt: '2026-11-18T09:45:00.000Z',
      }),
      caseMessage('message-1', {
        outcomes,
      }),
    ],
    ...overrides,
  };
  return caseRecord;
}

/** The case query answered with `caseRecord`, to every ask. */
export function caseAnswer(caseRecord: CitizenCase): MockLink.MockedResponse {
  return {
    request: { query: CitizenCaseDocument, variables: { id: caseRecord.id } },
    result: { data: { citizenCase: caseRecord } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** markCaseRead, counting the calls in `calls`. */
export function markReadAnswer(caseRecord: CitizenCase, calls: string[]): MockLink.MockedResponse {
  return {
    request: { query: CitizenMarkCaseReadDocument, variables: () => true },
    result: ({ caseId }: { caseId: string }) => {
      calls.push(caseId);
      return { data: { markCaseRead: caseRecord } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
