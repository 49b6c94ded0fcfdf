import express, { type RequestHandler, type Router } from 'express';
import type { AppSurface } from './actor.ts';
import type { LoginService } from './login.service.ts';
import type { SessionService } from './session.service.ts';
import {
  clearSessionCookie,
  readSessionCookie,
  setLoginStateCookie,
  setSessionCookie,
  takeLoginStateCookie,
} from './session.cookies.ts';

const SURFACES: AppSurface[] = ['citizen', 'staff'];

const locale = (value: unknown): 'sv' | 'en' => (value === 'en' ? 'en' : 'sv');
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * Login, the provider's callback and logout for both SPAs. Public by nature: login starts and
 * callbacks are rate limited per client address (`loginLimit`), and starting one stores nothing.
 */
export function authRoutes(deps: {
  login: LoginService;
  sessions: SessionService;
  loginLimit: (surface: AppSurface) => RequestHandler;
}): Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '1kb' }));

  for (const surface of SURFACES) {
    const loginLimit = deps.loginLimit(surface);
    router.get(`/api/${surface}/auth/login`, loginLimit, (req, res) => {
      const { cookie, url } = deps.login.begin(surface, {
        returnTo: text(req.query.returnTo) ?? `/${surface}/`,
        locale: locale(req.query.lang),
      });
      setLoginStateCookie(res, surface, cookie);
      res.redirect(303, url);
    });

    router.get(`/api/${surface}/auth/callback`, loginLimit, async (req, res) => {
      const outcome = await deps.login.complete(surface, {
        state: text(req.query.state) ?? '',
        browserState: takeLoginStateCookie(req, res, surface),
        code: text(req.query.code),
        error: text(req.query.error),
        issuer: text(req.query.iss),
      });
      if (!outcome.ok) {
        res.redirect(303, `/${surface}/login?error=${outcome.refusal}&lang=${outcome.locale}`);
        return;
      }
      setSessionCookie(res, surface, deps.sessions.issueToken(outcome.session, surface));
      const separator = outcome.returnTo.includes('?') ? '&' : '?';
      res.redirect(303, `${outcome.returnTo}${separator}lang=${outcome.locale}`);
    });

    router.post(`/api/${surface}/auth/logout`, async (req, res) => {
      const resolved = await deps.sessions.resolve(readSessionCookie(req, surface), surface);
      if (resolved.ok) await deps.sessions.end(resolved.session.id, 'LOGOUT');
      clearSessionCookie(res, surface);
      const body = req.body as Record<string, unknown> | undefined;
      res.redirect(303, `/${surface}/logged-out?lang=${locale(body?.lang)}`);
    });
  }
  return router;
}
