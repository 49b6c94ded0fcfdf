import { type ErrorLike, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';

/** One keyset page as the API answers it: the rows, and the cursor of the next page if any. */
export type KeysetPage = { items: readonly unknown[]; nextCursor?: string | null };

/** What a keyset list needs of its variables: `after` takes the cursor of the next page. */
export type KeysetVariables = OperationVariables & { after?: string | null };

export type KeysetPages<TPage extends KeysetPage> = {
  /** The pages shown so far as one page (items appended, the latest cursor), once answered. */
  page: TPage | undefined;
  /** The items of all pages shown so far; null until the first page is answered. */
  items: TPage['items'] | null;
  /** The error of the query itself (the first page, or asking again), if any. */
  error: ErrorLike | undefined;
  /** There is a next page to show. */
  hasMore: boolean;
  /** A next page is being asked for. */
  loadingMore: boolean;
  /** The error of the last `loadMore`, cleared when the next one starts. */
  moreError: unknown;
  /**
   * Appends the next page and answers how many items it added (0 when there is no next page or
   * asking failed; the failure is then in `moreError`).
   */
  loadMore: () => Promise<number>;
};

/**
 * A "Visa fler" list over a keyset-paged root field (`field` of `document`, answering
 * `{ items, nextCursor }`): the first page with `variables`, and each `loadMore` asks for the page
 * after `nextCursor` and appends its items.
 */
export function useKeysetPages<
  TField extends string,
  TData extends { [K in TField]: KeysetPage },
  TVariables extends KeysetVariables,
>(
  document: TypedDocumentNode<TData, TVariables>,
  field: TField,
  options: {
    variables: TVariables;
    fetchPolicy: 'network-only' | 'cache-and-network' | 'cache-first';
  },
): KeysetPages<TData[TField]> {
  const { data, error, fetchMore } = useQuery(document, {
    variables: options.variables,
    fetchPolicy: options.fetchPolicy,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  // A second click while a page is on its way asks for nothing (it would append the page twice).
  const inFlight = useRef(false);
  const page = data?.[field];
  const loadMore = async (): Promise<number> => {
    const after = page?.nextCursor;
    if (!after || inFlight.current) return 0;
    inFlight.current = true;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const more = await fetchMore({
        // Apollo keeps the other variables as they are.
        variables: { after } as Partial<TVariables>,
        updateQuery: (previous, { fetchMoreResult }) => {
          const merged: KeysetPage = {
            ...fetchMoreResult[field],
            items: [...previous[field].items, ...fetchMoreResult[field].items],
          };
          return { [field]: merged } as unknown as typeof previous;
        },
      });
      return more.data[field].items.length;
    } catch (failure) {
      setMoreError(failure);
      return 0;
    } finally {
      inFlight.current = false;
      setLoadingMore(false);
    }
  };
  return {
    page,
    items: page ? page.items : null,
    error,
    hasMore: Boolean(page?.nextCursor),
    loadingMore,
    moreError,
    loadMore,
  };
}
