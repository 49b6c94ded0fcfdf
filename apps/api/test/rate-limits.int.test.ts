// The rate limits as a client meets them: 429 with Retry-After (and RATE_LIMITED inside
// GraphQL) for login starts and callbacks per client address, GraphQL per session and per
// anonymous client, and things created per person; shared by two API instances on one
// database; open again after the window. Clients are told apart by X-Forwarded-For, which the
// API trusts from the loopback proxy here (TRUST_PROXY), so each test has addresses of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createActivatedCaseType, createClinic, createPerson, createRegion } from './factories.ts';
import type { RateLimits } from '../src/rate-limits/rate-limit.rules.ts';

/** A browser behind its own address, as a trusted proxy reports it. */
class ClientAt extends Browser {
  constructor(
    baseUrl: string,
    surface: 'citizen' | 'staff',
    private readonly address: string,
  ) {
    super(baseUrl, surface);
  }

  override request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('x-forwarded-for', this.address);
    return super.request(path, { ...init, headers });
  }
}

let addressSerial = 0;
/** A client address no other test uses. */
const freshAddress = () => `198.51.100.${String(++addressSerial)}`;

const WINDOW = 600;
const limits: RateLimits = {
  login: { points: 8, durationSeconds: WINDOW },
  graphqlSession: { points: 12, durationSeconds: WINDOW },
  graphqlAnonymous: { points: 3, durationSeconds: WINDOW },
  creates: { points: 2, durationSeconds: WINDOW },
  publicMail: { points: 2, durationSeconds: WINDOW },
};
const config = { rateLimits: limits, trustProxy: ['loopback'] };

let h: Harness;
/** A second API instance on the same database. */
let h2: Harness;
let clinic: { id: string };
let caseType: { id: string };

beforeAll(async () => {
  h = await startHarness(config);
  h2 = await startHarness(config, { sameDatabaseAs: h });
  const region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  caseType = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
    kind: 'RENEW_PRESCRIPTION',
    definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
    options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
  });
});

afterAll(async () => {
  await h2.close();
  await h.close();
});

const TYPENAME = '{ __typename }';
const SAVE = `mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id revision } }`;

