import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { type FieldProblem, readConflictReason, readFieldProblems } from './field-problems.ts';

/** How a change to a case ended, for the page to explain. */
export type CaseChangeResult =
  | { outcome: 'done' }
  | { outcome: 'invalid'; fields: FieldProblem[] }
  | { outcome: 'conflict'; reason: string | null }
  | { outcome: 'failed'; problem: ApiProblem };

/** Sorts a refused change into conflict, refused fields, or another problem. */
export function caseChangeFailure(error: unknown): Exclude<CaseChangeResult, { outcome: 'done' }> {
  const problem = readApiProblem(error);
  if (problem.code === 'CONFLICT')
    return { outcome: 'conflict', reason: readConflictReason(error) };
  const fields = readFieldProblems(error);
  if (problem.code === 'BAD_USER_INPUT' && fields.length > 0) return { outcome: 'invalid', fields };
  return { outcome: 'failed', problem };
}
