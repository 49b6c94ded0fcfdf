// The hostile-input suite (issue 11): generated and named attacks on the real API.
//
// Generated: fast-check, with a fixed seed, builds GraphQL operations from the committed schema
// (every query and mutation; arguments of every type filled with boundary and injection strings,
// NUL bytes, right-to-left marks, emoji, huge strings, wrong types, huge and deeply nested
// values, unknown fields, aliases and directives) and sends them anonymously and as a citizen, a
// guardian in proxy mode, a case receiver, a caregiver and a clinic administrator, each logged in
// once, several requests at a time. Named: deep nesting, alias and directive bombs, batches,
// oversized and malformed bodies and paths, forged, expired and `alg: none` session tokens, and
// every operation that takes an id given the ids of another person's records.
//
// Pass means: no HTTP 5xx, no INTERNAL_SERVER_ERROR, no stack trace or database text in any
// answer, no text of the victim's (hostile-world.ts) in any answer, no change to the victim's
// records, no client value (the marker) in any log line at any level, and refusals fast: the
// 95th percentile of the refusals' times under 200 ms. How it is measured, to be fair to a loaded
// machine: per request at the client, on requests sent one at a time (a latency sample of
// generated operations with a seed of their own, and the named attacks but the many-id sweep),
// because a request sent while others are in flight also waits for them; a percentile, not
// the maximum, because on a loaded CI machine any single request may wait for the CPU.
//
// Modes, by environment:
//   default (npm test):  HOSTILE_RUNS=10000; measured: 7 minutes in all on a 2-core machine at a
//                        load average of 15 (5.5 of them the 10,000 requests)
//   nightly:             HOSTILE_RUNS=100000 (or more) pnpm --filter @etj/api exec vitest run test/hostile
//   HOSTILE_SEED=<n>     another fixed seed (default 20261202); the same seed sends the same operations
//   HOSTILE_CONCURRENCY  requests in flight at once (default 8)
//   HOSTILE_LATENCY_SAMPLE  generated operations sent one at a time and timed (default 400)
// A failure prints, per kind and operation, how often it happened and one reproducer (actor,
// surface, document and variables) to send again by hand.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isEnumType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { startHarness, type Harness } from '../harness.ts';
import { captureLog, type CapturedLog } from './log-capture.ts';
import {
  ACTOR_NAMES,
  createHostileWorld,
  type ActorName,
  type HostileWorld,
} from './hostile-world.ts';
import { LOG_MARKER, nestedJson } from './hostile-values.ts';
import {
  loadCommittedSchema,
  OperationGenerator,
  type GeneratedOperation,
} from './operation-arbitrary.ts';
import {
  DROP_EXCUSED_BYTES,
  inspectResponse,
  percentile,
  type ProblemKind,
} from './response-check.ts';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 10_000);
const SEED = Number(process.env.HOSTILE_SEED ?? 20_261_202);
const CONCURRENCY = Number(process.env.HOSTILE_CONCURRENCY ?? 8);
/** Operations generated at a time (each chunk with its own seed, derived from SEED). */
const CHUNK = 1_000;
const REFUSAL_P95_MS = 200;
/** Generated operations sent one at a time, whose refusals are timed. */
const LATENCY_SAMPLE = Number(process.env.HOSTILE_LATENCY_SAMPLE ?? 400);
const JWT_SECRET = 'hostile-suite-secret-that-is-long-enough-for-hs256';

type Surface = 'citizen' | 'staff';
/** An answer; status 0: the connection closed without one. */
type Sent = { status: number; body: string; ms: number; requestBytes: number };
type Example = { actor: string; surface: string; status: number; detail: string; request: string };
type Findings = {
  sent: number;
  /** Operations executed (past parsing, validation and the guards before the resolvers). */
  executed: number;
  refusals: number[];
  byKind: Map<ProblemKind, Map<string, { count: number; example: Example }>>;
  codes: Map<string, number>;
};

const newFindings = (): Findings => ({
  sent: 0,
  executed: 0,
  refusals: [],
  byKind: new Map(),
  codes: new Map(),
});

let h: Harness;
let log: CapturedLog;
let world: HostileWorld;
let victimBefore: unknown;
const generated = newFindings();
const named = newFindings();

