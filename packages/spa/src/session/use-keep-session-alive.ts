import { useMutation } from '@apollo/client/react';
import { USER_ACTIVITY_CONTEXT } from './background-link.ts';
import { type KeepSessionAliveDocument, type SessionHandleTimes } from './session-documents.ts';

/** "Fortsätt vara inloggad": counts as activity and answers the session's new times. */
export function useKeepSessionAlive(document: KeepSessionAliveDocument): {
  keepAlive: () => Promise<SessionHandleTimes | null>;
  pending: boolean;
  failed: boolean;
} {
  const [mutate, { loading, error }] = useMutation(document);
  return {
    keepAlive: async () => {
      // The user's own click: counts as activity even while before-logout work runs.
      const result = await mutate({ context: USER_ACTIVITY_CONTEXT }).catch(() => null);
      return result?.data?.keepSessionAlive ?? null;
    },
    pending: loading,
    failed: error !== undefined,
  };
}
