import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import { isServiceUnavailable, serviceUnavailableError } from '../availability/availability.ts';

/** The closed set of error codes a client can receive. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level input problem: path into the input, a code from a catalogue, parameters. */
export type FieldProblem = { path: string; code: string; params?: Record<string, string | number> };

/** An error a feature throws on purpose; anything else is unexpected and hidden from clients. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly extensions: Record<string, unknown>;

  constructor(code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(code);
    this.code = code;
    this.extensions = extensions;
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');
export const forbidden = (): AppError => new AppError('FORBIDDEN');
export const unauthenticated = (reason: 'NO_SESSION' | 'SESSION_EXPIRED'): AppError =>
  new AppError('UNAUTHENTICATED', { reason });
export const badInput = (fields: FieldProblem[]): AppError =>
  new AppError('BAD_USER_INPUT', { fields });
export const conflict = (reason: string): AppError => new AppError('CONFLICT', { reason });

/**
 * The single place that decides what a client sees of an error: the code and its parameters
 * for known errors; a generic internal error (logged with the request id) for everything else.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // The database is away: 503 + Retry-After (availability.ts), not an internal error.
    if (isServiceUnavailable(original)) return serviceUnavailableError(formatted.path);
    if (original instanceof AppError) {
      return {
        message: original.code,
        path: formatted.path,
        extensions: { code: original.code, ...original.extensions },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors.map((e) => ({
        path: e.property,
        code: 'INVALID_FORMAT',
      }));
      return {
        message: 'BAD_USER_INPUT',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    const apolloCode = formatted.extensions?.code;
    // Errors from parsing and validating the request itself (the client's own document).
    if (
      apolloCode === 'GRAPHQL_PARSE_FAILED' ||
      apolloCode === 'GRAPHQL_VALIDATION_FAILED' ||
      apolloCode === 'BAD_USER_INPUT' ||
      apolloCode === 'BAD_REQUEST' ||
      apolloCode === 'OPERATION_RESOLUTION_FAILURE' ||
      apolloCode === 'PERSISTED_QUERY_NOT_FOUND'
    ) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    if (original instanceof GraphQLError && original.extensions.code === 'UNAUTHENTICATED') {
      return {
        message: 'UNAUTHENTICATED',
        path: formatted.path,
        extensions: { code: 'UNAUTHENTICATED', reason: 'NO_SESSION' },
      };
    }
    logger.error({ err: serializeError(original), path: formatted.path }, 'unexpected error');
    return {
      message: 'INTERNAL_SERVER_ERROR',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Logs the kind and stack of an error, never its message (which may hold personal data or SQL). */
export function serializeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { type: error.name, stack: error.stack?.split('\n').slice(1, 8).join('\n') };
  }
  return { type: typeof error };
}
