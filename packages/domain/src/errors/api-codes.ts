// The codes the API sends its clients, defined once. The API can throw only these (its error
// helpers take these types), and the SPAs key their lookups and words by them, so a code one side
// knows and the other does not fails typecheck; the API's error-code test fails on a code listed
// here that the API never sends. Imported as `@etj/domain/api-codes`, so a bundle takes only this.

/** GraphQL `extensions.code` values; the HTTP edge answers PAYLOAD_TOO_LARGE in the same shape. */
export const ApiErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** HTTP 429 with Retry-After (extensions.retryAfterSeconds beside it). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** HTTP 413 from the API's HTTP edge, before any GraphQL. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** HTTP 503 with Retry-After: the database is away for a moment (a restart, a failover). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ApiErrorCode = keyof typeof ApiErrorCode;
export const API_ERROR_CODES = Object.values(ApiErrorCode);

/** `extensions.reason` with UNAUTHENTICATED. */
export const UNAUTHENTICATED_REASONS = ['NO_SESSION', 'SESSION_EXPIRED'] as const;
export type UnauthenticatedReason = (typeof UNAUTHENTICATED_REASONS)[number];

/** `extensions.reason` with FORBIDDEN (most FORBIDDEN answers carry none). */
export const FORBIDDEN_REASONS = ['TERMS_NOT_ACCEPTED'] as const;
export type ForbiddenReason = (typeof FORBIDDEN_REASONS)[number];

/** `extensions.reason` with BAD_USER_INPUT when the request's input itself is refused whole. */
export const INPUT_REFUSAL_REASONS = ['TOO_DEEP', 'NUL_CHARACTER', 'ILL_FORMED_STRING'] as const;
export type InputRefusalReason = (typeof INPUT_REFUSAL_REASONS)[number];

/**
 * `extensions.reason` with CONFLICT, per API feature (the folder that throws it): the request was
 * allowed, but the record is not as it must be for it.
 */
export const CONFLICT_REASONS = {
  'case-forms': ['NOT_AVAILABLE_FOR_PROXY', 'DRAFT_CHANGED', 'SUBJECT_CHANGED'],
  cases: ['NOT_AVAILABLE_FOR_PROXY', 'CASE_TYPE_CLOSED', 'ATTACHMENTS_NOT_ALLOWED', 'SUBMIT_RACE'],
  attachments: ['ATTACHMENTS_NOT_ALLOWED'],
  inbox: ['IDEMPOTENCY_KEY_REUSED', 'NOT_WAITING_FOR_REPLY', 'CASE_CHANGED'],
  'case-handling': ['CASE_CLOSED', 'CASE_CHANGED', 'CASE_NOT_ANSWERED'],
  'case-type-admin': ['SETTINGS_CHANGED'],
  support: ['SUPPORT_REPORT_CLOSED'],
} as const;
export type ConflictFeature = keyof typeof CONFLICT_REASONS;
/** A CONFLICT reason of one feature, or of any when no feature is named. */
export type ConflictReason<F extends ConflictFeature = ConflictFeature> =
  (typeof CONFLICT_REASONS)[F][number];

/** Field problem codes (BAD_USER_INPUT `extensions.fields[].code`) when clinic roles are refused. */
export const CLINIC_ROLE_REFUSALS = ['NOT_A_CLINIC_ROLE', 'LAST_ADMINISTRATOR'] as const;
export type ClinicRoleRefusal = (typeof CLINIC_ROLE_REFUSALS)[number];

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
