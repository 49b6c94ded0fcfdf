import { useMutation } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_CONFIRM_SERVICE_STATUS_SUBSCRIPTION = graphql(`
  mutation CitizenConfirmServiceStatusSubscription($token: String!) {
    confirmServiceStatusSubscription(token: $token)
  }
`);

const CITIZEN_UNSUBSCRIBE_FROM_SERVICE_STATUS = graphql(`
  mutation CitizenUnsubscribeFromServiceStatus($token: String!) {
    unsubscribeFromServiceStatus(token: $token)
  }
`);

export type LinkOutcome = 'idle' | 'done' | 'invalid' | 'failed';

function useLinkAction(run: (token: string) => Promise<unknown>) {
  const [outcome, setOutcome] = useState<LinkOutcome>('idle');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const act = async (token: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await run(token);
      setOutcome('done');
    } catch (failure) {
      const read = readApiProblem(failure);
      if (read.code === 'NOT_FOUND') setOutcome('invalid');
      else {
        setProblem(read);
        setOutcome('failed');
      }
    } finally {
      setBusy(false);
    }
  };
  return { act, outcome, busy, problem };
}

/** Confirms a subscription with the token of the confirmation mail's link. */
export function useConfirmServiceStatusSubscription() {
  const [mutate] = useMutation(CITIZEN_CONFIRM_SERVICE_STATUS_SUBSCRIPTION);
  return useLinkAction((token) => mutate({ variables: { token } }));
}

/** Ends a subscription with the token of any driftstatus mail's unsubscribe link. */
export function useUnsubscribeFromServiceStatus() {
  const [mutate] = useMutation(CITIZEN_UNSUBSCRIBE_FROM_SERVICE_STATUS);
  return useLinkAction((token) => mutate({ variables: { token } }));
}
