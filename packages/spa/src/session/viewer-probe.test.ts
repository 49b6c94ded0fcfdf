import { afterEach, describe, expect, it, vi } from 'vitest';
import { printViewerQuery, probeOutcome, probeViewer } from './viewer-probe.ts';

const OPERATION = { operationName: 'Me', query: 'query Me { me { id __typename } }' };

function answer(body: unknown, status = 200) {
  return vi.fn(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status })),
  ) as unknown as typeof fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the early viewer probe', () => {
  it('sends what Apollo Client sends: a same-origin JSON POST to the surface endpoint', async () => {
    const fetchMock = answer({ data: { me: { id: '1' } } });
    vi.stubGlobal('fetch', fetchMock);
    const outcome = await probeViewer({
      surface: 'citizen',
      operation: OPERATION,
      location: { pathname: '/citizen/', search: '' },
    });
    expect(outcome).toEqual({ status: 'signed-in', data: { me: { id: '1' } } });
    expect(fetchMock).toHaveBeenCalledWith('/api/citizen/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/graphql-response+json,application/json;q=0.9',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ operationName: 'Me', variables: {}, query: OPERATION.query }),
    });
  });

  it('does not ask on the logged-out and login-refused pages', async () => {
    const fetchMock = answer({});
    vi.stubGlobal('fetch', fetchMock);
    for (const pathname of ['/citizen/logged-out', '/citizen/login', '/citizen/logged-out/']) {
      await expect(
        probeViewer({
          surface: 'citizen',
          operation: OPERATION,
          location: { pathname, search: '' },
        }),
      ).resolves.toEqual({ status: 'anonymous' });
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends an expired session to the logged-out page in the current language', async () => {
    vi.stubGlobal(
      'fetch',
      answer(
        { errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } }] },
        401,
      ),
    );
    const leave = vi.fn();
    const outcome = await probeViewer({
      surface: 'citizen',
      operation: OPERATION,
      location: { pathname: '/citizen/', search: '?lang=en' },
      leave,
    });
    expect(outcome).toEqual({ status: 'expired' });
    expect(leave).toHaveBeenCalledWith('/citizen/logged-out?reason=expired&lang=en');
  });

  it('reads a network failure as a NETWORK problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    await expect(
      probeViewer({
        surface: 'staff',
        operation: OPERATION,
        location: { pathname: '/staff/', search: '' },
      }),
    ).resolves.toEqual({ status: 'failed', problem: { code: 'NETWORK' } });
  });

  it('reads answers as Apollo would: no session is anonymous, other errors are problems', () => {
    expect(
      probeOutcome({ errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'NO_SESSION' } }] }),
    ).toEqual({ status: 'anonymous' });
    expect(probeOutcome({ errors: [{ extensions: { code: 'FORBIDDEN' } }] })).toEqual({
      status: 'failed',
      problem: { code: 'FORBIDDEN' },
    });
    expect(probeOutcome({ data: null })).toEqual({
      status: 'failed',
      problem: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('prints a query with its fragments and __typename below the root', () => {
    const document = {
      kind: 'Document',
      definitions: [
        {
          kind: 'OperationDefinition',
          operation: 'query',
          name: { kind: 'Name', value: 'Me' },
          selectionSet: {
            kind: 'SelectionSet',
            selections: [
              {
                kind: 'Field',
                name: { kind: 'Name', value: 'me' },
                selectionSet: {
                  kind: 'SelectionSet',
                  selections: [
                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                    { kind: 'FragmentSpread', name: { kind: 'Name', value: 'More' } },
                  ],
                },
              },
            ],
          },
        },
        {
          kind: 'FragmentDefinition',
          name: { kind: 'Name', value: 'More' },
          typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
          selectionSet: {
            kind: 'SelectionSet',
            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
          },
        },
      ],
    } as unknown as Parameters<typeof printViewerQuery>[0];
    expect(printViewerQuery(document)).toEqual({
      operationName: 'Me',
      query:
        'query Me { me { id ...More __typename } }\nfragment More on Person { name __typename }',
    });
  });
});
