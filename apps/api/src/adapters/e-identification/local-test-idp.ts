import express, { type Router } from 'express';
import jwt from 'jsonwebtoken';
import type { Clock } from '../../common/clock.ts';
import type { AppSurface } from '../../common/app-surface.ts';
import { FAVICON_LINK } from '../../http/favicon.ts';
import {
  IdentityProviderError,
  type EIdentificationProvider,
  type VerifiedIdentity,
} from './e-identification.ts';

/** A demo identity shown on the test provider's page. */
export type TestPersona = {
  audience: AppSurface;
  /** Personnummer (citizens) or HSA-id (staff). */
  subject: string;
  name: string;
  descriptionSv: string;
  descriptionEn: string;
};

const CODE_TTL_SECONDS = 120;
const ISSUER = 'local-test-idp';

type CodeClaims = {
  sub: string;
  nonce: string;
  aud: AppSurface;
  redirect_uri: string;
  amr: string;
};

/**
 * The local test identity provider, like the national e-ID test environments: a page lists the
 * seeded personas and takes any personnummer or HSA-id. It never exists in production mode.
 */
export function createLocalTestIdentityProvider(options: {
  clock: Clock;
  signingSecret: string;
  personas: () => Promise<TestPersona[]>;
}): { provider: EIdentificationProvider; router: Router } {
  const { clock, signingSecret } = options;

  const provider: EIdentificationProvider = {
    authorizationUrl({ audience, state, nonce, redirectUri, locale }) {
      const query = new URLSearchParams({ state, nonce, redirect_uri: redirectUri, lang: locale });
      return `/test-idp/${audience}?${query.toString()}`;
    },
    exchangeCode({ audience, code, nonce, redirectUri }): Promise<VerifiedIdentity> {
      let claims: CodeClaims;
      try {
        claims = jwt.verify(code, signingSecret, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience,
          clockTimestamp: Math.floor(clock.now().getTime() / 1000),
        }) as CodeClaims;
      } catch {
        return Promise.reject(new IdentityProviderError('LOGIN_EXPIRED'));
      }
      if (claims.nonce !== nonce || claims.redirect_uri !== redirectUri) {
        return Promise.reject(new IdentityProviderError('LOGIN_EXPIRED'));
      }
      return Promise.resolve({ subject: claims.sub, method: claims.amr });
    },
  };

  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '4kb' }));

  router.get('/test-idp/:audience', async (req, res) => {
    const audience = parseAudience(req.params.audience);
    const params = readParams(req.query);
    if (!audience || !params) {
      res.status(400).type('text/plain').send('Bad request');
      return;
    }
    const personas = (await options.personas()).filter((p) => p.audience === audience);
    res.type('html').send(renderPage({ audience, params, personas }));
  });

  router.post('/test-idp/:audience', (req, res) => {
    const audience = parseAudience(req.params.audience);
    const body = req.body as Record<string, string | undefined>;
    const params = readParams(body);
    if (!audience || !params || !isSameOriginCallback(params.redirect_uri)) {
      res.status(400).type('text/plain').send('Bad request');
      return;
    }
    // Only the path and query matter: the redirect stays on this origin.
    const target = new URL(params.redirect_uri, 'http://localhost');
    target.searchParams.set('state', params.state);
    if (body.action === 'cancel') {
      target.searchParams.set('error', 'access_denied');
    } else {
      const subject = (body.subject ?? body.freeSubject ?? '').trim();
      if (!subject) {
        res.status(400).type('text/plain').send('Bad request');
        return;
      }
      const now = Math.floor(clock.now().getTime() / 1000);
      const claims: CodeClaims = {
        sub: subject,
        nonce: params.nonce,
        aud: audience,
        redirect_uri: params.redirect_uri,
        amr: audience === 'citizen' ? 'test-bankid' : 'test-siths',
      };
      const code = jwt.sign({ ...claims, iat: now, exp: now + CODE_TTL_SECONDS }, signingSecret, {
        algorithm: 'HS256',
        issuer: ISSUER,
      });
      target.searchParams.set('code', code);
    }
    res.redirect(303, `${target.pathname}${target.search}`);
  });

  return { provider, router };
}

type Params = { state: string; nonce: string; redirect_uri: string; lang: 'sv' | 'en' };

function readParams(source: Record<string, unknown>): Params | undefined {
  const { state, nonce, redirect_uri: redirectUri, lang } = source;
  if (typeof state !== 'string' || typeof nonce !== 'string' || typeof redirectUri !== 'string') {
    return undefined;
  }
  return { state, nonce, redirect_uri: redirectUri, lang: lang === 'en' ? 'en' : 'sv' };
}

