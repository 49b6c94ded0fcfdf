// Closed lists of the codes the API contract (packages/graphql/CONTRACT.md) can send, and the
// catalogue key for each, so both SPAs render the same words for the same code.

/** Reasons the API gives on `/login?error=CODE` when it refuses a login. */
export const LOGIN_REFUSAL_CODES = [
  'NOT_IN_POPULATION_REGISTER',
  'DECEASED',
  'NO_PERSONNUMMER',
  'NOT_IN_HSA_CATALOG',
  'NO_ACTIVE_ASSIGNMENT',
  'LOGIN_EXPIRED',
  'LOGIN_CANCELLED',
] as const;
export type LoginRefusalCode = (typeof LOGIN_REFUSAL_CODES)[number];

/** A known refusal code from the URL, or `UNKNOWN` for anything else (including none). */
export function parseLoginRefusalCode(value: string | null): LoginRefusalCode | 'UNKNOWN' {
  return LOGIN_REFUSAL_CODES.find((code) => code === value) ?? 'UNKNOWN';
}

/** GraphQL `extensions.code` values of the contract. */
export const GRAPHQL_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
  // HTTP 429 with Retry-After: a rate limit (extensions.retryAfterSeconds beside it).
  'RATE_LIMITED',
  // Sent by the API's HTTP edge with status 413, before any GraphQL.
  'PAYLOAD_TOO_LARGE',
  // HTTP 503 with Retry-After: the database is away for a moment (a restart, a failover).
  'SERVICE_UNAVAILABLE',
] as const;
export type GraphQLErrorCode = (typeof GRAPHQL_ERROR_CODES)[number];

/** `extensions.reason` values that come with `UNAUTHENTICATED`. */
export const UNAUTHENTICATED_REASONS = ['NO_SESSION', 'SESSION_EXPIRED'] as const;
export type UnauthenticatedReason = (typeof UNAUTHENTICATED_REASONS)[number];

/** What the SPAs need to know about a failed operation, transport details stripped. */
export type ApiProblem =
  | { code: 'UNAUTHENTICATED'; reason: UnauthenticatedReason | null }
  | { code: Exclude<GraphQLErrorCode, 'UNAUTHENTICATED'> }
  | { code: 'NETWORK' };

/** Reads one GraphQL error's `extensions` into an ApiProblem; unknown codes count as internal. */
export function problemFromExtensions(extensions: unknown): ApiProblem {
  const record =
    extensions !== null && typeof extensions === 'object'
      ? (extensions as Record<string, unknown>)
      : {};
  const code = GRAPHQL_ERROR_CODES.find((known) => known === record['code']);
  if (code === undefined) return { code: 'INTERNAL_SERVER_ERROR' };
  if (code === 'UNAUTHENTICATED') {
    const reason = UNAUTHENTICATED_REASONS.find((known) => known === record['reason']) ?? null;
    return { code, reason };
  }
  return { code };
}

/** The `common` catalogue key that explains a problem to the user. */
export function problemMessageKey(problem: ApiProblem): string {
  switch (problem.code) {
    case 'UNAUTHENTICATED':
      return problem.reason === 'SESSION_EXPIRED'
        ? 'graphqlErrors.SESSION_EXPIRED'
        : 'graphqlErrors.UNAUTHENTICATED';
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'INTERNAL_SERVER_ERROR':
    case 'RATE_LIMITED':
    case 'PAYLOAD_TOO_LARGE':
    case 'SERVICE_UNAVAILABLE':
    case 'NETWORK':
      return `graphqlErrors.${problem.code}`;
  }
}
