import { type InputProblem, readInputProblems } from '@etj/spa';

/** One refused input field as the API names it: `text`, `outcomes.0.place`, `staffMemberId`. */
export type FieldProblem = InputProblem;

/** The field problems of a refused operation (BAD_USER_INPUT `extensions.fields`). */
export const readFieldProblems = readInputProblems;
