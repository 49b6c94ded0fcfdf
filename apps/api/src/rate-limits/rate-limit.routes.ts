import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { ApiErrorCode } from '@etj/domain/api-codes';
import type { AppSurface } from '../identity/actor.ts';
import type { RateLimiters } from './rate-limiters.ts';
import { clientAddressKey, graphqlLimitKey, type RateLimitName } from './rate-limit.rules.ts';
import { FAVICON_LINK } from '../http/favicon.ts';

/**
 * The code a refused GraphQL request carries (`extensions.code`), with `retryAfterSeconds`
 * beside it; the HTTP answer is 429 with the same number in `Retry-After`.
 */
export const RATE_LIMITED = ApiErrorCode.RATE_LIMITED;

export function rateLimitedError(retryAfterSeconds: number): GraphQLFormattedError {
  return { message: RATE_LIMITED, extensions: { code: RATE_LIMITED, retryAfterSeconds } };
}

/** Login starts and callbacks, per client address (`req.ip`, see TRUST_PROXY). */
export function loginRateLimit(limiters: RateLimiters, surface: AppSurface): RequestHandler {
  return async (req, res, next) => {
    const outcome = await limiters.consume('login', clientAddressKey(req.ip));
    if (outcome.ok) {
      next();
      return;
    }
    refused(req, res, 'login', outcome.retryAfterSeconds);
    // The browser came here by navigation: a page, Swedish first, English below.
    res.type('html').send(tooManyLoginsPage(surface, outcome.retryAfterSeconds));
  };
}

/**
 * GraphQL requests per session (a valid session token's id) or, without one, per client
 * address; counted before the body is read, so a flood costs no parsing.
 */
export function graphqlRateLimit(
  limiters: RateLimiters,
  sessionIdOf: (req: Request) => string | null,
): RequestHandler {
  return async (req, res, next) => {
    const { limit, key } = graphqlLimitKey(sessionIdOf(req), clientAddressKey(req.ip));
    const outcome = await limiters.consume(limit, key);
    if (outcome.ok) {
      next();
      return;
    }
    refused(req, res, limit, outcome.retryAfterSeconds);
    res.json({ errors: [rateLimitedError(outcome.retryAfterSeconds)] });
  };
}

function refused(req: Request, res: Response, limit: RateLimitName, retryAfter: number): void {
  req.log.info({ limit, retryAfterSeconds: retryAfter }, 'rate limited');
  res.status(429).setHeader('Retry-After', String(retryAfter));
}

function tooManyLoginsPage(surface: AppSurface, retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const sv = minutes === 1 ? 'en minut' : `${minutes} minuter`;
  const en = minutes === 1 ? 'a minute' : `${minutes} minutes`;
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>För många inloggningar</title>${FAVICON_LINK}</head>
<body><main><div role="alert"><h1>För många inloggningar</h1><p>Det har gjorts för många inloggningsförsök från din uppkoppling på kort tid. Vänta ${sv} och försök sedan igen.</p></div>
<p><a href="/${surface}/">Tillbaka till startsidan</a></p>
<section lang="en"><h2>Too many logins</h2><p>Too many login attempts have come from your connection in a short time. Wait ${en} and then try again.</p><p><a href="/${surface}/?lang=en">Back to the start page</a></p></section></main></body></html>`;
}