/** Sends one request as the actor (their cookies; anonymous: none) and times it. */
async function send(
  actor: ActorName,
  path: string,
  init: RequestInit & { cookie?: string } = {},
): Promise<Sent> {
  const requestBytes =
    typeof init.body === 'string'
      ? Buffer.byteLength(init.body)
      : ((init.body as Buffer | undefined)?.length ?? 0);
  const started = performance.now();
  const first = await attempt(actor, path, init, requestBytes, started);
  // A small request's connection can be closed under it by the previous answer on the same
  // kept-alive socket (a refusal by size closes it): sent once more on a new one, it is judged.
  if (first.status !== 0 || requestBytes >= DROP_EXCUSED_BYTES) return first;
  return attempt(actor, path, init, requestBytes, performance.now());
}

async function attempt(
  actor: ActorName,
  path: string,
  init: RequestInit & { cookie?: string },
  requestBytes: number,
  started: number,
): Promise<Sent> {
  try {
    let response: Response;
    if (actor === 'anonymous' || init.cookie !== undefined) {
      const headers = new Headers(init.headers);
      if (init.cookie) headers.set('cookie', init.cookie);
      response = await fetch(`${h.baseUrl}${path}`, { ...init, headers, redirect: 'manual' });
    } else {
      response = await world.browsers[actor].request(path, init);
    }
    const body = await response.text();
    return { status: response.status, body, ms: performance.now() - started, requestBytes };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
    return {
      status: 0,
      body: `no answer: ${cause}`,
      ms: performance.now() - started,
      requestBytes,
    };
  }
}

function postJson(body: string, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body };
}

function record(
  findings: Findings,
  what: string,
  actor: string,
  surface: string,
  sent: Sent,
  request: string,
  options: { secrets?: readonly string[]; timed?: boolean } = {},
): ReturnType<typeof inspectResponse> {
  const { secrets = world.secrets, timed = true } = options;
  const inspection = inspectResponse({
    status: sent.status,
    body: sent.body,
    secrets,
    requestBytes: sent.requestBytes,
  });
  findings.sent += 1;
  if (inspection.executed) findings.executed += 1;
  if (inspection.refusal && timed) findings.refusals.push(sent.ms);
  for (const code of inspection.codes.length ? inspection.codes : [`HTTP ${sent.status}`])
    findings.codes.set(code, (findings.codes.get(code) ?? 0) + 1);
  for (const problem of inspection.problems) {
    const groups =
      findings.byKind.get(problem.kind) ?? new Map<string, { count: number; example: Example }>();
    findings.byKind.set(problem.kind, groups);
    const group = groups.get(what);
    if (group) group.count += 1;
    else
      groups.set(what, {
        count: 1,
        example: {
          actor,
          surface,
          status: sent.status,
          detail: problem.detail,
          request: request.slice(0, 1_500),
        },
      });
  }
  return inspection;
}

/** The findings of one kind, one line and one reproducer per operation. */
function report(findings: Findings, kind: ProblemKind): string[] {
  return [...(findings.byKind.get(kind) ?? new Map<string, { count: number; example: Example }>())]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([what, { count, example }]) =>
        `${what}: ${count}× e.g. as ${example.actor} on /api/${example.surface}/graphql → HTTP ${example.status} ${example.detail}\n    request: ${example.request}`,
    );
}

/** Runs `task` over `items`, `limit` at a time. */
async function inPool<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
}

/** The request as it can be sent again by hand (long values cut). */
function reproducer(op: GeneratedOperation): string {
  const variables = JSON.stringify(op.variables, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 200 ? `${v.slice(0, 60)}…(${v.length} chars)` : v,
  );
  return (
    JSON.stringify({ query: op.query.length > 800 ? `${op.query.slice(0, 800)}…` : op.query }) +
    ` variables=${variables.slice(0, 600)}`
  );
}

beforeAll(async () => {
  const watched = [LOG_MARKER];
  log = captureLog(watched);
  h = await startHarness({ jwtSecret: JWT_SECRET }, { logger: log.logger });
  world = await createHostileWorld(h);
  // The victim's own markers, sent while building the world, must not be logged either.
  watched.push(...world.secrets);
  victimBefore = await world.victimSnapshot();
}, 120_000);

afterAll(async () => {
  await h.close();
});