function parseAudience(value: string | undefined): AppSurface | undefined {
  return value === 'citizen' || value === 'staff' ? value : undefined;
}

/** The test provider only ever returns to this API's own callback paths. */
function isSameOriginCallback(redirectUri: string): boolean {
  return /^\/api\/(citizen|staff)\/auth\/callback$/.test(redirectUri);
}

const TEXT = {
  sv: {
    title: 'Testinloggning',
    citizen: 'Logga in som invånare',
    staff: 'Logga in som personal',
    intro:
      'Det här är en lokal testmiljö för e-legitimation. Välj en testperson eller skriv in en identitet. Alla personer är påhittade.',
    personas: 'Testpersoner',
    free: 'Annan identitet',
    subjectCitizen: 'Personnummer',
    subjectStaff: 'HSA-id',
    hintCitizen: 'Tolv siffror, till exempel 19800101-2389',
    hintStaff: 'Till exempel SE2321000016-abc1',
    login: 'Logga in',
    loginAs: 'Logga in som',
    cancel: 'Avbryt',
  },
  en: {
    title: 'Test login',
    citizen: 'Log in as a citizen',
    staff: 'Log in as staff',
    intro:
      'This is a local test environment for e-identification. Choose a test person or type an identity. Everyone here is fictional.',
    personas: 'Test persons',
    free: 'Other identity',
    subjectCitizen: 'Personal identity number',
    subjectStaff: 'HSA-id',
    hintCitizen: 'Twelve digits, for example 19800101-2389',
    hintStaff: 'For example SE2321000016-abc1',
    login: 'Log in',
    loginAs: 'Log in as',
    cancel: 'Cancel',
  },
} as const;

function renderPage(input: {
  audience: AppSurface;
  params: Params;
  personas: TestPersona[];
}): string {
  const { audience, params, personas } = input;
  const t = TEXT[params.lang];
  const hidden = (['state', 'nonce', 'redirect_uri', 'lang'] as const)
    .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(params[name])}">`)
    .join('');
  const rows = personas
    .map(
      (
        p,
      ) => `<li><form method="post">${hidden}<input type="hidden" name="subject" value="${escapeHtml(p.subject)}">
        <button type="submit" aria-label="${escapeHtml(`${t.loginAs} ${p.name}`)}">${escapeHtml(p.name)}</button>
        <span class="id">${escapeHtml(p.subject)}</span>
        <span class="desc">${escapeHtml(params.lang === 'en' ? p.descriptionEn : p.descriptionSv)}</span></form></li>`,
    )
    .join('\n');
  const subjectLabel = audience === 'citizen' ? t.subjectCitizen : t.subjectStaff;
  const hint = audience === 'citizen' ? t.hintCitizen : t.hintStaff;
  return `<!doctype html>
<html lang="${params.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
${FAVICON_LINK}
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1c2b36;background:#f4f7f8;line-height:1.5}
header{background:#24405a;color:#fff;padding:1rem 2rem}main{max-width:52rem;margin:0 auto;padding:1.5rem 2rem}
h1{font-size:1.6rem;margin:0}ul{list-style:none;padding:0}li form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:baseline;background:#fff;border:1px solid #c6d2da;border-radius:6px;padding:.6rem .9rem;margin-bottom:.5rem}
button{font:inherit;padding:.4rem .9rem;border-radius:4px;border:2px solid #24405a;background:#24405a;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#24405a}.id{font-variant-numeric:tabular-nums;color:#34495a}.desc{color:#34495a;flex-basis:100%}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}label{display:block;font-weight:600}.hint{color:#34495a;margin:0 0 .3rem}
input[type=text]{font:inherit;padding:.4rem;border:2px solid #4a5d6b;border-radius:4px;width:18rem;max-width:100%}
</style></head>
<body>
<header><p style="margin:0">${t.title}</p></header>
<main>
<h1>${audience === 'citizen' ? t.citizen : t.staff}</h1>
<p>${t.intro}</p>
<h2>${t.personas}</h2>
<ul>${rows}</ul>
<h2>${t.free}</h2>
<form method="post">${hidden}
<label for="freeSubject">${subjectLabel}</label><p class="hint" id="freeSubject-hint">${hint}</p>
<input type="text" id="freeSubject" name="freeSubject" autocomplete="off" aria-describedby="freeSubject-hint">
<button type="submit">${t.login}</button>
</form>
<form method="post" style="margin-top:1.5rem">${hidden}<input type="hidden" name="action" value="cancel"><button class="secondary" type="submit">${t.cancel}</button></form>
</main>
</body></html>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
