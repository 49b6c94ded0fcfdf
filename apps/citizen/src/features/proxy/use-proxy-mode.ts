import { useApolloClient, useMutation } from '@apollo/client/react';
import { readApiProblem, useLanguage } from '@etj/spa';
import { type ApiProblem, withLanguage } from '@etj/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_ACT_FOR_CHILD = graphql(`
  mutation CitizenActForChild($personId: ID!) {
    actForChild(personId: $personId) {
      id
      actingFor {
        ...ProxyChildFields
      }
    }
  }
`);

const CITIZEN_STOP_ACTING_FOR_CHILD = graphql(`
  mutation CitizenStopActingForChild {
    stopActingForChild {
      id
      actingFor {
        ...ProxyChildFields
      }
    }
  }
`);

/**
 * Enters and leaves proxy mode. The mode lives in the server session only; after a switch every
 * cached answer belongs to the wrong person, so the whole Apollo store is reset (active queries,
 * the viewer among them, are asked again) and the start page is shown.
 */
export function useProxyMode(): {
  actFor: (personId: string) => Promise<boolean>;
  stop: () => Promise<boolean>;
  switching: boolean;
  problem: ApiProblem | null;
} {
  const client = useApolloClient();
  const navigate = useNavigate();
  const language = useLanguage();
  const [act] = useMutation(CITIZEN_ACT_FOR_CHILD);
  const [leave] = useMutation(CITIZEN_STOP_ACTING_FOR_CHILD);
  const [switching, setSwitching] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const switchWith = async (mutate: () => Promise<unknown>): Promise<boolean> => {
    if (switching) return false;
    setSwitching(true);
    setProblem(null);
    try {
      await mutate();
    } catch (error) {
      setProblem(readApiProblem(error));
      setSwitching(false);
      return false;
    }
    try {
      // A page's own query may now be refused (the guardian's case is not the child's); each
      // query shows its own problem, so a failed refetch does not stop the switch.
      await client.resetStore().catch(() => undefined);
      await navigate(withLanguage('/', language));
      return true;
    } finally {
      setSwitching(false);
    }
  };

  return {
    actFor: (personId) => switchWith(() => act({ variables: { personId } })),
    stop: () => switchWith(() => leave()),
    switching,
    problem,
  };
}
