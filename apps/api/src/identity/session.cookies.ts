import type { CookieOptions, Request, Response } from 'express';
import type { AppSurface } from './actor.ts';

/** Each SPA has its own cookie scoped to its own API path, so one logout never ends the other. */
export const SESSION_COOKIE: Record<AppSurface, string> = {
  citizen: 'etj_citizen',
  staff: 'etj_staff',
};
const LOGIN_STATE_COOKIE: Record<AppSurface, string> = {
  citizen: 'etj_citizen_login',
  staff: 'etj_staff_login',
};
const LOGIN_STATE_MAX_AGE_MS = 10 * 60 * 1000;

const base = (surface: AppSurface): CookieOptions => ({
  httpOnly: true,
  secure: true,
  path: `/api/${surface}`,
});

export function setSessionCookie(res: Response, surface: AppSurface, token: string): void {
  // A session cookie (no Max-Age): it dies with the browser; the server enforces the lifetimes.
  res.cookie(SESSION_COOKIE[surface], token, { ...base(surface), sameSite: 'strict' });
}

export function clearSessionCookie(res: Response, surface: AppSurface): void {
  res.clearCookie(SESSION_COOKIE[surface], { ...base(surface), sameSite: 'strict' });
}

export function readSessionCookie(req: Request, surface: AppSurface): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE[surface]];
  return typeof value === 'string' ? value : undefined;
}

/** Binds a login in progress to this browser. Lax, so the provider's top-level redirect back carries it. */
export function setLoginStateCookie(res: Response, surface: AppSurface, state: string): void {
  res.cookie(LOGIN_STATE_COOKIE[surface], state, {
    ...base(surface),
    path: `/api/${surface}/auth`,
    sameSite: 'lax',
    maxAge: LOGIN_STATE_MAX_AGE_MS,
  });
}

export function takeLoginStateCookie(
  req: Request,
  res: Response,
  surface: AppSurface,
): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[LOGIN_STATE_COOKIE[surface]];
  res.clearCookie(LOGIN_STATE_COOKIE[surface], {
    ...base(surface),
    path: `/api/${surface}/auth`,
    sameSite: 'lax',
  });
  return typeof value === 'string' ? value : undefined;
}
