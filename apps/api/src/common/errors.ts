import {
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import {
  ApiErrorCode,
  type ConflictReason,
  type ForbiddenReason,
  type UnauthenticatedReason,
} from '@etj/domain/api-codes';
import type { FieldProblem } from '@etj/domain/field-problem-codes';
import { notAnIdFieldPath } from './uuid-id.ts';
import { isServiceUnavailable, serviceUnavailableError } from '../availability/availability.ts';

/**
 * The codes a feature throws on purpose; the others of the closed set (@etj/domain/api-codes)
 * come from the HTTP edge, the rate limits and the database's availability.
 */
export type ErrorCode = Extract<
  ApiErrorCode,
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT'
>;

/** A field-level input problem; its code is one of the closed set the SPAs word. */
export type { FieldProblem };

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
export const forbidden = (reason?: ForbiddenReason): AppError =>
  new AppError('FORBIDDEN', reason ? { reason } : {});
export const unauthenticated = (reason: UnauthenticatedReason): AppError =>
  new AppError('UNAUTHENTICATED', { reason });
export const badInput = (fields: FieldProblem[]): AppError =>
  new AppError('BAD_USER_INPUT', { fields });
export const conflict = (reason: ConflictReason): AppError => new AppError('CONFLICT', { reason });

/** The start of graphql-js's message when it stops coercing variables (values.js). */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

/**
 * A response path as a log may hold it: its keys are the client's aliases (any text it likes),
 * so a key that is not a field of the schema is written as ':alias'; list indexes stay.
 */
export function loggablePath(
  path: readonly (string | number)[] | undefined,
  fieldNames: ReadonlySet<string> | undefined,
): (string | number)[] | undefined {
  return path?.map((key) =>
    typeof key === 'number' || fieldNames?.has(key) === true ? key : ':alias',
  );
}

/**
 * The single place that decides what a client sees of an error: the code and its parameters
 * for known errors; a generic internal error (logged with the request id) for everything else.
 */
export function createFormatError(logger: Logger, fieldNames?: ReadonlySet<string>) {
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
      })) satisfies FieldProblem[];
      return {
        message: ApiErrorCode.BAD_USER_INPUT,
        path: formatted.path,
        extensions: { code: ApiErrorCode.BAD_USER_INPUT, fields },
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
      const reason = formatted.extensions?.reason;
      const idPath = notAnIdFieldPath(error);
      return {
        message: clientErrorMessage(formatted.message),
        locations: formatted.locations,
        extensions: {
          code: ApiErrorCode.BAD_USER_INPUT,
          ...(reason === 'TOO_DEEP' || reason === 'NUL_CHARACTER' || reason === 'ILL_FORMED_STRING'
            ? { reason }
            : {}),
          ...(idPath
            ? { fields: [{ path: idPath, code: 'INVALID_FORMAT' } satisfies FieldProblem] }
            : {}),
        },
      };
    }
    // graphql-js gives up coercing variables after 50 problems (a list of hundreds of bad
    // items) with an error of its own that carries no code: the client's input all the same.
    if (
      original instanceof GraphQLError &&
      original.path === undefined &&
      original.message.startsWith(TOO_MANY_VARIABLE_ERRORS)
    ) {
      return {
        message: ApiErrorCode.BAD_USER_INPUT,
        extensions: { code: ApiErrorCode.BAD_USER_INPUT },
      };
    }
    if (original instanceof GraphQLError && original.extensions.code === 'UNAUTHENTICATED') {
      return {
        message: ApiErrorCode.UNAUTHENTICATED,
        path: formatted.path,
        extensions: {
          code: ApiErrorCode.UNAUTHENTICATED,
          reason: 'NO_SESSION' satisfies UnauthenticatedReason,
        },
      };
    }
    logger.error(
      { err: serializeError(original), path: loggablePath(formatted.path, fieldNames) },
      'unexpected error',
    );
    return {
      message: ApiErrorCode.INTERNAL_SERVER_ERROR,
      path: formatted.path,
      extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * What a log may hold of an error: its class name, a short code (Prisma's P2023, PostgreSQL's
 * 22P02), and our own stack frames. Never its message, and nothing of the stack before the
 * frames: Prisma's messages run over many lines and quote the query's values, so the caller's
 * input would ride along (and a message may hold personal data or SQL).
 */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    type: SAFE_NAME.test(error.name) ? error.name : 'Error',
    ...(typeof code === 'string' && SAFE_CODE.test(code) ? { code } : {}),
    stack: ownFrames(error),
  };
}

const SAFE_NAME = /^[A-Za-z_$][\w$]{0,63}$/;
const SAFE_CODE = /^[A-Z0-9_]{1,32}$/;
/** A V8 stack frame line of our own code: not a dependency's, not Node's, no quotes or spaces in the location. */
const OWN_FRAME =
  /^ {4}at (?:async )?(?:new )?(?:[\w$.<>]+ (?:\[as [\w$]+\] )?)?\(?(?:file:\/\/)?[^\s"'`()]+:\d+:\d+\)?$/;

function ownFrames(error: Error): string {
  const stack = error.stack ?? '';
  // The frames follow the first line's message; start after it, whatever lines it has.
  const at = error.message ? stack.indexOf(error.message) : -1;
  const frames = (at >= 0 ? stack.slice(at + error.message.length) : stack).split('\n');
  return frames
    .filter(
      (line) => OWN_FRAME.test(line) && !line.includes('node_modules') && !line.includes('node:'),
    )
    .slice(0, 8)
    .map((line) => line.trim())
    .join('\n');
}

/** How long a message about the client's own request may be; graphql-js quotes the values it refused. */
const MAX_CLIENT_MESSAGE = 300;

/**
 * A parse or validation message for the client: without "Did you mean …" suggestions (of
 * fields, arguments, types or enum values: they would map the schema for a caller who guesses),
 * and cut short, so a huge refused value is not sent back whole.
 */
export function clientErrorMessage(message: string): string {
  const plain = message.replace(/\s*Did you mean [^?]*\?/g, '');
  return plain.length > MAX_CLIENT_MESSAGE ? `${plain.slice(0, MAX_CLIENT_MESSAGE)}…` : plain;
}

/** Every field name of the schema's object types: the path keys a log may show as they are. */
export function schemaFieldNames(schema: GraphQLSchema): ReadonlySet<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) || isInterfaceType(type))
      for (const name of Object.keys(type.getFields())) names.add(name);
  }
  return names;
}