type GraphQLAnswer = {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

async function post(client: Browser, query: string, variables: object = {}) {
  const response = await client.request(`/api/${client.surface}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as GraphQLAnswer };
}

/** The Retry-After of a refusal, checked to be whole seconds within the window. */
function retryAfter(response: Response): number {
  expect(response.status).toBe(429);
  const header = response.headers.get('retry-after') ?? '';
  expect(header).toMatch(/^\d+$/);
  const seconds = Number(header);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(WINDOW);
  return seconds;
}

/** A GraphQL refusal: 429, Retry-After, and RATE_LIMITED with the same number of seconds. */
function expectRateLimited(answer: { response: Response; body: GraphQLAnswer }): void {
  const seconds = retryAfter(answer.response);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toEqual([
    { message: 'RATE_LIMITED', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } },
  ]);
}

async function signedInCitizen(base: string, address: string, birthDate: string) {
  const person = await createPerson(h.prisma, { birthDate });
  const browser = new ClientAt(base, 'citizen', address);
  expect(await browser.login(person.identityNumber)).toBe('/citizen/?lang=sv');
  return { browser, person };
}

describe('login starts and callbacks, per client address', () => {
  it('answers 429 with Retry-After and a page in Swedish and English past the limit', async () => {
    const client = new ClientAt(h.baseUrl, 'citizen', freshAddress());
    for (let i = 0; i < limits.login.points; i++)
      expect((await client.startLogin()).status).toBe(303);
    const refused = await client.startLogin();
    retryAfter(refused);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(refused.headers.get('location')).toBeNull();
    const page = await refused.text();
    expect(page).toContain('För många inloggningar');
    expect(page).toContain('Too many logins');
    expect(page).toContain('role="alert"');

    // The callback counts against the same address.
    const callback = await client.request('/api/citizen/auth/callback?state=x&code=y');
    retryAfter(callback);
    // Another address, and the staff route for it, are not held back.
    const other = new ClientAt(h.baseUrl, 'staff', freshAddress());
    expect((await other.startLogin()).status).toBe(303);
  });

  it('counts login starts and callbacks together: a whole login is two', async () => {
    const address = freshAddress();
    const person = await createPerson(h.prisma, { birthDate: '1970-01-05' });
    const logins = limits.login.points / 2;
    for (let i = 0; i < logins; i++) {
      const browser = new ClientAt(h.baseUrl, 'citizen', address);
      expect(await browser.loginWithoutAcceptingTerms(person.identityNumber)).toBe(
        '/citizen/?lang=sv',
      );
    }
    retryAfter(await new ClientAt(h.baseUrl, 'citizen', address).startLogin());
  });
});

describe('starting a login stores nothing', () => {
  it('leaves the database as it was after many anonymous login starts', async () => {
    const before = await h.prisma.loginTransaction.count();
    const rowsBefore = await h.prisma.rateLimitCounter.count();
    for (let i = 0; i < limits.login.points * 3; i++) {
      const client = new ClientAt(h.baseUrl, i % 2 ? 'citizen' : 'staff', freshAddress());
      expect((await client.startLogin()).status).toBe(303);
    }
    expect(await h.prisma.loginTransaction.count()).toBe(before);
    // The only trace is one counter per address, which expires with its window.
    expect(await h.prisma.rateLimitCounter.count()).toBe(rowsBefore + limits.login.points * 3);
  });

  it('records a login the provider vouched for once, and refuses the same callback again', async () => {
    const person = await createPerson(h.prisma, { birthDate: '1970-01-06' });
    const browser = new ClientAt(h.baseUrl, 'citizen', freshAddress());
    const before = await h.prisma.loginTransaction.count();
    const callback = await browser.answerIdp(await browser.startLogin(), {
      subject: person.identityNumber,
    });
    const loginCookie = browser.cookie('etj_citizen_login');
    expect(loginCookie).toBeDefined();
    const done = await browser.request(callback);
    expect(done.headers.get('location')).toBe('/citizen/?lang=sv');
    expect(await h.prisma.loginTransaction.count()).toBe(before + 1);

    // The same login cookie and code replayed from elsewhere finish nothing.
    const thief = new Browser(
      h.baseUrl,
      'citizen',
      new Map([['etj_citizen_login', loginCookie ?? '']]),
    );
    const replay = await thief.request(callback);
    expect(replay.headers.get('location')).toBe('/citizen/login?error=LOGIN_EXPIRED&lang=sv');
    expect(thief.hasCookie('etj_citizen')).toBe(false);
    expect(await h.prisma.loginTransaction.count()).toBe(before + 1);
  });

  it('refuses a login cookie that was tampered with', async () => {
    const person = await createPerson(h.prisma, { birthDate: '1970-01-07' });
    const browser = new ClientAt(h.baseUrl, 'citizen', freshAddress());
    const callback = await browser.answerIdp(await browser.startLogin(), {
      subject: person.identityNumber,
    });
    const state = new URL(callback, h.baseUrl).searchParams.get('state') ?? '';
    const forged = new Browser(h.baseUrl, 'citizen', new Map([['etj_citizen_login', state]]));
    const done = await forged.request(callback);
    expect(done.headers.get('location')).toBe('/citizen/login?error=LOGIN_EXPIRED&lang=sv');
  });
});

describe('GraphQL requests', () => {
  it('allows an anonymous client only a few, per address, then 429 with RATE_LIMITED', async () => {
    const client = new ClientAt(h.baseUrl, 'citizen', freshAddress());
    for (let i = 0; i < limits.graphqlAnonymous.points; i++)
      expect((await post(client, TYPENAME)).response.status).toBe(200);
    expectRateLimited(await post(client, TYPENAME));
    // Not even a body that would not parse gets through.
    const garbage = await client.request('/api/citizen/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    retryAfter(garbage);
    expect(
      (await post(new ClientAt(h.baseUrl, 'citizen', freshAddress()), TYPENAME)).response.status,
    ).toBe(200);
  });

  it('allows a session far more than an anonymous client, then 429, without touching other sessions', async () => {
    const address = freshAddress();
    const { browser } = await signedInCitizen(h.baseUrl, address, '1980-02-02');
    // Logging in accepted the terms: one request of the session's allowance.
    for (let i = 1; i < limits.graphqlSession.points; i++)
      expect((await post(browser, TYPENAME)).response.status).toBe(200);
    expectRateLimited(await post(browser, TYPENAME));

    // Another session and an anonymous client behind the same address carry on.
    const { browser: neighbour } = await signedInCitizen(h.baseUrl, address, '1980-02-03');
    expect((await post(neighbour, TYPENAME)).response.status).toBe(200);
    const anonymous = new ClientAt(h.baseUrl, 'citizen', address);
    expect((await post(anonymous, TYPENAME)).response.status).toBe(200);
  });
});

describe('public requests that send an e-mail, per client address', () => {
  it('refuses a third driftstatus subscription from one address, and queues no mail for it', async () => {
    const client = new ClientAt(h.baseUrl, 'citizen', freshAddress());
    const subscribe = (n: number) =>
      client.graphql(
        'mutation($input: SubscribeToServiceStatusInput!) { subscribeToServiceStatus(input: $input) }',
        { input: { email: `rate-limit-${String(n)}@example.se`, language: 'sv' } },
      );
    expect((await subscribe(1)).data).toEqual({ subscribeToServiceStatus: true });
    expect((await subscribe(2)).data).toEqual({ subscribeToServiceStatus: true });
    const refused = await subscribe(3);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(
      await h.prisma.serviceStatusSubscription.count({
        where: { email: { startsWith: 'rate-limit-' } },
      }),
    ).toBe(2);
  });
});

describe('things created, per person', () => {
  const newDraft = (browser: Browser) =>
    post(browser, SAVE, {
      input: { clinicId: clinic.id, caseTypeId: caseType.id, answers: {} },
    });

  it('refuses the next new draft past the limit, in any session of the person, and creates nothing', async () => {
    const { browser, person } = await signedInCitizen(h.baseUrl, freshAddress(), '1985-05-05');
    const drafts = () => h.prisma.caseDraft.count({ where: { senderPersonId: person.id } });
    const first = await newDraft(browser);
    expect(first.body.errors).toBeUndefined();
    expect((await newDraft(browser)).body.errors).toBeUndefined();
    expect(await drafts()).toBe(2);

    expectRateLimited(await newDraft(browser));
    // Another session of the same person, from elsewhere and on the other instance.
    const elsewhere = new ClientAt(h2.baseUrl, 'citizen', freshAddress());
    await elsewhere.login(person.identityNumber);
    expectRateLimited(await newDraft(elsewhere));
    expect(await drafts()).toBe(2);

    // Saving a draft that exists creates nothing and is not held back.
    const { id, revision } = (
      first.body.data as { saveCaseDraft: { id: string; revision: number } }
    ).saveCaseDraft;
    const saved = await post(browser, SAVE, {
      input: {
        clinicId: clinic.id,
        caseTypeId: caseType.id,
        draftId: id,
        revision,
        answers: {},
      },
    });
    expect(saved.response.status).toBe(200);
    expect(saved.body.errors).toBeUndefined();

    // Another person is not held back.
    const { browser: other } = await signedInCitizen(h.baseUrl, freshAddress(), '1985-05-06');
    expect((await newDraft(other)).body.errors).toBeUndefined();
  });

  it('counts every alias, so one request cannot create many', async () => {
    const { browser, person } = await signedInCitizen(h.baseUrl, freshAddress(), '1986-06-06');
    const input = { clinicId: clinic.id, caseTypeId: caseType.id, answers: {} };
    const three = `mutation($input: SaveCaseDraftInput!) {
      a: saveCaseDraft(input: $input) { id } b: saveCaseDraft(input: $input) { id }
      c: saveCaseDraft(input: $input) { id } }`;
    expectRateLimited(await post(browser, three, { input }));
    expect(await h.prisma.caseDraft.count({ where: { senderPersonId: person.id } })).toBe(0);
  });
});

describe('across API instances', () => {
  it('counts one address on both instances against one limit', async () => {
    const address = freshAddress();
    const one = new ClientAt(h.baseUrl, 'citizen', address);
    const two = new ClientAt(h2.baseUrl, 'citizen', address);
    expect((await post(one, TYPENAME)).response.status).toBe(200);
    expect((await post(two, TYPENAME)).response.status).toBe(200);
    expect((await post(one, TYPENAME)).response.status).toBe(200);
    expectRateLimited(await post(two, TYPENAME));
    expectRateLimited(await post(one, TYPENAME));
  });

  it('counts login starts on both instances against one limit', async () => {
    const address = freshAddress();
    for (let i = 0; i < limits.login.points; i++) {
      const base = i % 2 ? h.baseUrl : h2.baseUrl;
      expect((await new ClientAt(base, 'staff', address).startLogin()).status).toBe(303);
    }
    retryAfter(await new ClientAt(h2.baseUrl, 'staff', address).startLogin());
    retryAfter(await new ClientAt(h.baseUrl, 'staff', address).startLogin());
  });
});

describe('the counters', () => {
  it('all carry an expiry, so the store deletes them once their window is long over', async () => {
    expect(await h.prisma.rateLimitCounter.count()).toBeGreaterThan(0);
    expect(await h.prisma.rateLimitCounter.count({ where: { expire: null } })).toBe(0);
  });
});

describe('after the window', () => {
  // The library counts on the system clock (Date.now), not the application clock, so this
  // instance has a short window and the test waits for the Retry-After it was given.
  let short: Harness;
  beforeAll(async () => {
    short = await startHarness(
      { ...config, rateLimits: { ...limits, graphqlAnonymous: { points: 1, durationSeconds: 3 } } },
      { sameDatabaseAs: h },
    );
  });
  afterAll(async () => {
    await short.close();
  });

  it('lets the client in again once Retry-After has passed', async () => {
    const client = new ClientAt(short.baseUrl, 'citizen', freshAddress());
    expect((await post(client, TYPENAME)).response.status).toBe(200);
    // The next request is refused, unless the window already ran out on a slow machine: then
    // one of the following is (the limit is one a window).
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 5 && !refused; i++) {
      const answer = await post(client, TYPENAME);
      if (answer.response.status !== 200) refused = answer;
    }
    expect(refused).toBeDefined();
    if (!refused) return;
    expectRateLimited(refused);
    const wait = Number(refused.response.headers.get('retry-after'));
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 250));
    expect((await post(client, TYPENAME)).response.status).toBe(200);
  });
});
