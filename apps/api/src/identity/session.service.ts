import { createHash, createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { IDLE_WARNING_MS, sessionExpiresAt, sessionState } from '@etj/domain';
import type { Clock } from '../common/clock.ts';
import type { AppSurface } from './actor.ts';
import type { FoundSessionRow, SessionRepository, SessionRow } from './session.repository.ts';

type TokenClaims = { sid: string };
type VerifiedToken = { sid: string; exp: number };

/** How many verified tokens SessionService keeps (a few hundred bytes each). */
const TOKEN_CACHE_SIZE = 10_000;

/**
 * User activity is written to the session row at most this often: a busy user costs one UPDATE
 * (and one new cookie) a minute, not one per request. The hour of inactivity counts from the
 * activity last written, so the logout comes 59 to 60 minutes after the user's last request.
 */
export const ACTIVITY_RECORD_INTERVAL_MS = 60 * 1000;

/** Whether activity at `now` should be written, given the activity last written. */
export function activityIsDue(lastActivityAt: Date, now: Date): boolean {
  return now.getTime() - lastActivityAt.getTime() >= ACTIVITY_RECORD_INTERVAL_MS;
}

/**
 * What the SPA may know of which session it is in: a hash of the row's id, so it tells two
 * sessions apart without naming the row (the id picks a session's rate limit) or the person.
 */
export function sessionHandle(sessionId: string): string {
  return createHash('sha256')
    .update(`session-handle:${sessionId}`)
    .digest('base64url')
    .slice(0, 22);
}

export type ResolvedSession =
  { ok: true; session: FoundSessionRow } | { ok: false; problem: 'NO_SESSION' | 'SESSION_EXPIRED' };

/**
 * Sessions: a server-side row (inactivity, absolute lifetime, logout) and a signed token in a
 * cookie that names it. The token expires with the session and is renewed on user activity.
 */
export class SessionService {
  /**
   * The secret as a key object, made once: given a string, jsonwebtoken first tries it as a
   * PEM key (and fails) on every sign and verify, which cost more than the HMAC itself.
   */
  private readonly secret: KeyObject;

  constructor(
    private readonly repository: SessionRepository,
    private readonly clock: Clock,
    secret: string,
  ) {
    this.secret = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  async start(input: {
    actorKind: 'CITIZEN' | 'STAFF';
    actorId: string;
    assignmentId: string | null;
    authMethod: string;
  }): Promise<SessionRow> {
    const now = this.clock.now();
    return this.repository.create({ ...input, createdAt: now, lastActivityAt: now });
  }

  /** The cookie value for a session, valid until the session would expire without activity. */
  issueToken(session: SessionRow, surface: AppSurface): string {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const exp = Math.floor(sessionExpiresAt(session).getTime() / 1000);
    return jwt.sign(
      { sid: session.id, iat: now, exp } satisfies TokenClaims & { iat: number; exp: number },
      this.secret,
      {
        algorithm: 'HS256',
        audience: surface,
      },
    );
  }

  /**
   * Whether a cookie value is a token this API signed for the surface, expired or not; no
   * database. Only chooses how large a request body may be (see http/graphql-body.ts).
   */
  isOwnToken(token: string | undefined, surface: AppSurface): boolean {
    return this.verified(token, surface) !== null;
  }

  /**
   * The session id a cookie value names, if it is a token this API signed for the surface
   * (expired or not); no database. Only chooses which rate limit a request counts against
   * (see rate-limits/rate-limit.routes.ts): a session's own, or its client address's.
   */
  sessionIdOfToken(token: string | undefined, surface: AppSurface): string | null {
    return this.verified(token, surface)?.sid ?? null;
  }

  /**
   * Tokens whose signature and audience were checked, by surface and token text. A request
   * asks up to three times (its rate limit, its body limit, its session) and a user sends the
   * same token for up to a minute: each is verified once. Only good tokens are kept (a flood of
   * forged ones cannot fill it), at most TOKEN_CACHE_SIZE, the oldest dropped first; expiry is
   * checked against the clock on every use.
   */
  private readonly verifiedTokens = new Map<string, VerifiedToken>();

  private verified(token: string | undefined, surface: AppSurface): VerifiedToken | null {
    if (!token) return null;
    const key = `${surface} ${token}`;
    const known = this.verifiedTokens.get(key);
    if (known) return known;
    let claims: Partial<TokenClaims> & { exp?: unknown };
    try {
      claims = jwt.verify(token, this.secret, {
        algorithms: ['HS256'],
        audience: surface,
        ignoreExpiration: true,
      }) as Partial<TokenClaims> & { exp?: unknown };
    } catch {
      return null;
    }
    if (typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return null;
    const verified = { sid: claims.sid, exp: claims.exp };
    if (this.verifiedTokens.size >= TOKEN_CACHE_SIZE) {
      const oldest = this.verifiedTokens.keys().next().value;
      if (oldest !== undefined) this.verifiedTokens.delete(oldest);
    }
    this.verifiedTokens.set(key, verified);
    return verified;
  }

  async resolve(token: string | undefined, surface: AppSurface): Promise<ResolvedSession> {
    const claims = this.verified(token, surface);
    if (!claims) return { ok: false, problem: 'NO_SESSION' };
    // As jsonwebtoken decides expiry: expired from the second `exp` names.
    if (Math.floor(this.clock.now().getTime() / 1000) >= claims.exp) {
      return { ok: false, problem: 'SESSION_EXPIRED' };
    }
    const session = await this.repository.find(claims.sid);
    if (!session) return { ok: false, problem: 'NO_SESSION' };
    const expectedKind = surface === 'citizen' ? 'CITIZEN' : 'STAFF';
    if (session.actorKind !== expectedKind) return { ok: false, problem: 'NO_SESSION' };
    const state = sessionState(session, this.clock.now());
    switch (state) {
      case 'ACTIVE':
        return { ok: true, session };
      case 'REVOKED':
        return { ok: false, problem: 'NO_SESSION' };
      case 'IDLE_EXPIRED':
      case 'ABSOLUTE_EXPIRED':
        return { ok: false, problem: 'SESSION_EXPIRED' };
    }
  }

  /**
   * Records user activity on the session (background polling never calls this) when a minute
   * has passed since the activity last recorded; answers whether it wrote.
   */
  async recordActivity(session: SessionRow): Promise<boolean> {
    const now = this.clock.now();
    if (!activityIsDue(session.lastActivityAt, now)) return false;
    await this.repository.touch(session.id, now);
    session.lastActivityAt = now;
    return true;
  }

  async end(sessionId: string, reason: 'LOGOUT'): Promise<void> {
    await this.repository.revoke(sessionId, this.clock.now(), reason);
  }

  status(session: SessionRow): { now: Date; expiresAt: Date; warnAt: Date; handle: string } {
    const expiresAt = sessionExpiresAt(session);
    return {
      now: this.clock.now(),
      expiresAt,
      warnAt: new Date(expiresAt.getTime() - IDLE_WARNING_MS),
      handle: sessionHandle(session.id),
    };
  }
}
