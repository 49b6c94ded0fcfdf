import fc from 'fast-check';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mutationCalls } from './rate-limit.plugin.ts';
import {
  clientAddressKey,
  createdThingsCount,
  DEFAULT_RATE_LIMITS,
  graphqlLimitKey,
  parseRateLimitRule,
  personKey,
  rateLimitsFromEnv,
  retryAfterSeconds,
  TEST_RATE_LIMITS,
} from './rate-limit.rules.ts';

describe('rate limit configuration', () => {
  it('takes the production defaults outside test mode and the high ones in test mode', () => {
    expect(rateLimitsFromEnv({}, 'production')).toEqual(DEFAULT_RATE_LIMITS);
    expect(rateLimitsFromEnv({}, 'development')).toEqual(DEFAULT_RATE_LIMITS);
    expect(rateLimitsFromEnv({}, 'test')).toEqual(TEST_RATE_LIMITS);
  });

  it('keeps anonymous GraphQL much lower than a session, and creating lower still per minute', () => {
    const perMinute = (rule: { points: number; durationSeconds: number }) =>
      (rule.points * 60) / rule.durationSeconds;
    expect(perMinute(DEFAULT_RATE_LIMITS.graphqlAnonymous)).toBeLessThanOrEqual(
      perMinute(DEFAULT_RATE_LIMITS.graphqlSession) / 4,
    );
    expect(perMinute(DEFAULT_RATE_LIMITS.creates)).toBeLessThan(
      perMinute(DEFAULT_RATE_LIMITS.graphqlAnonymous),
    );
  });

  it('reads each limit from its variable as points/seconds', () => {
    const limits = rateLimitsFromEnv(
      { RATE_LIMIT_LOGIN: '5/30', RATE_LIMIT_CREATES: ' 7 / 600 ' },
      'production',
    );
    expect(limits.login).toEqual({ points: 5, durationSeconds: 30 });
    expect(limits.creates).toEqual({ points: 7, durationSeconds: 600 });
    expect(limits.graphqlSession).toEqual(DEFAULT_RATE_LIMITS.graphqlSession);
  });

  it.each(['0/60', '60/0', '60', 'sixty/60', '-1/60', '1.5/60', '60/60/60', '1e3/60'])(
    'refuses %s',
    (value) => {
      expect(() => parseRateLimitRule('RATE_LIMIT_LOGIN', value)).toThrow(/points\/seconds/);
    },
  );
});

describe('client address key', () => {
  it('keeps IPv4 as it is, also when mapped into IPv6', () => {
    expect(clientAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    const key = '2001:db8:0:1::/64';
    expect(clientAddressKey('2001:db8:0:1::1')).toBe(key);
    expect(clientAddressKey('2001:0db8:0000:0001:ffff:eeee:dddd:cccc')).toBe(key);
    expect(clientAddressKey('2001:DB8:0:1:0:0:0:9')).toBe(key);
    expect(clientAddressKey('2001:db8:0:2::1')).not.toBe(key);
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(clientAddressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('gives every address in one /64 the same key', () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    fc.assert(
      fc.property(fc.array(group, { minLength: 4, maxLength: 4 }), (tail) => {
        expect(clientAddressKey(`2001:db8:aa:bb:${tail.join(':')}`)).toBe('2001:db8:aa:bb::/64');
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('has one key for anything that is not an address', () => {
    expect(clientAddressKey(undefined)).toBe('unknown');
    expect(clientAddressKey('not-an-address')).toBe('unknown');
  });
});

describe('which limit a request counts against', () => {
  it('is the session with a session, the client address without', () => {
    expect(graphqlLimitKey('s-1', '203.0.113.7')).toEqual({
      limit: 'graphqlSession',
      key: 'session:s-1',
    });
    expect(graphqlLimitKey(null, '203.0.113.7')).toEqual({
      limit: 'graphqlAnonymous',
      key: 'address:203.0.113.7',
    });
  });

  it('counts a guardian in proxy mode as the guardian, and staff by their own id', () => {
    expect(
      personKey({ kind: 'CITIZEN', personId: 'p-1', sessionId: 's', actingForPersonId: 'child' }),
    ).toBe('citizen:p-1');
    expect(
      personKey({ kind: 'STAFF', staffMemberId: 'st-1', hsaId: 'h', sessionId: 's', unit: null }),
    ).toBe('staff:st-1');
  });

  it('asks to retry after whole seconds, at least one', () => {
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(retryAfterSeconds(59_500)).toBe(60);
  });
});

const schema = buildSchema(`
  type Query { ok: Boolean }
  input SaveCaseDraftInput { draftId: ID, answers: String }
  type Mutation {
    saveCaseDraft(input: SaveCaseDraftInput!): Boolean
    submitCase(key: String): Boolean
    addDraftAttachment(name: String): Boolean
    markCaseRead(id: ID!): Boolean
    keepSessionAlive: Boolean
  }
`);

function count(source: string, variables: Record<string, unknown> = {}): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return createdThingsCount(mutationCalls(schema, document, operation, variables));
}

describe('what creates things', () => {
  it('counts a new draft, not the save of an existing one', () => {
    expect(count('mutation { saveCaseDraft(input: { answers: "a" }) }')).toBe(1);
    expect(count('mutation { saveCaseDraft(input: { draftId: null, answers: "a" }) }')).toBe(1);
    expect(count('mutation { saveCaseDraft(input: { draftId: "d-1", answers: "a" }) }')).toBe(0);
    expect(
      count('mutation($i: SaveCaseDraftInput!) { saveCaseDraft(input: $i) }', {
        i: { draftId: 'd-1' },
      }),
    ).toBe(0);
    expect(
      count('mutation($i: SaveCaseDraftInput!) { saveCaseDraft(input: $i) }', {
        i: { answers: 'a' },
      }),
    ).toBe(1);
  });

  it('counts submissions and attachments, not reading or keeping the session', () => {
    expect(count('mutation { submitCase(key: "k") }')).toBe(1);
    expect(count('mutation { addDraftAttachment(name: "x") }')).toBe(1);
    expect(count('mutation { markCaseRead(id: "c") keepSessionAlive }')).toBe(0);
  });

  it('counts each alias, and fields inside fragments too', () => {
    expect(count('mutation { a: submitCase(key: "1") b: submitCase(key: "2") }')).toBe(2);
    expect(
      count(`
        mutation { ...More ... on Mutation { addDraftAttachment(name: "x") } }
        fragment More on Mutation { submitCase(key: "1") markCaseRead(id: "c") }
      `),
    ).toBe(2);
  });

  it('never counts a name that is not a creating mutation, prototype names included', () => {
    expect(
      createdThingsCount([
        { name: 'constructor', args: {} },
        { name: '__proto__', args: {} },
        { name: 'toString', args: {} },
      ]),
    ).toBe(0);
  });
});
