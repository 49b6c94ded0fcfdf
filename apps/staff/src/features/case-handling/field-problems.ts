import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type InputProblem, readInputProblems } from '@etj/spa';

/** One refused input field as the API names it: `text`, `outcomes.0.place`, `staffMemberId`. */
export type FieldProblem = InputProblem;

/** The field problems of a refused operation (BAD_USER_INPUT `extensions.fields`). */
export const readFieldProblems = readInputProblems;

/** The `extensions.reason` of a CONFLICT, e.g. CASE_CHANGED. */
export function readConflictReason(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.['reason'];
  return typeof reason === 'string' ? reason : null;
}
