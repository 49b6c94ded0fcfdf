import { type DocumentNode, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type CaseChangeResult, caseChangeFailure } from './case-mutation-result.ts';

/**
 * Runs one change to a case, a mutation that takes `{ input }` (assign, respond, close, add a
 * note), and says how it ended instead of throwing: done, refused fields, a conflict with a newer
 * revision, or another problem. `reload` names queries to fetch again before the change counts
 * as done.
 */
export function useCaseChange<TData, TInput>(
  mutation: TypedDocumentNode<TData, { input: TInput }>,
  { reload }: { reload?: DocumentNode[] } = {},
): { change: (input: TInput) => Promise<CaseChangeResult>; changing: boolean } {
  const [mutate, { loading }] = useMutation(
    mutation,
    reload ? { refetchQueries: reload, awaitRefetchQueries: true } : {},
  );
  return {
    change: async (input) => {
      try {
        await mutate({ variables: { input } });
        return { outcome: 'done' };
      } catch (error) {
        return caseChangeFailure(error);
      }
    },
    changing: loading,
  };
}
