// 503 with Retry-After while the database is away, at the HTTP level, for GraphQL and for the
// REST routes alike: a client (or the load balancer) sees "try again shortly", never a 500 or a
// request that hangs. Nothing here remembers the outage: the next request that reaches the
// database answers normally again, so the API recovers by itself as soon as the pool can connect.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { ApiErrorCode } from '@etj/domain/api-codes';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-unavailable.ts';

/** The GraphQL error code a client sees while the database is away. */
export const SERVICE_UNAVAILABLE = ApiErrorCode.SERVICE_UNAVAILABLE;

const retryAfter = String(RETRY_AFTER_SECONDS);

/** The formatted GraphQL error for a database outage: a code and when to retry, nothing else. */
export function serviceUnavailableError(path?: readonly (string | number)[]) {
  return {
    message: SERVICE_UNAVAILABLE,
    ...(path ? { path } : {}),
    extensions: { code: SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
  };
}

/** The database being away, as thrown by a repository or by `withAvailability`. */
export function isServiceUnavailable(error: unknown): boolean {
  return (
    (error instanceof GraphQLError && error.extensions.code === SERVICE_UNAVAILABLE) ||
    isDatabaseUnavailable(error)
  );
}

/** Answers 503 + Retry-After when any error of the operation was the database being away. */
export function availabilityPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ errors, response }) {
          if (!errors?.some((error) => isDatabaseUnavailable(unwrapResolverError(error)))) {
            return Promise.resolve();
          }
          response.http.status = 503;
          response.http.headers.set('retry-after', retryAfter);
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * Wraps a GraphQL context function: building the context reads the session, so a database
 * outage shows first here, where Apollo would answer 500. The error thrown instead carries the
 * 503 and Retry-After that Apollo puts on the response.
 */
export function withAvailability<A extends unknown[], C>(
  context: (...args: A) => Promise<C>,
): (...args: A) => Promise<C> {
  return async (...args) => {
    try {
      return await context(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      throw new GraphQLError(SERVICE_UNAVAILABLE, {
        originalError: error instanceof Error ? error : undefined,
        extensions: {
          code: SERVICE_UNAVAILABLE,
          http: { status: 503, headers: new Map([['retry-after', retryAfter]]) },
        },
      });
    }
  };
}

/** Express error handler for the REST routes (login, callbacks, attachments): 503 + Retry-After. */
export function databaseUnavailableHandler() {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (!isDatabaseUnavailable(error)) {
      next(error);
      return;
    }
    req.log.warn({ code: SERVICE_UNAVAILABLE }, 'database unavailable');
    if (res.headersSent) {
      res.end();
      return;
    }
    res
      .status(503)
      .set('Retry-After', retryAfter)
      .type('text/plain')
      .send(
        'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund. / The service is temporarily unavailable. Please try again shortly.',
      );
  };
}