describe(`generated operations (seed ${SEED}, ${RUNS} runs)`, () => {
  /** Every operation's field, with how many were sent. */
  const fields = new Map<string, number>();
  /** The sequential sample's refusal times (see the top of the file). */
  const timed = newFindings();
  let seconds = 0;

  beforeAll(
    async () => {
      const generator = new OperationGenerator(loadCommittedSchema(), world.ids);
      const plan = fc.record({
        actor: fc.constantFrom(...ACTOR_NAMES),
        // Now and then a signed-in actor calls the other surface (where they have no session).
        otherSurface: fc.integer({ min: 0, max: 15 }).map((n) => n === 0),
        anonymousSurface: fc.constantFrom<Surface>('citizen', 'staff'),
        op: generator.operation(),
      });
      type Plan = typeof plan extends fc.Arbitrary<infer P> ? P : never;
      const sendPlan = async (findings: Findings, p: Plan, timedRun: boolean) => {
        const own = world.surfaceOf(p.actor);
        const surface: Surface =
          own === 'either'
            ? p.anonymousSurface
            : p.otherSurface
              ? own === 'citizen'
                ? 'staff'
                : 'citizen'
              : own;
        const body = JSON.stringify({ query: p.op.query, variables: p.op.variables });
        const sent = await send(p.actor, `/api/${surface}/graphql`, postJson(body));
        record(findings, `${p.op.kind} ${p.op.field}`, p.actor, surface, sent, reproducer(p.op), {
          timed: timedRun,
        });
        fields.set(p.op.field, (fields.get(p.op.field) ?? 0) + 1);
      };
      const started = performance.now();
      for (let chunk = 0; chunk * CHUNK < RUNS; chunk += 1) {
        const plans = fc.sample(plan, {
          seed: SEED + chunk,
          numRuns: Math.min(CHUNK, RUNS - chunk * CHUNK),
        });
        await inPool(plans, CONCURRENCY, (p) => sendPlan(generated, p, false));
      }
      seconds = (performance.now() - started) / 1000;
      // The latency sample: operations of their own seed, one at a time.
      for (const p of fc.sample(plan, { seed: SEED - 1, numRuns: LATENCY_SAMPLE }))
        await sendPlan(timed, p, true);
    },
    Math.max(600_000, RUNS * 120),
  );

  it(`sends at least ${RUNS} operations covering every query and mutation`, () => {
    expect(generated.sent).toBeGreaterThanOrEqual(RUNS);
    const roots = new OperationGenerator(loadCommittedSchema(), world.ids).rootFields();
    expect(
      roots.filter(({ field }) => !fields.has(field.name)).map(({ field }) => field.name),
    ).toEqual([]);
  });

  it('reaches the resolvers: a fair share is executed, rate limits do not answer instead', () => {
    const limited = generated.codes.get('HTTP 429') ?? 0;
    expect(limited, `${limited} answers were 429`).toBeLessThan(generated.sent / 100);
    expect(generated.executed, `${generated.executed} executed`).toBeGreaterThan(
      generated.sent / 5,
    );
  });

  it('answers every request, none with HTTP 5xx', () => {
    const problems = [generated, timed].flatMap((f) => [
      ...report(f, '5xx'),
      ...report(f, 'dropped'),
    ]);
    expect(problems.join('\n')).toBe('');
  });

  it('answers no request with INTERNAL_SERVER_ERROR', () => {
    const problems = [generated, timed].flatMap((f) => report(f, 'internal-error'));
    expect(problems.join('\n')).toBe('');
  });

  it('shows no stack trace and no database text', () => {
    const problems = [generated, timed].flatMap((f) => [
      ...report(f, 'stack-trace'),
      ...report(f, 'database-text'),
    ]);
    expect(problems.join('\n')).toBe('');
  });

  it("shows no actor anything of the victim's", () => {
    const problems = [generated, timed].flatMap((f) => report(f, 'leak'));
    expect(problems.join('\n')).toBe('');
  });

  it(`refuses fast: the 95th percentile of refusals sent one at a time under ${REFUSAL_P95_MS} ms`, () => {
    const ms = (values: number[], p: number) => `${percentile(values, p).toFixed(1)} ms`;
    console.info(
      `hostile suite: ${generated.sent} generated requests in ${seconds.toFixed(0)} s (${CONCURRENCY} in flight, ${generated.executed} executed), codes ${JSON.stringify(Object.fromEntries(generated.codes))}; ` +
        `latency sample: ${timed.sent} requests one at a time, ${timed.refusals.length} refusals, p50 ${ms(timed.refusals, 50)}, p95 ${ms(timed.refusals, 95)}, max ${ms(timed.refusals, 100)}`,
    );
    expect(timed.refusals.length).toBeGreaterThan(LATENCY_SAMPLE / 2);
    expect(percentile(timed.refusals, 95)).toBeLessThan(REFUSAL_P95_MS);
  });
});

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

  it("refuses every operation that takes an id the ids of another person's records", async () => {
    const schema = loadCommittedSchema();
    const generator = new OperationGenerator(schema, world.ids);
    const victimIds = [
      world.victim.caseId,
      world.victim.draftId,
      world.victim.attachmentId,
      world.victim.messageCaseId,
      world.victim.messageId,
      world.victim.personId,
    ];
    const withIds = generator
      .rootFields()
      .filter(({ field }) => field.args.some((a) => takesId(a.type)));
    expect(withIds.length).toBeGreaterThan(15);
    const calls = withIds.flatMap(({ kind, field }) =>
      victimIds.flatMap((id) => ACTOR_NAMES.map((actor) => ({ kind, field, id, actor }))),
    );
    const wrong: string[] = [];
    // Many calls: several at a time, so these refusals are not timed (see the top of the file).
    await inPool(calls, CONCURRENCY, async ({ kind, field, id, actor }) => {
      const { query, variables } = plainOperation(kind, field, id);
      const own = world.surfaceOf(actor);
      const surface: Surface = own === 'either' ? 'citizen' : own;
      const sent = await send(
        actor,
        `/api/${surface}/graphql`,
        postJson(JSON.stringify({ query, variables })),
      );
      const inspection = record(
        named,
        `someone else's id: ${field.name}`,
        actor,
        surface,
        sent,
        `${query} ${JSON.stringify(variables)}`,
        { timed: false },
      );
      let data: unknown;
      try {
        data = (JSON.parse(sent.body) as { data?: Record<string, unknown> | null }).data?.[
          field.name
        ];
      } catch {
        data = undefined;
      }
      if (!inspection.refusal || (data !== null && data !== undefined))
        wrong.push(`${field.name}(${id}) as ${actor} answered ${sent.body.slice(0, 300)}`);
    });
    expect(wrong.sort().join('\n')).toBe('');
    expectClean("someone else's id");
    expect(await world.victimSnapshot()).toEqual(victimBefore);
  }, 600_000);

  it(`refuses fast: the 95th percentile of named refusals under ${REFUSAL_P95_MS} ms`, () => {
    const p95 = percentile(named.refusals, 95);
    console.info(
      `hostile suite: ${named.sent} named requests, p50 ${percentile(named.refusals, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${percentile(named.refusals, 100).toFixed(1)} ms`,
    );
    expect(named.refusals.length).toBeGreaterThan(0);
    expect(p95).toBeLessThan(REFUSAL_P95_MS);
  });
});

