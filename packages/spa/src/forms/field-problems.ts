import { FORM_PROBLEM_CODES, type FormProblem, type FormProblemCode } from '@etj/domain';
import { readInputProblems } from '../apollo/input-problems.ts';

/** A field problem as the API sends it in `extensions.fields` (paths start with `answers.`). */
export type FieldProblem = FormProblem;

const isFormProblemCode = (value: unknown): value is FormProblemCode =>
  FORM_PROBLEM_CODES.some((code) => code === value);

/**
 * The field problems of a refused operation (`BAD_USER_INPUT` with `extensions.fields`); codes
 * outside the closed list are dropped, so the SPA never shows a code it has no words for.
 */
export function readFieldProblems(error: unknown): FieldProblem[] {
  return readInputProblems(error).flatMap((problem): FieldProblem[] => {
    const { code } = problem;
    return isFormProblemCode(code) ? [{ ...problem, code }] : [];
  });
}

/** The `common` catalogue key of a form problem code's message (interpolate its params). */
export function formProblemMessageKey(code: FormProblemCode): string {
  return `formProblems.${code}`;
}
