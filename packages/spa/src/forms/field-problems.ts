import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FORM_PROBLEM_CODES, type FormProblem, type FormProblemCode } from '@etj/domain';

/** A field problem as the API sends it in `extensions.fields` (paths start with `answers.`). */
export type FieldProblem = FormProblem;

const isFormProblemCode = (value: unknown): value is FormProblemCode =>
  FORM_PROBLEM_CODES.some((code) => code === value);

/**
 * The field problems of a refused operation (`BAD_USER_INPUT` with `extensions.fields`); codes
 * outside the closed list are dropped, so the SPA never shows a code it has no words for.
 */
export function readFieldProblems(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphqlError) => {
    const fields = graphqlError.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((raw: unknown): FieldProblem[] => {
      if (raw === null || typeof raw !== 'object') return [];
      const { path, code, params } = raw as Record<string, unknown>;
      if (typeof path !== 'string' || !isFormProblemCode(code)) return [];
      return params !== null && typeof params === 'object'
        ? [{ path, code, params: params as Record<string, string | number> }]
        : [{ path, code }];
    });
  });
}

/** The `common` catalogue key of a form problem code's message (interpolate its params). */
export function formProblemMessageKey(code: FormProblemCode): string {
  return `formProblems.${code}`;
}
