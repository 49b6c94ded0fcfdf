import { useQuery } from '@apollo/client/react';
import { readApiProblem, useKeysetPages } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CitizenInboxQuery, type InboxFolder } from '../../gql/graphql.ts';

/** One entry of the list: a case with its newest message, or a notice (`message`). */
export type InboxEntry = CitizenInboxQuery['inboxCases']['items'][number];
export type InboxCase = NonNullable<InboxEntry['case']>;
/** A message that is not about a case: a notice from the service. */
export type InboxMessage = NonNullable<InboxEntry['message']>;

/** Entries per page of the inbox and the archive. */
export const INBOX_PAGE_SIZE = 20;

const CITIZEN_INBOX = graphql(`
  query CitizenInbox($folder: InboxFolder!, $first: Int!, $after: String) {
    inboxCases(folder: $folder, first: $first, after: $after) {
      items {
        id
        latestAt
        case {
          id
          reference
          status
          caseTypeName {
            sv
            en
          }
          clinicName
          submittedAt
          archived
          unreadCount
          waitingForReply
          deletionNoticeAt
          latestMessage {
            id
            kind
            authorKind
            authorName {
              sv
              en
            }
            createdAt
            readAt
          }
        }
        message {
          id
          kind
          createdAt
          readAt
          archived
          notice {
            key
            recipientRole
            childName
            endsOn
          }
        }
      }
      nextCursor
      unreadCount
    }
  }
`);

/**
 * One folder of my inbox list (my cases by their newest message, and notices), newest first,
 * asked again on every visit; `showMore` appends the next keyset page and answers how many
 * entries it added.
 */
export function useInbox(folder: InboxFolder): {
  entries: InboxEntry[] | null;
  unreadCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  problem: ApiProblem | null;
  showMore: () => Promise<number>;
} {
  const pages = useKeysetPages(CITIZEN_INBOX, 'inboxCases', {
    variables: { folder, first: INBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return {
    entries: pages.items,
    unreadCount: pages.page?.unreadCount ?? 0,
    hasMore: pages.hasMore,
    loadingMore: pages.loadingMore,
    problem: pages.error
      ? readApiProblem(pages.error)
      : pages.moreError !== null
        ? readApiProblem(pages.moreError)
        : null,
    showMore: () => (pages.loadingMore ? Promise.resolve(0) : pages.loadMore()),
  };
}

const CITIZEN_INBOX_UNREAD = graphql(`
  query CitizenInboxUnread {
    inbox(folder: INBOX, first: 1) {
      unreadCount
    }
  }
`);

/** How many of my inbox messages are unread (null until known), asked on every visit. */
export function useInboxUnreadCount(): number | null {
  const { data } = useQuery(CITIZEN_INBOX_UNREAD, { fetchPolicy: 'cache-and-network' });
  return data?.inbox.unreadCount ?? null;
}
