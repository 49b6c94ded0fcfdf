import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One refused input field as the API names it: `text`, `outcomes.0.place`, `staffMemberId`. */
export type FieldProblem = { path: string; code: string };

/** The field problems of a refused operation (BAD_USER_INPUT `extensions.fields`). */
export function readFieldProblems(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphqlError) => {
    const fields = graphqlError.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((raw: unknown): FieldProblem[] => {
      if (raw === null || typeof raw !== 'object') return [];
      const { path, code } = raw as Record<string, unknown>;
      return typeof path === 'string' && typeof code === 'string' ? [{ path, code }] : [];
    });
  });
}

/** The `extensions.reason` of a CONFLICT, e.g. CASE_CHANGED. */
export function readConflictReason(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.['reason'];
  return typeof reason === 'string' ? reason : null;
}
