import { useMutation } from '@apollo/client/react';
import { isConflict, readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { useRef, useState } from 'react';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_REPLY_TO_CASE = graphql(`
  mutation CitizenReplyToCase($input: ReplyToCaseInput!) {
    replyToCase(input: $input) {
      ...CitizenCaseFields
    }
  }
`);

/** Why a reply was refused: the clinic no longer waits for one, or an API problem. */
export type ReplyRefusal = { kind: 'not-waiting' } | { kind: 'problem'; problem: ApiProblem };

function refusalOf(error: unknown): ReplyRefusal {
  if (isConflict(error, 'NOT_WAITING_FOR_REPLY')) return { kind: 'not-waiting' };
  return { kind: 'problem', problem: readApiProblem(error) };
}

/**
 * Answers the clinic's counter-question. The idempotency key is made once per page visit and kept
 * in memory only, so a double click or a retry after a lost answer gives one reply; after a reply
 * is accepted the next one gets a new key.
 */
export function useReplyToCase(caseId: string) {
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [mutate] = useMutation(CITIZEN_REPLY_TO_CASE);
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<ReplyRefusal | null>(null);

  const send = async (text: string): Promise<boolean> => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setSending(true);
    setRefusal(null);
    try {
      const result = await mutate({ variables: { input: { caseId, idempotencyKey, text } } });
      if (!result.data) throw new Error('replyToCase answered without data');
      setIdempotencyKey(crypto.randomUUID());
      return true;
    } catch (error) {
      setRefusal(refusalOf(error));
      return false;
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  return { send, sending, refusal };
}
