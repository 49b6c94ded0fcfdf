import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ApiProblem, languageFromSearch, problemFromExtensions } from '@etj/ui';
import { appBase, expiredUrl, graphqlUri, SPA_PATHS, type Surface } from '../routing/surface.ts';

/** What the first "who is logged in" ask answered, before any GraphQL client is loaded. */
export type ViewerProbeOutcome<TData> =
  | { status: 'anonymous' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'signed-in'; data: TData }
  /** The session ran out; the whole page is on its way to the logged-out page. */
  | { status: 'expired' };

/** The parts of a parsed document the viewer query uses (no arguments, no variables). */
type Node = {
  kind: string;
  name?: { value: string };
  alias?: { value: string };
  arguments?: readonly unknown[];
  variableDefinitions?: readonly unknown[];
  directives?: readonly unknown[];
  typeCondition?: { name: { value: string } };
  operation?: string;
  selectionSet?: { selections: readonly Node[] };
  definitions?: readonly Node[];
};

function printSelections(set: Node['selectionSet'], withTypename: boolean): string {
  if (!set) return '';
  const parts = set.selections.map((selection) => {
    if (selection.arguments?.length || selection.directives?.length) {
      throw new Error('The viewer probe prints only selections without arguments or directives');
    }
    switch (selection.kind) {
      case 'Field': {
        const alias = selection.alias ? `${selection.alias.value}: ` : '';
        return `${alias}${selection.name?.value ?? ''}${printSelections(selection.selectionSet, true)}`;
      }
      case 'FragmentSpread':
        return `...${selection.name?.value ?? ''}`;
      case 'InlineFragment':
        return `... on ${selection.typeCondition?.name.value ?? ''}${printSelections(selection.selectionSet, true)}`;
      default:
        throw new Error(`The viewer probe cannot print ${selection.kind}`);
    }
  });
  const named = set.selections.some(
    (selection) => selection.kind === 'Field' && selection.name?.value === '__typename',
  );
  // Apollo's cache asks for __typename in every object below the root; so does the probe, so
  // its answer can be written into that cache as it stands.
  if (withTypename && !named) parts.push('__typename');
  return ` { ${parts.join(' ')} }`;
}

/**
 * A query without variables as GraphQL text (as Apollo Client would send it), without loading
 * the graphql package's printer.
 */
export function printViewerQuery(document: TypedDocumentNode<unknown, Record<string, never>>): {
  operationName: string;
  query: string;
} {
  let operationName = '';
  const definitions = ((document as unknown as Node).definitions ?? []).map((definition) => {
    if (definition.kind === 'OperationDefinition') {
      if (definition.variableDefinitions?.length) {
        throw new Error('The viewer probe prints only queries without variables');
      }
      operationName = definition.name?.value ?? '';
      return `${definition.operation ?? 'query'} ${operationName}${printSelections(definition.selectionSet, false)}`;
    }
    if (definition.kind === 'FragmentDefinition') {
      return `fragment ${definition.name?.value ?? ''} on ${definition.typeCondition?.name.value ?? ''}${printSelections(definition.selectionSet, true)}`;
    }
    throw new Error(`The viewer probe cannot print ${definition.kind}`);
  });
  return { operationName, query: definitions.join('\n') };
}

/** Pages reached without a live session, where asking who is logged in would be wrong. */
export const SESSIONLESS_PATHS: readonly string[] = [SPA_PATHS.loggedOut, SPA_PATHS.loginRefused];

/** Reads one GraphQL answer (any HTTP status) as the probe's outcome. */
export function probeOutcome<TData>(body: unknown): ViewerProbeOutcome<TData> {
  const answer = (body ?? {}) as { data?: TData | null; errors?: { extensions?: unknown }[] };
  if (answer.errors?.length) {
    const problem = problemFromExtensions(answer.errors[0]?.extensions);
    if (problem.code !== 'UNAUTHENTICATED') return { status: 'failed', problem };
    return problem.reason === 'SESSION_EXPIRED' ? { status: 'expired' } : { status: 'anonymous' };
  }
  if (answer.data) return { status: 'signed-in', data: answer.data };
  return { status: 'failed', problem: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Asks the surface's GraphQL endpoint who is logged in with one plain `fetch`, as early as the
 * page can (before React renders), so the start page of a visitor who is not logged in never
 * loads the GraphQL client. The request is the one Apollo Client sends for the same query: a
 * same-origin POST with the session cookie and Apollo's `accept` and `content-type` headers.
 * An expired session sends the whole page to the logged-out page, as the session expiry link
 * does for any operation. Nothing is stored: the answer lives in this promise only.
 */
export function probeViewer<TData>({
  surface,
  operation,
  location = window.location,
  leave = (url) => {
    window.location.assign(url);
  },
}: {
  surface: Surface;
  /**
   * The viewer query as text (`printViewerQuery` of the app's document, pinned by a test): the
   * parsed documents would bring every other operation into the first bundle with them.
   */
  operation: { operationName: string; query: string };
  /** The page's full location (`/citizen/logged-out`, `?lang=en`). */
  location?: { pathname: string; search: string };
  leave?: (url: string) => void;
}): Promise<ViewerProbeOutcome<TData>> {
  const base = appBase(surface);
  const below = location.pathname.startsWith(base)
    ? location.pathname.slice(base.length)
    : location.pathname;
  const pathname = below === '' ? '/' : below.replace(/(.)\/$/, '$1');
  if (SESSIONLESS_PATHS.includes(pathname)) return Promise.resolve({ status: 'anonymous' });
  const { operationName, query } = operation;
  return fetch(graphqlUri(surface), {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/graphql-response+json,application/json;q=0.9',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ operationName, variables: {}, query }),
  })
    .then((response) => response.json() as Promise<unknown>)
    .then(
      (body) => probeOutcome<TData>(body),
      (): ViewerProbeOutcome<TData> => ({ status: 'failed', problem: { code: 'NETWORK' } }),
    )
    .then((outcome) => {
      if (outcome.status === 'expired')
        leave(expiredUrl(surface, languageFromSearch(location.search)));
      return outcome;
    });
}
