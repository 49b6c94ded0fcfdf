import { useMutation } from '@apollo/client/react';
import { type SessionTimes } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';

const STAFF_KEEP_SESSION_ALIVE = graphql(`
  mutation StaffKeepSessionAlive {
    keepSessionAlive {
      now
      expiresAt
      warnAt
    }
  }
`);

/** "Fortsätt vara inloggad": counts as activity and answers the session's new times. */
export function useStaffKeepSessionAlive(): {
  keepAlive: () => Promise<SessionTimes | null>;
  pending: boolean;
  failed: boolean;
} {
  const [mutate, { loading, error }] = useMutation(STAFF_KEEP_SESSION_ALIVE);
  return {
    keepAlive: async () => {
      const result = await mutate().catch(() => null);
      return result?.data?.keepSessionAlive ?? null;
    },
    pending: loading,
    failed: error !== undefined,
  };
}
