import { useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
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
        authorName
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
  const { data, error, fetchMore } = useQuery(CITIZEN_INBOX, {
    variables: { folder, first: INBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreProblem, setMoreProblem] = useState<ApiProblem | null>(null);
  const page = data?.inbox;
  const showMore = async (): Promise<number> => {
    const after = page?.nextCursor;
    if (!after || loadingMore) return 0;
    setLoadingMore(true);
    setMoreProblem(null);
    try {
      const more = await fetchMore({
        variables: { folder, first: INBOX_PAGE_SIZE, after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          inbox: {
            ...fetchMoreResult.inbox,
            items: [...previous.inbox.items, ...fetchMoreResult.inbox.items],
          },
        }),
      });
      return more.data.inbox.items.length;
    } catch (failure) {
      setMoreProblem(readApiProblem(failure));
      return 0;
    } finally {
      setLoadingMore(false);
    }
  };
  return {
    messages: page?.items ?? null,
    unreadCount: page?.unreadCount ?? 0,
    hasMore: Boolean(page?.nextCursor),
    loadingMore,
    problem: error ? readApiProblem(error) : moreProblem,
    showMore,
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
