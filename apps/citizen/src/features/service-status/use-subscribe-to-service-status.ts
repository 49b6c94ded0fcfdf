import { useMutation } from '@apollo/client/react';
import { readApiProblem, readInputProblems } from '@etj/spa';
import { type ApiProblem, type Language } from '@etj/ui';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_SUBSCRIBE_TO_SERVICE_STATUS = graphql(`
  mutation CitizenSubscribeToServiceStatus($input: SubscribeToServiceStatusInput!) {
    subscribeToServiceStatus(input: $input)
  }
`);

/** Whether the API refused the address as no e-mail address. */
export const isEmailRefusal = (error: unknown): boolean =>
  readInputProblems(error).some((problem) => problem.path === 'email');

/**
 * Asks for a confirmation mail. The answer is the same whether or not the address already
 * subscribes, so the page can only say what happens if it does not.
 */
export function useSubscribeToServiceStatus() {
  const [mutate] = useMutation(CITIZEN_SUBSCRIBE_TO_SERVICE_STATUS);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  /** 'sent', 'invalid' (the address), or 'failed' with `problem` set. */
  const subscribe = async (
    email: string,
    language: Language,
  ): Promise<'sent' | 'invalid' | 'failed'> => {
    setSending(true);
    setProblem(null);
    try {
      await mutate({ variables: { input: { email, language } } });
      return 'sent';
    } catch (failure) {
      if (isEmailRefusal(failure)) return 'invalid';
      setProblem(readApiProblem(failure));
      return 'failed';
    } finally {
      setSending(false);
    }
  };
  return { subscribe, sending, problem };
}
