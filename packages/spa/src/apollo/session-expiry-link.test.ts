import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_SESSION_DOCUMENTS } from '../test/fixture-app.tsx';
import { sessionExpiryLink } from './session-expiry-link.ts';

const SessionStatusDocument = FIXTURE_SESSION_DOCUMENTS.status;

function clientAnswering(extensions: Record<string, unknown>, onExpired: () => void) {
  const mock = new MockLink([
    {
      request: { query: SessionStatusDocument },
      result: { errors: [new GraphQLError('UNAUTHENTICATED', { extensions })] },
    },
  ]);
  return new ApolloClient({
    link: ApolloLink.from([sessionExpiryLink(onExpired), mock]),
    cache: new InMemoryCache(),
  });
}

describe('sessionExpiryLink', () => {
  it('reports SESSION_EXPIRED answers', async () => {
    const onExpired = vi.fn();
    const client = clientAnswering(
      { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' },
      onExpired,
    );
    await expect(client.query({ query: SessionStatusDocument })).rejects.toThrow();
    expect(onExpired).toHaveBeenCalledOnce();
  });

  it('ignores a request without any session', async () => {
    const onExpired = vi.fn();
    const client = clientAnswering({ code: 'UNAUTHENTICATED', reason: 'NO_SESSION' }, onExpired);
    await expect(client.query({ query: SessionStatusDocument })).rejects.toThrow();
    expect(onExpired).not.toHaveBeenCalled();
  });
});
