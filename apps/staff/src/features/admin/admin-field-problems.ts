import { knownInputProblems } from '@etj/spa';

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

/**
 * The field problems of a refused administration operation; codes outside the closed list are
 * dropped, so the SPA never shows a code it has no words for.
 */
export const readAdminFieldProblems = (error: unknown): AdminFieldProblem[] =>
  knownInputProblems(error, ADMIN_FIELD_CODES);
