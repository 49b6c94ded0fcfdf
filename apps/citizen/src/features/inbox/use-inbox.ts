import { useQuery } from '@apollo/client/react';
import { readApiProblem, useKeysetPages } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CitizenInboxQuery, type InboxFolder } from '../../gql/graphql.ts';

export type InboxMessage = CitizenInboxQuery['inbox']['items'][number];

/** Messages per page of the inbox and the archive. */
export const INBOX_PAGE_SIZE = 20;

const CITIZEN_INBOX = graphql(`
  query CitizenInbox($folder: InboxFolder!, $first: Int!, $after: String) {
    inbox(folder: $folder, first: $first, after: $after) {
      items {
        id
        kind
        caseId
        caseReference
        caseStatus
        caseTypeName {
          sv
          en
        }
        clinicName
        authorName {
          sv
          en
        }
        createdAt
        readAt
        archived
        deletionNoticeAt
        notice {
          key
          recipientRole
          childName
          endsOn
        }
      }
      nextCursor
      unreadCount
    }
  }
`);

/**
 * One folder of my messages, newest first, asked again on every visit; `showMore` appends the
 * next keyset page and answers how many messages it added.
 */
export function useInbox(folder: InboxFolder): {
  messages: InboxMessage[] | null;
  unreadCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  problem: ApiProblem | null;
  showMore: () => Promise<number>;
} {
  const pages = useKeysetPages(CITIZEN_INBOX, 'inbox', {
    variables: { folder, first: INBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return {
    messages: pages.items,
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
