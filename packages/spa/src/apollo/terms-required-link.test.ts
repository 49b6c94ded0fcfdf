import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_SESSION_DOCUMENTS } from '../test/fixture-app.tsx';
import { termsRequiredLink } from './terms-required-link.ts';

const Document = FIXTURE_SESSION_DOCUMENTS.status;

function clientAnswering(extensions: Record<string, unknown>, onRequired: () => void) {
  const mock = new MockLink([
    {
      request: { query: Document },
      result: { errors: [new GraphQLError('FORBIDDEN', { extensions })] },
    },
  ]);
  return new ApolloClient({
    link: ApolloLink.from([termsRequiredLink(onRequired), mock]),
    cache: new InMemoryCache(),
  });
}

describe('termsRequiredLink', () => {
  it('reports an operation refused until the terms are accepted', async () => {
    const onRequired = vi.fn();
    const client = clientAnswering({ code: 'FORBIDDEN', reason: 'TERMS_NOT_ACCEPTED' }, onRequired);
    await expect(client.query({ query: Document })).rejects.toThrow();
    expect(onRequired).toHaveBeenCalledOnce();
  });

  it('ignores any other refusal', async () => {
    const onRequired = vi.fn();
    const client = clientAnswering({ code: 'FORBIDDEN' }, onRequired);
    await expect(client.query({ query: Document })).rejects.toThrow();
    expect(onRequired).not.toHaveBeenCalled();
  });
});
