import type { ConflictReason } from '@etj/domain/api-codes';
import { badInput, conflict, type AppError } from '../common/errors.ts';

/**
 * The closed sets of reasons the staff side of the case loop answers with. The staff SPA words
 * each of them; a reason not listed here cannot be thrown from this feature.
 */

/**
 * Why a change was refused although the actor may make it: the case is not as it must be. The
 * list is the API's own, `CONFLICT_REASONS['case-handling']`.
 */
export type CaseHandlingConflict = ConflictReason<'case-handling'>;

/** The field codes of this feature's input problems. */
export const CASE_HANDLING_FIELD_CODES = [
  'OUT_OF_RANGE',
  'INVALID_CURSOR',
  'REQUIRED',
  'ONLY_WITH_ANSWER',
  'NOT_A_CAREGIVER_HERE',
] as const;
export type CaseHandlingFieldCode = (typeof CASE_HANDLING_FIELD_CODES)[number];

/** A field problem of this feature: the path into the input and one of its codes. */
export type CaseHandlingProblem = {
  path: string;
  code: CaseHandlingFieldCode;
  params?: Record<string, string | number>;
};

export const caseConflict = (reason: CaseHandlingConflict): AppError => conflict(reason);

export const caseInputProblems = (problems: CaseHandlingProblem[]): AppError => badInput(problems);