describe('what the API logged', () => {
  it('never logs a value a client sent, at any level', () => {
    expect(log.count()).toBeGreaterThan(generated.sent);
    expect(log.hits().slice(0, 10).join('\n')).toBe('');
  });

  it("leaves the victim's records as they were", async () => {
    expect(await world.victimSnapshot()).toEqual(victimBefore);
  });

  it('logs no client mistake at error level', () => {
    expect(log.errors().slice(0, 10).join('\n')).toBe('');
  });
});

/** Fails with every problem the named attacks of this kind found. */
function expectClean(prefix: string): void {
  const problems = (
    ['5xx', 'dropped', 'internal-error', 'stack-trace', 'database-text', 'leak'] as const
  ).flatMap((kind) =>
    report(named, kind)
      .filter((line) => line.startsWith(prefix))
      .map((line) => `[${kind}] ${line}`),
  );
  expect(problems.join('\n')).toBe('');
}

function takesId(type: GraphQLInputType, depth = 0): boolean {
  const named: GraphQLNamedType = getNamedType(type);
  if (named.name === 'ID') return true;
  if (isInputObjectType(named) && depth < 3)
    return Object.values(named.getFields()).some((f) => takesId(f.type, depth + 1));
  return false;
}

/** A plausible value of a type with `id` in every ID slot. */
function plainValue(type: GraphQLInputType, id: string): unknown {
  if (isNonNullType(type)) return plainValue(type.ofType, id);
  if (isListType(type)) return [plainValue(type.ofType, id)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, plainValue(f.type, id)]),
    );
  switch (type.name) {
    case 'ID':
      return id;
    case 'Int':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2026-11-25T09:00:00Z';
    case 'JSONObject':
      return { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };
    default:
      return 'Hej';
  }
}

/** Every scalar field two levels down: all that an answer could show of the record. */
function fullSelection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const parts = Object.values(type.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .flatMap((f) => {
      const inner = getNamedType(f.type);
      if (isLeafType(inner)) return [f.name];
      return depth > 0 ? [`${f.name} ${fullSelection(inner, depth - 1)}`] : [];
    });
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

function plainOperation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  id: string,
): { query: string; variables: Record<string, unknown> } {
  const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
  const args = field.args.map((a) => `${a.name}: $${a.name}`);
  const variables = Object.fromEntries(field.args.map((a) => [a.name, plainValue(a.type, id)]));
  const selection = fullSelection(getNamedType(field.type), 2);
  return {
    query: `${kind}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`,
    variables,
  };
}
