import { useMutation } from '@apollo/client/react';
import { type SessionTimes } from '@etj/ui';
import { type KeepSessionAliveDocument } from './session-documents.ts';

/** "Fortsätt vara inloggad": counts as activity and answers the session's new times. */
export function useKeepSessionAlive(document: KeepSessionAliveDocument): {
  keepAlive: () => Promise<SessionTimes | null>;
  pending: boolean;
  failed: boolean;
} {
  const [mutate, { loading, error }] = useMutation(document);
  return {
    keepAlive: async () => {
      const result = await mutate().catch(() => null);
      return result?.data?.keepSessionAlive ?? null;
    },
    pending: loading,
    failed: error !== undefined,
  };
}
