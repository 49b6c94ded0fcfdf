// A real OpenID Connect provider (oidc-provider) in this process stands in for the e-ID broker;
// the API runs in production mode with the OIDC adapter, and a browser-like client walks the flow.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, startHarness, type Harness } from '../../../test/harness.ts';
import { createClinic, createPerson, createRegion, createStaff } from '../../../test/factories.ts';
import type { OidcEidConfig } from '../../config.ts';
import { IdentityProviderError, type EIdentificationProvider } from './e-identification.ts';
import { createOidcIdentityProvider } from './oidc-provider.ts';

const PUBLIC_ORIGIN = 'https://e.example';
const CITIZEN_ME = '{ citizenMe { id personnummer } }';

/** The test IdP: accounts have opaque ids; the personnummer is a claim, as at a real broker. */
type TestIdp = {
  issuer: string;
  /** A citizen account: an opaque `sub`, the personnummer in its own claim. */
  accountFor(personnummer: string): string;
  /** A staff account whose `sub` is the HSA-id, as at a SITHS IdP. */
  staffAccount(hsaId: string): string;
  close(): Promise<void>;
};

async function startTestIdp(): Promise<TestIdp> {
  const claimsByAccount = new Map<string, Record<string, string>>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = (audience: 'citizen' | 'staff') => ({
    client_id: `etj-${audience}`,
    client_secret: `${audience}-client-secret-for-tests`,
    redirect_uris: [`${PUBLIC_ORIGIN}/api/${audience}/auth/callback`],
    grant_types: ['authorization_code'],
    response_types: ['code' as const],
    // Like a broker that always states the assurance level, so `acr` is in every ID token.
    default_acr_values: ['urn:test:bankid'],
  });
  const provider = new Provider(issuer, {
    clients: [client('citizen'), client('staff')],
    jwks: {
      keys: [
        generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
          format: 'jwk',
        }),
      ],
    },
    cookies: { keys: ['test-idp-cookie-key'] },
    scopes: ['openid', 'personal_identity_number'],
    claims: {
      acr: null,
      auth_time: null,
      openid: ['sub'],
      personal_identity_number: ['personal_identity_number'],
    },
    acrValues: ['urn:test:bankid'],
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 300,
      IdToken: 300,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    findAccount: (_ctx, accountId) => {
      const claims = claimsByAccount.get(accountId);
      if (!claims) return undefined;
      return { accountId, claims: () => ({ ...claims, sub: accountId }) };
    },
    // First-party clients: the login is the only step, no consent screen.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope(clientId === 'etj-citizen' ? 'openid personal_identity_number' : 'openid');
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/interaction\/([^/]+)\/(login|abort)$/.exec(req.url ?? '');
    if (!match || req.method !== 'POST') {
      void handle(req, res);
      return;
    }
    // The login page itself is not the point here: a form post with the identity stands in for it.
    void (async () => {
      const form = new URLSearchParams(await readBody(req));
      await provider.interactionDetails(req, res);
      const result =
        match[2] === 'abort'
          ? { error: 'access_denied', error_description: 'The person cancelled' }
          : { login: { accountId: form.get('account') ?? '', acr: 'urn:test:bankid' } };
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return {
    issuer,
    accountFor(personnummer) {
      const accountId = randomUUID();
      claimsByAccount.set(accountId, { personal_identity_number: personnummer });
      return accountId;
    },
    staffAccount(hsaId) {
      claimsByAccount.set(hsaId, {});
      return hsaId;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      resolve(body);
    });
    req.on('error', reject);
  });
}

