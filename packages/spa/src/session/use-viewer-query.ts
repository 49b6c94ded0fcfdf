import { useQuery } from '@apollo/client/react';
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ApiProblem } from '@etj/ui';
import { isLoggedOut, readApiProblem } from '../apollo/api-problem.ts';

/** An app's "who is logged in" query and how to pick the viewer out of its answer. */
export type ViewerQuery<TData, TViewer> = {
  document: TypedDocumentNode<TData, Record<string, never>>;
  select: (data: TData) => TViewer;
};

export type ViewerState<TViewer> =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'signed-in'; viewer: TViewer };

/** Who is logged in, if anyone. `skip` on pages that must not ask (logged out, login refused). */
export function useViewerQuery<TData, TViewer>(
  query: ViewerQuery<TData, TViewer>,
  { skip = false }: { skip?: boolean } = {},
): ViewerState<TViewer> {
  const { data, previousData, error, loading } = useQuery(query.document, { skip });
  if (skip) return { status: 'anonymous' };
  // While the store is reset and the viewer asked again (a switch into or out of proxy mode),
  // the page stays as it was instead of flashing a loading state and losing focus.
  const shown = data ?? (loading ? previousData : undefined);
  if (shown) return { status: 'signed-in', viewer: query.select(shown) };
  if (error) {
    return isLoggedOut(error)
      ? { status: 'anonymous' }
      : { status: 'failed', problem: readApiProblem(error) };
  }
  return loading ? { status: 'loading' } : { status: 'anonymous' };
}

/** The layout's `useViewer` for an app with Apollo: its viewer query (see AppLayout). */
export function apolloViewer<TData, TViewer>(
  query: ViewerQuery<TData, TViewer>,
): (options: { skip: boolean }) => ViewerState<TViewer> {
  return function useApolloViewer({ skip }) {
    return useViewerQuery(query, { skip });
  };
}
