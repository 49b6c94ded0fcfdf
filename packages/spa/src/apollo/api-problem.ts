import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { type ApiProblem, problemFromExtensions } from '@etj/ui';

/** What went wrong with an operation, as one of the contract's codes (or NETWORK). */
export function readApiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) return problemFromExtensions(error.errors[0]?.extensions);
  if (ServerError.is(error)) {
    // A non-2xx answer may still carry a GraphQL error body.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: unknown }[] };
      return problemFromExtensions(body.errors?.[0]?.extensions);
    } catch {
      return { code: 'INTERNAL_SERVER_ERROR' };
    }
  }
  return { code: 'NETWORK' };
}

/** Whether the API said the session is gone because of inactivity or its lifetime. */
export function isSessionExpired(error: unknown): boolean {
  const problem = readApiProblem(error);
  return problem.code === 'UNAUTHENTICATED' && problem.reason === 'SESSION_EXPIRED';
}

/** Whether the API said nobody is logged in. */
export function isLoggedOut(error: unknown): boolean {
  return readApiProblem(error).code === 'UNAUTHENTICATED';
}
