import { gql } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useKeysetPages } from './use-keyset-pages.ts';

type Row = { __typename: 'FixtureRow'; id: string };
type RowPage = { __typename: 'FixtureRowPage'; items: Row[]; nextCursor: string | null };
type RowsVariables = { kind: string; after?: string | null; first: number };

const FIXTURE_ROWS = gql`
  query FixtureRows($kind: String!, $after: String, $first: Int!) {
    fixtureRows(kind: $kind, after: $after, first: $first) {
      items {
        id
      }
      nextCursor
    }
  }
` as TypedDocumentNode<{ fixtureRows: RowPage }, RowsVariables>;

const rows = (...ids: string[]): Row[] => ids.map((id) => ({ __typename: 'FixtureRow', id }));

function answer(
  variables: RowsVariables,
  items: Row[],
  nextCursor: string | null,
): MockLink.MockedResponse {
  return {
    request: { query: FIXTURE_ROWS, variables },
    result: { data: { fixtureRows: { __typename: 'FixtureRowPage', items, nextCursor } } },
  };
}

function renderRows(mocks: MockLink.MockedResponse[]) {
  const link = new MockLink(mocks, { defaultOptions: { delay: 0 } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider link={link}>{children}</MockedProvider>
  );
  return renderHook(
    () =>
      useKeysetPages(FIXTURE_ROWS, 'fixtureRows', {
        variables: { kind: 'a', after: null, first: 2 },
        fetchPolicy: 'network-only',
      }),
    { wrapper },
  );
}

const FIRST = { kind: 'a', after: null, first: 2 };

describe('useKeysetPages', () => {
  it('appends the next page, keeps the other variables and takes the new cursor', async () => {
    const { result } = renderRows([
      answer(FIRST, rows('1', '2'), 'c2'),
      answer({ kind: 'a', after: 'c2', first: 2 }, rows('3'), null),
    ]);
    expect(result.current.items).toBeNull();
    await waitFor(() => {
      expect(result.current.items?.map((row) => row.id)).toEqual(['1', '2']);
    });
    expect(result.current.hasMore).toBe(true);
    expect(result.current.loadingMore).toBe(false);

    let more: Promise<number> = Promise.resolve(-1);
    act(() => {
      more = result.current.loadMore();
    });
    expect(result.current.loadingMore).toBe(true);
    let added = -1;
    await act(async () => {
      added = await more;
    });

    expect(added).toBe(1);
    await waitFor(() => {
      expect(result.current.items?.map((row) => row.id)).toEqual(['1', '2', '3']);
    });
    expect(result.current.page?.nextCursor).toBeNull();
    expect(result.current.hasMore).toBe(false);
    expect(result.current.loadingMore).toBe(false);
    expect(result.current.error).toBeUndefined();
    expect(result.current.moreError).toBeNull();
  });

  it('asks once when "more" is clicked twice while the page is on its way', async () => {
    const { result } = renderRows([
      answer(FIRST, rows('1', '2'), 'c2'),
      answer({ kind: 'a', after: 'c2', first: 2 }, rows('3'), null),
      answer({ kind: 'a', after: 'c2', first: 2 }, rows('3'), null),
    ]);
    await waitFor(() => {
      expect(result.current.items).toHaveLength(2);
    });
    let first: Promise<number> = Promise.resolve(-1);
    let second: Promise<number> = Promise.resolve(-1);
    act(() => {
      first = result.current.loadMore();
      second = result.current.loadMore();
    });
    let added: number[] = [];
    await act(async () => {
      added = await Promise.all([first, second]);
    });
    expect(added).toEqual([1, 0]);
    await waitFor(() => {
      expect(result.current.items?.map((row) => row.id)).toEqual(['1', '2', '3']);
    });
  });

  it('asks nothing when there is no next page', async () => {
    const { result } = renderRows([answer(FIRST, rows('1'), null)]);
    await waitFor(() => {
      expect(result.current.items).toHaveLength(1);
    });
    let added = -1;
    await act(async () => {
      added = await result.current.loadMore();
    });
    expect(added).toBe(0);
    expect(result.current.loadingMore).toBe(false);
    expect(result.current.moreError).toBeNull();
  });

  it('keeps the shown pages and reports the failure when the next page fails', async () => {
    const { result } = renderRows([
      answer(FIRST, rows('1', '2'), 'c2'),
      {
        request: { query: FIXTURE_ROWS, variables: { kind: 'a', after: 'c2', first: 2 } },
        result: { errors: [new GraphQLError('INTERNAL', { extensions: { code: 'INTERNAL' } })] },
      },
    ]);
    await waitFor(() => {
      expect(result.current.hasMore).toBe(true);
    });
    let added = -1;
    await act(async () => {
      added = await result.current.loadMore();
    });
    expect(added).toBe(0);
    expect(result.current.moreError).toBeInstanceOf(Error);
    expect(result.current.items?.map((row) => row.id)).toEqual(['1', '2']);
    expect(result.current.hasMore).toBe(true);
    expect(result.current.loadingMore).toBe(false);
  });

  it('reports the error of the first page', async () => {
    const { result } = renderRows([
      { request: { query: FIXTURE_ROWS, variables: FIRST }, error: new Error('network down') },
    ]);
    await waitFor(() => {
      expect(result.current.error).toBeDefined();
    });
    expect(result.current.items).toBeNull();
    expect(result.current.hasMore).toBe(false);
  });
});
