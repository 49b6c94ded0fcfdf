// Requests that are the client's fault get a 4xx and a short localized message, never a 500:
// at the HTTP edge (a body that is not JSON or too large, a path that does not decode, a URL
// too long) and inside GraphQL (syntax, floods, an ID that is not a UUID, a NUL character,
// deep nesting). None of them writes an error-level log line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/common/logger.ts';
import { ANONYMOUS_BODY_LIMIT } from '../src/http/graphql-body.ts';
import { SESSION_COOKIE } from '../src/identity/session.cookies.ts';
import { type Browser, startHarness, type Harness } from './harness.ts';
import {
  callOf,
  idPaths,
  plainFill,
  rootFields,
  signInCitizenAndAllRoleStaff,
} from './operation-calls.ts';

const logLines: string[] = [];
let h: Harness;
let dist: string;
let citizen: Browser;
let staff: Browser;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'spa-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
  h = await startHarness(
    { citizenDist: dist },
    {
      logger: createLogger({
        level: 'info',
        destination: { write: (line: string) => void logLines.push(line) },
      }),
    },
  );
  ({ citizen, staff } = await signInCitizenAndAllRoleStaff(h));
});

afterAll(async () => {
  await h.close();
  rmSync(dist, { recursive: true, force: true });
});

afterEach(() => {
  const errors = logLines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);
  logLines.length = 0;
  expect(errors).toEqual([]);
});

type Answer = {
  status: number;
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
};

async function post(
  browser: Browser | null,
  body: string,
  headers: Record<string, string> = {},
  surface: 'citizen' | 'staff' = browser?.surface ?? 'citizen',
): Promise<Answer> {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  };
  const path = `/api/${surface}/graphql`;
  const response = browser
    ? await browser.request(path, init)
    : await fetch(`${h.baseUrl}${path}`, init);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const gql = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

const codes = (answer: Answer) => answer.body.errors?.map((e) => e.extensions?.code);

