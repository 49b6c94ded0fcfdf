import { useMutation } from '@apollo/client/react';
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ApiProblem } from '@etj/ui';
import { readApiProblem } from '../apollo/api-problem.ts';
import { type Surface } from '../routing/surface.ts';
import { currentTermsVersion } from './terms-version.ts';

/** An app's accept-terms mutation; its answer must carry the viewer's id and terms fields. */
export type AcceptTermsDocument = TypedDocumentNode<unknown, { version: string }>;

/**
 * Accepts the audience's current terms. The answer updates the cached viewer by id, so pages
 * that show `mustAcceptTerms` move on by themselves.
 */
export function useAcceptTerms(
  audience: Surface,
  document: AcceptTermsDocument,
): {
  accept: () => Promise<void>;
  accepting: boolean;
  problem: ApiProblem | null;
} {
  const [mutate, { loading, error }] = useMutation(document);
  return {
    accept: async () => {
      await mutate({ variables: { version: currentTermsVersion(audience) } }).catch(
        () => undefined,
      );
    },
    accepting: loading,
    problem: error ? readApiProblem(error) : null,
  };
}
