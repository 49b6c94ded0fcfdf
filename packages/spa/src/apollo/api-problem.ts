import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { CONFLICT_REASONS, type ConflictReason } from '@etj/domain/api-codes';
import { type ApiProblem, GRAPHQL_ERROR_CODES, problemFromExtensions } from '@etj/ui';

/** What went wrong with an operation, as one of the contract's codes (or NETWORK). */
export function readApiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) return problemFromExtensions(error.errors[0]?.extensions);
  if (ServerError.is(error)) {
    // A non-2xx answer may still carry a GraphQL error body; if not, its status tells.
    return problemInBody(error.bodyText) ?? problemFromStatus(error.statusCode);
  }
  return { code: 'NETWORK' };
}

function problemInBody(bodyText: string): ApiProblem | null {
  try {
    const body = JSON.parse(bodyText) as { errors?: { extensions?: { code?: unknown } }[] };
    const extensions = body.errors?.[0]?.extensions;
    return GRAPHQL_ERROR_CODES.some((code) => code === extensions?.code)
      ? problemFromExtensions(extensions)
      : null;
  } catch {
    return null;
  }
}

/** A request the API could not take as sent (too large, unreadable) is the client's, not a fault. */
function problemFromStatus(status: number): ApiProblem {
  if (status === 413) return { code: 'PAYLOAD_TOO_LARGE' };
  if (status === 429) return { code: 'RATE_LIMITED' };
  if (status === 503) return { code: 'SERVICE_UNAVAILABLE' };
  if (status === 400 || status === 414 || status === 415) return { code: 'BAD_USER_INPUT' };
  return { code: 'INTERNAL_SERVER_ERROR' };
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

const CONFLICTS: readonly string[] = Object.values(CONFLICT_REASONS).flat();

/** The reason of the CONFLICT the API answered with, or null for any other outcome. */
export function conflictReason(error: unknown): ConflictReason | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  const reason = extensions?.['reason'];
  return extensions?.['code'] === 'CONFLICT' &&
    typeof reason === 'string' &&
    CONFLICTS.includes(reason)
    ? (reason as ConflictReason)
    : null;
}

/** Whether the API refused with CONFLICT for this reason (one of the contract's, or no typecheck). */
export function isConflict(error: unknown, reason: ConflictReason): boolean {
  return conflictReason(error) === reason;
}