/** The browser's side of the IdP: its own cookie jar, redirects followed by hand. */
class IdpBrowser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<string> {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [name = '', ...rest] = (line.split(';')[0] ?? '').split('=');
      this.cookies.set(name.trim(), rest.join('='));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`IdP answered ${response.status} without a redirect`);
    return new URL(location, url).href;
  }

  /** Follows the IdP's redirects until it sends the browser away from itself. */
  async follow(url: string, issuer: string): Promise<string> {
    let next = url;
    while (next.startsWith(issuer) && !next.includes('/interaction/'))
      next = await this.request(next);
    return next;
  }

  /** Authorization request -> login (or cancel) -> the redirect back to the API's callback. */
  async authenticate(
    authorizationUrl: string,
    issuer: string,
    step: { account: string } | 'cancel',
  ): Promise<URL> {
    const interaction = await this.follow(authorizationUrl, issuer);
    const action = step === 'cancel' ? 'abort' : 'login';
    const resumed = await this.request(`${interaction}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(step === 'cancel' ? {} : step).toString(),
    });
    return new URL(await this.follow(resumed, issuer));
  }
}

let idp: TestIdp;
let h: Harness;
let eid: EIdentificationProvider;
let citizen: { id: string; identityNumber: string };

beforeAll(async () => {
  idp = await startTestIdp();
  const clients: OidcEidConfig = {
    citizen: {
      issuer: idp.issuer,
      clientId: 'etj-citizen',
      clientSecret: 'citizen-client-secret-for-tests',
      subjectClaim: 'personal_identity_number',
      scope: 'openid personal_identity_number',
    },
    staff: {
      issuer: idp.issuer,
      clientId: 'etj-staff',
      clientSecret: 'staff-client-secret-for-tests',
      subjectClaim: 'sub',
      scope: 'openid',
    },
  };
  eid = await createOidcIdentityProvider({
    clients,
    publicOrigin: PUBLIC_ORIGIN,
    pkceSecret: 'pkce-secret-for-tests',
  });
  h = await startHarness({ mode: 'production', publicOrigin: PUBLIC_ORIGIN }, { eid });
  citizen = await createPerson(h.prisma, { birthDate: '1980-03-14' });
});

afterAll(async () => {
  await h.close();
  await idp.close();
});

/** Starts a citizen login at the API; returns the URL the API sends the browser to. */
async function startLogin(browser: Browser): Promise<string> {
  const start = await browser.request('/api/citizen/auth/login?returnTo=/citizen/&lang=sv');
  return start.headers.get('location') ?? '';
}

/** Hands the IdP's redirect to the API's callback; returns where the API sends the browser. */
async function callback(browser: Browser, back: URL): Promise<string> {
  expect(back.origin).toBe(PUBLIC_ORIGIN);
  const done = await browser.request(`${back.pathname}${back.search}`);
  return done.headers.get('location') ?? '';
}

describe('real OpenID Connect e-identification', () => {
  it('sends the browser to the provider with PKCE, nonce, state and an absolute callback', async () => {
    const url = new URL(await startLogin(new Browser(h.baseUrl, 'citizen')));
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('redirect_uri')).toBe(`${PUBLIC_ORIGIN}/api/citizen/auth/callback`);
    expect(url.searchParams.get('client_id')).toBe('etj-citizen');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('state')).toBeTruthy();
  });

  it('logs a citizen in through the provider and citizenMe answers', async () => {
    const browser = new Browser(h.baseUrl, 'citizen');
    const back = await new IdpBrowser().authenticate(await startLogin(browser), idp.issuer, {
      account: idp.accountFor(citizen.identityNumber),
    });
    expect(back.searchParams.get('iss')).toBe(idp.issuer);
    expect(await callback(browser, back)).toBe('/citizen/?lang=sv');
    const me = await browser.graphql<{ citizenMe: { id: string; personnummer: string } }>(
      CITIZEN_ME,
    );
    expect(me.errors).toBeUndefined();
    expect(me.data?.citizenMe.id).toBe(citizen.id);
    expect(me.data?.citizenMe.personnummer.replace('-', '')).toBe(citizen.identityNumber);
  });

  it('refuses a replayed callback and a used code smuggled into a new login', async () => {
    const browser = new Browser(h.baseUrl, 'citizen');
    const back = await new IdpBrowser().authenticate(await startLogin(browser), idp.issuer, {
      account: idp.accountFor(citizen.identityNumber),
    });
    expect(await callback(browser, back)).toBe('/citizen/?lang=sv');

    const again = new Browser(h.baseUrl, 'citizen');
    const fresh = new URL(await startLogin(again));
    const smuggled = new URL(back);
    smuggled.searchParams.set('state', fresh.searchParams.get('state') ?? '');
    expect(await callback(again, smuggled)).toBe('/citizen/login?error=LOGIN_EXPIRED&lang=sv');
    expect(again.hasCookie('etj_citizen')).toBe(false);
  });

  it('accepts a code once: the provider refuses the replay as an expired login', async () => {
    const request = {
      audience: 'citizen' as const,
      state: 'state-for-replay',
      nonce: 'nonce-for-replay',
      redirectUri: '/api/citizen/auth/callback',
    };
    const back = await new IdpBrowser().authenticate(
      eid.authorizationUrl({ ...request, locale: 'sv' }),
      idp.issuer,
      { account: idp.accountFor(citizen.identityNumber) },
    );
    const exchange = {
      ...request,
      code: back.searchParams.get('code') ?? '',
      issuer: back.searchParams.get('iss') ?? '',
    };
    await expect(eid.exchangeCode(exchange)).resolves.toEqual({
      subject: citizen.identityNumber,
      method: 'urn:test:bankid',
    });
    await expect(eid.exchangeCode(exchange)).rejects.toEqual(
      new IdentityProviderError('LOGIN_EXPIRED'),
    );
  });

  it('refuses an ID token whose nonce is not the login transaction’s', async () => {
    const browser = new Browser(h.baseUrl, 'citizen');
    const authorization = new URL(await startLogin(browser));
    authorization.searchParams.set('nonce', 'a-nonce-the-api-never-issued');
    const back = await new IdpBrowser().authenticate(authorization.href, idp.issuer, {
      account: idp.accountFor(citizen.identityNumber),
    });
    expect(back.searchParams.get('code')).toBeTruthy();
    expect(await callback(browser, back)).toBe('/citizen/login?error=LOGIN_EXPIRED&lang=sv');
    expect(browser.hasCookie('etj_citizen')).toBe(false);
  });

  it('refuses a code that claims to come from another issuer', async () => {
    const browser = new Browser(h.baseUrl, 'citizen');
    const back = await new IdpBrowser().authenticate(await startLogin(browser), idp.issuer, {
      account: idp.accountFor(citizen.identityNumber),
    });
    back.searchParams.set('iss', 'https://evil.example');
    expect(await callback(browser, back)).toBe('/citizen/login?error=LOGIN_EXPIRED&lang=sv');
    expect(browser.hasCookie('etj_citizen')).toBe(false);
  });

  it('logs a staff member in with the HSA-id from the staff client’s subject claim', async () => {
    const region = await createRegion(h.prisma);
    const clinic = await createClinic(h.prisma, region.id);
    const member = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
    });
    const browser = new Browser(h.baseUrl, 'staff');
    const start = await browser.request('/api/staff/auth/login?returnTo=/staff/&lang=sv');
    const authorization = new URL(start.headers.get('location') ?? '');
    expect(authorization.searchParams.get('client_id')).toBe('etj-staff');
    const back = await new IdpBrowser().authenticate(authorization.href, idp.issuer, {
      account: idp.staffAccount(member.hsaId),
    });
    expect(back.pathname).toBe('/api/staff/auth/callback');
    const done = await browser.request(`${back.pathname}${back.search}`);
    expect(done.headers.get('location')).toBe('/staff/?lang=sv');
    const me = await browser.graphql<{ staffMe: { id: string; hsaId: string } }>(
      '{ staffMe { id hsaId } }',
    );
    expect(me.data?.staffMe).toEqual({ id: member.id, hsaId: member.hsaId });
  });

  it('reports a login the person cancelled at the provider as cancelled', async () => {
    const browser = new Browser(h.baseUrl, 'citizen');
    const back = await new IdpBrowser().authenticate(
      await startLogin(browser),
      idp.issuer,
      'cancel',
    );
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(await callback(browser, back)).toBe('/citizen/login?error=LOGIN_CANCELLED&lang=sv');
    expect(browser.hasCookie('etj_citizen')).toBe(false);
  });
});
