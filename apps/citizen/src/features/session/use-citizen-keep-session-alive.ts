import { useMutation } from '@apollo/client/react';
import { type SessionTimes } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_KEEP_SESSION_ALIVE = graphql(`
  mutation CitizenKeepSessionAlive {
    keepSessionAlive {
      now
      expiresAt
      warnAt
    }
  }
`);

/** "Fortsätt vara inloggad": counts as activity and answers the session's new times. */
export function useCitizenKeepSessionAlive(): {
  keepAlive: () => Promise<SessionTimes | null>;
  pending: boolean;
  failed: boolean;
} {
  const [mutate, { loading, error }] = useMutation(CITIZEN_KEEP_SESSION_ALIVE);
  return {
    keepAlive: async () => {
      const result = await mutate().catch(() => null);
      return result?.data?.keepSessionAlive ?? null;
    },
    pending: loading,
    failed: error !== undefined,
  };
}
