import type { ConflictReason } from '@etj/domain/api-codes';
import { conflictReason, readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { type FieldProblem, readFieldProblems } from './field-problems.ts';

/** How a change to a case ended, for the page to explain. */
export type CaseChangeResult =
  | { outcome: 'done' }
  | { outcome: 'invalid'; fields: FieldProblem[] }
  | { outcome: 'conflict'; reason: ConflictReason | null }
  | { outcome: 'failed'; problem: ApiProblem };

/** Sorts a refused change into conflict, refused fields, or another problem. */
export function caseChangeFailure(error: unknown): Exclude<CaseChangeResult, { outcome: 'done' }> {
  const problem = readApiProblem(error);
  if (problem.code === 'CONFLICT') return { outcome: 'conflict', reason: conflictReason(error) };
  const fields = readFieldProblems(error);
  if (problem.code === 'BAD_USER_INPUT' && fields.length > 0) return { outcome: 'invalid', fields };
  return { outcome: 'failed', problem };
}
