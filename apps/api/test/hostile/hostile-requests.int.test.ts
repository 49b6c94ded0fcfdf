// The hostile-input suite, named attacks: deep nesting, alias and directive bombs, batches,
// oversized and malformed bodies and paths, and forged, expired and `alg: none` session tokens.
// What passes and how the refusals are timed: see hostile-suite.ts.
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import type { ActorName } from './hostile-world.ts';
import { LOG_MARKER, nestedJson } from './hostile-values.ts';
import { percentile } from './response-check.ts';
import {
  describeWhatTheApiLogged,
  expectClean,
  h,
  JWT_SECRET,
  named,
  postJson,
  record,
  REFUSAL_P95_MS,
  send,
  useHostileHarness,
  world,
  type Surface,
} from './hostile-suite.ts';

useHostileHarness();

/** The victim's session id, from their cookie (the token names it). */
function victimSid(): string {
  const token = world.victim.browser.cookie('etj_citizen') ?? '';
  return (jwt.decode(token) as { sid: string }).sid;
}

const ME = '{ citizenMe { id displayName personnummer } }';

describe('named attacks', () => {
  it('deep nesting of selections, list literals and variable values', async () => {
    const fragments = `{ ${'... on Query { '.repeat(5_000)}sessionStatus { now }${' }'.repeat(5_000)} }`;
    const lists = `{ clinicSearch(text: ${'['.repeat(5_000)}"x"${']'.repeat(5_000)}) { id } }`;
    const objects = `{ clinicSearch(text: ${'{a: '.repeat(5_000)}"x"${'}'.repeat(5_000)}) { id } }`;
    const cases: [string, ActorName, Surface, string][] = [
      ['fragments 5000 deep', 'citizen', 'citizen', JSON.stringify({ query: fragments })],
      ['list literal 5000 deep', 'anonymous', 'citizen', JSON.stringify({ query: lists })],
      ['object literal 5000 deep', 'anonymous', 'citizen', JSON.stringify({ query: objects })],
      [
        'answers 5000 deep',
        'citizen',
        'citizen',
        `{"query": "mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }", "variables": {"input": {"clinicId": "${world.clinicX}", "caseTypeId": "${world.caseTypeX}", "answers": {"medicines": ${nestedJson(5_000, 'array')}}}}}`,
      ],
      [
        'string variable 5000 deep',
        'receiver',
        'staff',
        `{"query": "query($t: String!) { clinicSearch(text: $t) { id } }", "variables": {"t": ${nestedJson(5_000, 'object')}}}`,
      ],
    ];
    for (const [what, actor, surface, body] of cases) {
      const sent = await send(actor, `/api/${surface}/graphql`, postJson(body));
      record(named, `deep nesting: ${what}`, actor, surface, sent, body.slice(0, 300));
    }
    expectClean('deep nesting');
  }, 120_000);

  it('alias, directive and field bombs', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: sessionStatus { now }`).join(' ')} }`;
    const directives = (n: number) => `{ sessionStatus ${'@include(if: true) '.repeat(n)}{ now } }`;
    const fields = `{ sessionStatus { ${'now '.repeat(20_000)}} }`;
    const typenames = `{ ${'__typename '.repeat(20_000)}}`;
    const fragmentsSpread = `query { ...F ${' ...F'.repeat(2_000)} } fragment F on Query { sessionStatus { now } }`;
    for (const [what, query] of [
      ['16 aliases', aliases(16)],
      ['1000 aliases', aliases(1_000)],
      ['11 directives', directives(11)],
      ['1000 directives', directives(1_000)],
      ['20000 repeated fields', fields],
      ['20000 __typename', typenames],
      ['2000 fragment spreads', fragmentsSpread],
    ] as const) {
      for (const actor of ['anonymous', 'citizen', 'caregiver'] as const) {
        const surface: Surface = actor === 'caregiver' ? 'staff' : 'citizen';
        const body = JSON.stringify({ query });
        const sent = await send(actor, `/api/${surface}/graphql`, postJson(body));
        record(named, `bomb: ${what}`, actor, surface, sent, body.slice(0, 300));
      }
    }
    expectClean('bomb');
  }, 120_000);

  it('batches of operations', async () => {
    const one = { query: '{ sessionStatus { now } }' };
    for (const [what, body] of [
      ['2 operations', JSON.stringify([one, one])],
      ['1000 operations', JSON.stringify(Array.from({ length: 1_000 }, () => one))],
      ['an empty batch', '[]'],
      ['a batch of numbers', '[1, 2, 3]'],
      ['a batch of batches', JSON.stringify([[one], [one]])],
    ] as const) {
      for (const actor of ['anonymous', 'citizen', 'receiver'] as const) {
        const surface: Surface = actor === 'receiver' ? 'staff' : 'citizen';
        const sent = await send(actor, `/api/${surface}/graphql`, postJson(body));
        record(named, `batch: ${what}`, actor, surface, sent, body.slice(0, 300));
      }
    }
    expectClean('batch');
  }, 120_000);

  it('oversized and malformed bodies', async () => {
    const variable = (bytes: number) =>
      JSON.stringify({
        query: 'query($t: String!) { clinicSearch(text: $t) { id } }',
        variables: { t: `${LOG_MARKER}${'x'.repeat(bytes)}` },
      });
    const bodies: [string, ActorName, Surface, RequestInit][] = [
      ['2 MB variable, anonymous', 'anonymous', 'citizen', postJson(variable(2_000_000))],
      ['2 MB variable, citizen', 'citizen', 'citizen', postJson(variable(2_000_000))],
      ['9 MB variable, citizen', 'citizen', 'citizen', postJson(variable(9_000_000))],
      ['300 kB variable, staff', 'caregiver', 'staff', postJson(variable(300_000))],
      ['2 MB variable, anonymous staff', 'anonymous', 'staff', postJson(variable(2_000_000))],
      [
        'not JSON',
        'anonymous',
        'citizen',
        postJson(`{"query": "{ sessionStatus { now } }"${LOG_MARKER}`),
      ],
      ['not JSON, signed in', 'citizen', 'citizen', postJson(`{"query": ${LOG_MARKER}`)],
      ['JSON null', 'citizen', 'citizen', postJson('null')],
      ['JSON string', 'citizen', 'citizen', postJson(JSON.stringify(LOG_MARKER))],
      [
        'query not a string',
        'citizen',
        'citizen',
        postJson(JSON.stringify({ query: { a: LOG_MARKER } })),
      ],
      [
        'variables not an object',
        'citizen',
        'citizen',
        postJson(JSON.stringify({ query: '{ citizenMe { id } }', variables: [LOG_MARKER] })),
      ],
      [
        'syntax error',
        'citizen',
        'citizen',
        postJson(JSON.stringify({ query: `{ citizenMe { id ${LOG_MARKER}` })),
      ],
      [
        'syntax error, anonymous',
        'anonymous',
        'citizen',
        postJson(JSON.stringify({ query: `}}} ${LOG_MARKER} {{{` })),
      ],
      ['empty query', 'citizen', 'citizen', postJson(JSON.stringify({ query: '' }))],
      [
        'NUL bytes in the body',
        'citizen',
        'citizen',
        postJson(`{"query": "{ citizenMe { id } }\u0000${LOG_MARKER}"}`),
      ],
      [
        'invalid UTF-8',
        'citizen',
        'citizen',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]),
        },
      ],
      [
        'text/plain',
        'citizen',
        'citizen',
        {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ query: '{ citizenMe { id } }' }),
        },
      ],
      [
        'form-urlencoded',
        'anonymous',
        'citizen',
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `query=${LOG_MARKER}`,
        },
      ],
      [
        'unknown charset',
        'citizen',
        'citizen',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=klingon' },
          body: '{}',
        },
      ],
      [
        'UTF-16 charset',
        'citizen',
        'citizen',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-16' },
          body: '{}',
        },
      ],
      [
        'gzip that is not',
        'citizen',
        'citizen',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          body: LOG_MARKER,
        },
      ],
      [
        'GET with a mutation',
        'citizen',
        'citizen',
        { method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
      ],
    ];
    for (const [what, actor, surface, init] of bodies) {
      const path = what.startsWith('GET')
        ? `/api/${surface}/graphql?query=${encodeURIComponent('mutation { keepSessionAlive { now } }')}`
        : `/api/${surface}/graphql`;
      const sent = await send(actor, path, init);
      record(
        named,
        `body: ${what}`,
        actor,
        surface,
        sent,
        `${what} ${typeof init.body === 'string' ? init.body.slice(0, 200) : '(bytes)'}`,
      );
    }
    expectClean('body');
  }, 120_000);

  it('malformed and oversized paths', async () => {
    for (const path of [
      '/citizen/%E0%A4%A',
      '/staff/%E0%A4%A',
      '/api/citizen/graphql/%E0%A4%A',
      '/api/citizen/%E0%A4%A',
      '/api/citizen/auth/login?returnTo=%E0%A4%A&lang=%00',
      '/api/citizen/auth/callback?code=%E0%A4%A&state=%00',
      `/api/citizen/attachments/%E0%A4%A`,
      '/api/citizen/attachments/not-a-uuid',
      `/api/citizen/attachments/${LOG_MARKER}`,
      `/citizen/cases/${LOG_MARKER}?q=${LOG_MARKER}`,
      `/api/staff/attachments/${world.victim.attachmentId}`,
      `/api/citizen/attachments/${world.victim.attachmentId}`,
      '/%',
      '/%00',
      `/${'a'.repeat(12_000)}`,
      `/api/citizen/graphql?query=${'%7B'.repeat(3_000)}`,
    ]) {
      for (const actor of ['anonymous', 'citizen', 'receiver'] as const) {
        const sent = await send(actor, path);
        record(named, `path: ${path.slice(0, 60)}`, actor, 'path', sent, path.slice(0, 200));
      }
    }
    expectClean('path');
  }, 120_000);

  it('forged, expired and alg none session tokens', async () => {
    const sid = victimSid();
    const now = Math.floor(h.clock.now().getTime() / 1000);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const tokens: [string, string][] = [
      [
        'alg none',
        `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sid, aud: 'citizen', iat: now, exp: now + 3_600 })}.`,
      ],
      [
        'alg None',
        `${b64({ alg: 'None', typ: 'JWT' })}.${b64({ sid, aud: 'citizen', iat: now, exp: now + 3_600 })}.`,
      ],
      ['alg none, no audience', `${b64({ alg: 'none' })}.${b64({ sid })}.`],
      [
        'forged with another secret',
        jwt.sign(
          { sid, iat: now, exp: now + 3_600 },
          'a-different-secret-of-the-same-length-xxxxxxxxxxxx',
          { audience: 'citizen' },
        ),
      ],
      [
        'expired',
        jwt.sign({ sid, iat: now - 7_200, exp: now - 3_600 }, JWT_SECRET, { audience: 'citizen' }),
      ],
      [
        'staff audience',
        jwt.sign({ sid, iat: now, exp: now + 3_600 }, JWT_SECRET, { audience: 'staff' }),
      ],
      [
        'HS512 with the secret',
        jwt.sign({ sid, iat: now, exp: now + 3_600 }, JWT_SECRET, {
          audience: 'citizen',
          algorithm: 'HS512',
        }),
      ],
      [
        'signature stripped',
        `${(world.victim.browser.cookie('etj_citizen') ?? '').split('.').slice(0, 2).join('.')}.`,
      ],
      ['garbage', `${LOG_MARKER}.${LOG_MARKER}.${LOG_MARKER}`],
      ['huge', 'x'.repeat(7_000)],
      ['empty', ''],
    ];
    for (const [what, token] of tokens) {
      for (const [surface, cookie] of [
        ['citizen', `etj_citizen=${token}`],
        ['staff', `etj_staff=${token}`],
      ] as const) {
        const body = JSON.stringify({ query: surface === 'citizen' ? ME : '{ staffMe { id } }' });
        const sent = await send('anonymous', `/api/${surface}/graphql`, {
          ...postJson(body),
          cookie,
        });
        const inspection = record(
          named,
          `token: ${what}`,
          'anonymous',
          surface,
          sent,
          `cookie ${cookie.slice(0, 200)}`,
        );
        expect(inspection.codes, `token: ${what} on ${surface}`).toContain('UNAUTHENTICATED');
      }
    }
    expectClean('token');
  }, 120_000);

  it(`refuses fast: the 95th percentile of named refusals under ${REFUSAL_P95_MS} ms`, () => {
    const p95 = percentile(named.refusals, 95);
    console.info(
      `hostile suite: ${named.sent} named requests, p50 ${percentile(named.refusals, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${percentile(named.refusals, 100).toFixed(1)} ms`,
    );
    expect(named.refusals.length).toBeGreaterThan(0);
    expect(p95).toBeLessThan(REFUSAL_P95_MS);
  });
});

describeWhatTheApiLogged(() => named.sent);
