import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FIELD_PROBLEM_CODES, type FieldProblemCode } from '@etj/domain/field-problem-codes';

/** One refused input field as the API sends it in `extensions.fields` (BAD_USER_INPUT). */
export type InputProblem = {
  path: string;
  code: FieldProblemCode;
  params?: Record<string, string | number>;
};

const isFieldProblemCode = (value: unknown): value is FieldProblemCode =>
  FIELD_PROBLEM_CODES.some((code) => code === value);

/**
 * Every field problem of a refused operation as sent, but for a code outside the API's closed
 * set (which no SPA has words for); none when the error is no GraphQL answer.
 */
export function readInputProblems(error: unknown): InputProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphqlError) => {
    const fields = graphqlError.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((raw: unknown): InputProblem[] => {
      if (raw === null || typeof raw !== 'object') return [];
      const { path, code, params } = raw as Record<string, unknown>;
      if (typeof path !== 'string' || !isFieldProblemCode(code)) return [];
      return params !== null && typeof params === 'object'
        ? [{ path, code, params: params as Record<string, string | number> }]
        : [{ path, code }];
    });
  });
}

/**
 * The field problems whose code is one of `codes` (and whose path is one of `paths`, when given),
 * typed by those lists; the rest are dropped, so the SPA never shows a code it has no words for.
 * The codes are of the API's closed set, so an SPA cannot word a code the API never sends.
 */
export function knownInputProblems<C extends FieldProblemCode, P extends string = string>(
  error: unknown,
  codes: readonly C[],
  paths?: readonly P[],
): { path: P; code: C }[] {
  return readInputProblems(error).flatMap(({ path, code }) => {
    const knownCode = codes.find((candidate) => candidate === code);
    const knownPath = paths ? paths.find((candidate) => candidate === path) : (path as P);
    return knownCode !== undefined && knownPath !== undefined
      ? [{ path: knownPath, code: knownCode }]
      : [];
  });
}
