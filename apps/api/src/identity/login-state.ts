import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { AppSurface } from './actor.ts';

/** A login in progress: what the callback needs to finish it, and when it started. */
export type LoginState = {
  state: string;
  nonce: string;
  returnTo: string;
  locale: string;
  createdAt: Date;
};

type Claims = { st: string; nn: string; rt: string; lc: string; at: number };

/**
 * A login in progress travels in the browser's login cookie, signed by the API, instead of a
 * row per login start: anonymous requests to the login route store nothing. The signature
 * (HMAC, a key of its own, an audience per surface) keeps the return path, nonce and state as
 * the API chose them; the callback checks the age against the application clock and records
 * the state as used once the identity provider has vouched for the login.
 */
export class LoginStateSigner {
  private readonly key: KeyObject;

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(`${secret}:login-state`, 'utf8'));
  }

  sign(surface: AppSurface, login: LoginState): string {
    const claims: Claims = {
      st: login.state,
      nn: login.nonce,
      rt: login.returnTo,
      lc: login.locale,
      at: login.createdAt.getTime(),
    };
    return jwt.sign(claims, this.key, {
      algorithm: 'HS256',
      audience: audience(surface),
      noTimestamp: true,
    });
  }

  /** The login the cookie carries, or null when it is not one this API signed for the surface. */
  verify(surface: AppSurface, token: string): LoginState | null {
    let claims: Partial<Claims>;
    try {
      claims = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        audience: audience(surface),
      }) as Partial<Claims>;
    } catch {
      return null;
    }
    const { st, nn, rt, lc, at } = claims;
    if (
      typeof st !== 'string' ||
      typeof nn !== 'string' ||
      typeof rt !== 'string' ||
      typeof lc !== 'string' ||
      typeof at !== 'number'
    )
      return null;
    return { state: st, nonce: nn, returnTo: rt, locale: lc, createdAt: new Date(at) };
  }
}

const audience = (surface: AppSurface): string => `${surface}:login`;
