// The codes the API contract (packages/graphql/CONTRACT.md) can send, defined once in
// @etj/domain/api-codes, and the catalogue key for each, so both SPAs render the same words for
// the same code.

import {
  API_ERROR_CODES,
  LOGIN_REFUSAL_CODES,
  UNAUTHENTICATED_REASONS,
  type ApiErrorCode,
  type LoginRefusalCode,
  type UnauthenticatedReason,
} from '@etj/domain/api-codes';

export { LOGIN_REFUSAL_CODES, UNAUTHENTICATED_REASONS };
export type { LoginRefusalCode, UnauthenticatedReason };

/** A known refusal code from the URL, or `UNKNOWN` for anything else (including none). */
export function parseLoginRefusalCode(value: string | null): LoginRefusalCode | 'UNKNOWN' {
  return LOGIN_REFUSAL_CODES.find((code) => code === value) ?? 'UNKNOWN';
}

/** GraphQL `extensions.code` values of the contract. */
export const GRAPHQL_ERROR_CODES = API_ERROR_CODES;
export type GraphQLErrorCode = ApiErrorCode;

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
