import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The field codes the administration operations answer with in `extensions.fields`. */
export const ADMIN_FIELD_CODES = [
  'REQUIRED',
  'INVALID_FORMAT',
  'OUT_OF_RANGE',
  'INVALID_DATE',
  'INVALID_OPTION',
  'BEFORE_START',
  'INVALID_DEFINITION',
  'NOT_ALLOWED',
  'NOTHING_TO_PUBLISH',
] as const;

export type AdminFieldCode = (typeof ADMIN_FIELD_CODES)[number];

/** One refused field: `path` as the API names it (`closedTo`, `options.kinds.0.code`). */
export type AdminFieldProblem = { path: string; code: AdminFieldCode };

const isAdminFieldCode = (value: unknown): value is AdminFieldCode =>
  ADMIN_FIELD_CODES.some((code) => code === value);

/**
 * The field problems of a refused administration operation; codes outside the closed list are
 * dropped, so the SPA never shows a code it has no words for.
 */
export function readAdminFieldProblems(error: unknown): AdminFieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphqlError) => {
    const fields = graphqlError.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((raw: unknown): AdminFieldProblem[] => {
      if (raw === null || typeof raw !== 'object') return [];
      const { path, code } = raw as Record<string, unknown>;
      return typeof path === 'string' && isAdminFieldCode(code) ? [{ path, code }] : [];
    });
  });
}
