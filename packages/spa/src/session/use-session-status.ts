import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { isLoggedOut, isSessionExpired } from '../apollo/api-problem.ts';
import { type SessionHandleTimes, type SessionStatusDocument } from './session-documents.ts';

/** How often the SPA asks; the API does not count this operation as user activity. */
export const SESSION_POLL_MS = 30_000;

/** The server's session times, polled every 30 s; `gone` when the session no longer exists. */
export function useSessionStatus(document: SessionStatusDocument): {
  times: SessionHandleTimes | null;
  gone: boolean;
  recheck: () => void;
} {
  const { data, error, refetch } = useQuery(document, {
    pollInterval: SESSION_POLL_MS,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const recheck = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);
  return {
    times: data?.sessionStatus ?? null,
    // Expiry is handled by the session expiry link; this is "logged out elsewhere".
    gone: error !== undefined && isLoggedOut(error) && !isSessionExpired(error),
    recheck,
  };
}
