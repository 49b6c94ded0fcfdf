import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { isConflict, readApiProblem, useLanguage } from '@etj/spa';
import { type ApiProblem, withLanguage } from '@etj/ui';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql/gql.ts';
import { type CitizenSubmitCaseMutation } from '../../gql/graphql.ts';
import { receiptPath, useRememberReceipt } from './receipt-memory.tsx';

const CITIZEN_SUBMIT_CASE = graphql(`
  mutation CitizenSubmitCase($input: SubmitCaseInput!) {
    submitCase(input: $input) {
      caseId
      reference
      submittedAt
      clinicName
      caseTypeName {
        sv
        en
      }
      expectedResponseDays
    }
  }
`);

/** What the citizen gets after sending a case. */
export type CaseReceipt = CitizenSubmitCaseMutation['submitCase'];

/** Why a send was refused: the answers no longer pass, the type closed, or an API problem. */
export type SubmitRefusal =
  | { kind: 'answers-changed' }
  | { kind: 'case-type-closed' }
  | { kind: 'not-for-proxy' }
  | { kind: 'problem'; problem: ApiProblem };

function refusalOf(error: unknown): SubmitRefusal {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions;
    if (extensions?.['code'] === 'BAD_USER_INPUT') return { kind: 'answers-changed' };
    if (isConflict(error, 'CASE_TYPE_CLOSED')) return { kind: 'case-type-closed' };
    if (isConflict(error, 'NOT_AVAILABLE_FOR_PROXY')) return { kind: 'not-for-proxy' };
  }
  return { kind: 'problem', problem: readApiProblem(error) };
}

/**
 * Sends a reviewed draft to the clinic. The idempotency key is made once per page visit and kept
 * in memory only, so a double click or a retry after a lost answer gives the same case; on
 * success the receipt is kept in memory and the receipt page shown.
 */
export function useSubmitCase(draftId: string) {
  const language = useLanguage();
  const navigate = useNavigate();
  const remember = useRememberReceipt();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [mutate] = useMutation(CITIZEN_SUBMIT_CASE);
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [refusal, setRefusal] = useState<SubmitRefusal | null>(null);

  const submit = async () => {
    if (inFlight.current || sent) return;
    inFlight.current = true;
    setSending(true);
    setRefusal(null);
    try {
      const result = await mutate({ variables: { input: { draftId, idempotencyKey } } });
      if (!result.data) throw new Error('submitCase answered without data');
      const receipt = result.data.submitCase;
      remember(receipt);
      setSent(true);
      await navigate(withLanguage(receiptPath(receipt.caseId), language), { replace: true });
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  return { submit, sending, sent, refusal };
}
