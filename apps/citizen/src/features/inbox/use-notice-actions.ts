import { useMutation } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_MARK_MESSAGE_READ = graphql(`
  mutation CitizenMarkMessageRead($id: ID!) {
    markMessageRead(id: $id) {
      id
      readAt
    }
  }
`);

const CITIZEN_SET_MESSAGE_ARCHIVED = graphql(`
  mutation CitizenSetMessageArchived($input: SetMessageArchivedInput!) {
    setMessageArchived(input: $input) {
      id
      archived
      readAt
    }
  }
`);

/**
 * Reading and filing a message that is not about a case (a notice from the service). Filing
 * asks both folders and the unread count again, so the message moves where it belongs.
 */
export function useNoticeActions() {
  const [markRead] = useMutation(CITIZEN_MARK_MESSAGE_READ, {
    refetchQueries: ['CitizenInboxUnread'],
  });
  const [setArchived] = useMutation(CITIZEN_SET_MESSAGE_ARCHIVED, {
    refetchQueries: ['CitizenInbox', 'CitizenInboxUnread'],
    awaitRefetchQueries: true,
  });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  return {
    busy,
    problem,
    markRead: async (id: string) => {
      try {
        await markRead({ variables: { id } });
      } catch (failure) {
        setProblem(readApiProblem(failure));
      }
    },
    setArchived: async (messageId: string, archived: boolean): Promise<boolean> => {
      setBusy(true);
      setProblem(null);
      try {
        await setArchived({ variables: { input: { messageId, archived } } });
        return true;
      } catch (failure) {
        setProblem(readApiProblem(failure));
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
