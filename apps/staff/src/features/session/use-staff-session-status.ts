import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { type SessionTimes } from '@etj/ui';
import { isLoggedOut, isSessionExpired } from '../../apollo/api-problem.ts';
import { graphql } from '../../gql/gql.ts';

/** How often the SPA asks; the API does not count this operation as user activity. */
export const SESSION_POLL_MS = 30_000;

const STAFF_SESSION_STATUS = graphql(`
  query StaffSessionStatus {
    sessionStatus {
      now
      expiresAt
      warnAt
    }
  }
`);

/** The server's session times, polled every 30 s; `gone` when the session no longer exists. */
export function useStaffSessionStatus(): {
  times: SessionTimes | null;
  gone: boolean;
  recheck: () => void;
} {
  const { data, error, refetch } = useQuery(STAFF_SESSION_STATUS, {
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