describe('the HTTP edge', () => {
  it('answers a body that is not JSON with 400 and a Swedish message', async () => {
    const answer = await post(null, '{"query": "{ __typename ');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toEqual({
      message: 'Begäran kunde inte läsas.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers in English when the browser prefers it', async () => {
    const answer = await post(null, 'not json', { 'accept-language': 'en-GB,en;q=0.9,sv;q=0.5' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toBe('The request could not be read.');
  });

  it('answers a path that does not decode with 400, page or API', async () => {
    const page = await fetch(`${h.baseUrl}/citizen/%E0%A4%A`);
    expect(page.status).toBe(400);
    expect(await page.text()).toBe('Begäran kunde inte läsas.');
    const download = await fetch(`${h.baseUrl}/api/citizen/attachments/%E0%A4%A`);
    expect(download.status).toBe(400);
    expect(((await download.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('answers a URL that is too long with 414', async () => {
    const response = await fetch(`${h.baseUrl}/citizen/${'a'.repeat(5000)}`, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(414);
    expect(await response.text()).toBe('The address is too long.');
  });

  it('limits an anonymous body to a few kilobytes before reading it as JSON', async () => {
    // Not JSON, and larger than the limit: the size is refused first.
    const answer = await post(null, 'x'.repeat(ANONYMOUS_BODY_LIMIT + 1));
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]).toEqual({
      message: 'Begäran är för stor.',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('gives a made-up session cookie the anonymous limit', async () => {
    const answer = await post(null, gql('{ __typename }', { pad: 'x'.repeat(20_000) }), {
      cookie: `${SESSION_COOKIE.citizen}=made.up.token`,
    });
    expect(answer.status).toBe(413);
  });

  it('takes a signed-in citizen’s 2 MB body (attachments are this large) but not 8 MB', async () => {
    const twoMegabytes = await post(
      citizen,
      gql('query($pad: String) { __typename }', { pad: 'x'.repeat(2_000_000) }),
    );
    // Read and refused by GraphQL for the unused variable: the body itself was taken.
    expect(twoMegabytes.status).toBe(400);
    expect(twoMegabytes.body.errors?.[0]?.message).toMatch(/never used/);
    const eightMegabytes = await post(
      citizen,
      gql('{ __typename }', { pad: 'x'.repeat(8_000_000) }),
    );
    expect(eightMegabytes.status).toBe(413);
  });

  it('takes a signed-in staff member’s 2 MB body (a support screenshot) but not 4 MB', async () => {
    const twoMegabytes = await post(
      staff,
      gql('query($pad: String) { __typename }', { pad: 'x'.repeat(2_000_000) }),
    );
    expect(twoMegabytes.status).toBe(400);
    expect(twoMegabytes.body.errors?.[0]?.message).toMatch(/never used/);
    const answer = await post(staff, gql('{ __typename }', { pad: 'x'.repeat(4_000_000) }));
    expect(answer.status).toBe(413);
    expect(codes(answer)).toEqual(['PAYLOAD_TOO_LARGE']);
  });
});

describe('GraphQL requests the client got wrong', () => {
  it('answers a syntax error with 400', async () => {
    const answer = await post(null, gql('{ citizenMe { '));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers a token flood with 400', async () => {
    const answer = await post(citizen, gql(`{ ${'__typename '.repeat(3100)}}`));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/3000 tokens/);
  });

  it('answers an alias flood and a directive flood with 400', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: sessionStatus { now }`);
    const aliased = await post(citizen, gql(`{ ${aliases.join(' ')} }`));
    expect(aliased.status).toBe(400);
    expect(codes(aliased)).toContain('BAD_USER_INPUT');
    const directed = await post(citizen, gql(`{ __typename ${'@skip(if: false) '.repeat(50)}}`));
    expect(directed.status).toBe(400);
    expect(codes(directed)).toContain('BAD_USER_INPUT');
  });

  it('suggests no enum values, in a literal or a variable', async () => {
    const literal = await post(
      staff,
      gql('{ caseQueue(filter: { statuses: [ASSIGNE] }) { __typename } }'),
    );
    const variable = await post(
      staff,
      gql('query($s: [CaseStatus!]) { caseQueue(filter: { statuses: $s }) { __typename } }', {
        s: ['ASSIGNE'],
      }),
    );
    for (const answer of [literal, variable]) {
      expect(answer.status).toBe(400);
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.message).toMatch(/ASSIGNE/);
      expect(answer.body.errors?.[0]?.message).not.toMatch(/Did you mean|ASSIGNED/);
    }
  });

  it('refuses a NUL character in a search text, as a variable or a literal', async () => {
    const ok = await post(
      citizen,
      gql('query($t: String!) { clinicSearch(text: $t) { id } }', { t: 'vård' }),
    );
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    const variable = await post(
      citizen,
      gql('query($t: String!) { clinicSearch(text: $t) { id } }', { t: 'v\u0000rd' }),
    );
    const literal = await post(
      citizen,
      JSON.stringify({ query: '{ clinicSearch(text: "v\\u0000rd") { id } }' }),
    );
    for (const answer of [variable, literal]) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'NUL_CHARACTER',
      });
    }
  });

  it('refuses input nested 5,000 levels deep with 400', async () => {
    let answers = '"x"';
    for (let level = 0; level < 5000; level += 1) answers = `{"a":${answers}}`;
    const body = `{"query":"mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }","variables":{"input":{"caseTypeId":"${crypto.randomUUID()}","clinicId":"${crypto.randomUUID()}","answers":${answers}}}}`;
    const answer = await post(citizen, body);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_DEEP',
    });
    const literal = await post(
      citizen,
      gql(`{ clinicSearch(text: ${'['.repeat(1400)}"x"${']'.repeat(1400)}) { id } }`),
    );
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.map((e) => e.extensions?.reason)).toContain('TOO_DEEP');
  });
});

describe('every operation that takes an ID', () => {
  const cases = rootFields().flatMap((root) => idPaths(root.field).map((path) => ({ root, path })));

  it('is found in the committed schema', () => {
    // The issue counted 22 operations with an ID argument; input fields add more paths.
    expect(new Set(cases.map((c) => c.root.field.name)).size).toBeGreaterThanOrEqual(22);
  });

  it.each(cases.map((c) => [`${c.root.kind}.${c.root.field.name}(${c.path})`, c] as const))(
    '%s: a non-UUID is BAD_USER_INPUT (400) for anyone; a UUID reaches the operation',
    async (_label, { root, path }) => {
      const actors: [string, Browser | null, 'citizen' | 'staff'][] = [
        ['anonymous', null, 'citizen'],
        ['citizen', citizen, 'citizen'],
        ['staff', staff, 'staff'],
      ];
      for (const [who, browser, surface] of actors) {
        const bad = callOf(root, plainFill, { replace: { path, value: 'not-a-uuid' } });
        const refused = await post(browser, gql(bad.document, bad.variables), {}, surface);
        expect(refused.status, `${who} ${bad.label}`).toBe(400);
        expect(codes(refused), `${who} ${bad.label}`).toContain('BAD_USER_INPUT');
        expect(refused.body.errors?.some((e) => e.message.includes('Expected an ID'))).toBe(true);
        const good = callOf(root, plainFill, { replace: { path, value: crypto.randomUUID() } });
        const taken = await post(browser, gql(good.document, good.variables), {}, surface);
        expect(taken.status, `${who} ${good.label}: ${JSON.stringify(taken.body)}`).toBe(200);
        expect(codes(taken) ?? [], `${who} ${good.label}`).not.toContain('INTERNAL_SERVER_ERROR');
      }
    },
  );

  it('refuses a non-UUID written in the document too', async () => {
    const answer = await post(staff, gql('{ staffCase(id: "1 OR 1=1") { id } }'));
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });
});
