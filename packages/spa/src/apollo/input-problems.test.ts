import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { knownInputProblems, readInputProblems } from './input-problems.ts';

const refusal = (fields: unknown) =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'BAD_USER_INPUT', extensions: { code: 'BAD_USER_INPUT', fields } }],
  });

describe('input problems of a refused operation', () => {
  it('reads each field as sent, with its parameters', () => {
    const error = refusal([
      { path: 'email', code: 'EMAIL_INVALID' },
      { path: 'text', code: 'TOO_LONG', params: { max: 2000 } },
    ]);
    expect(readInputProblems(error)).toEqual([
      { path: 'email', code: 'EMAIL_INVALID' },
      { path: 'text', code: 'TOO_LONG', params: { max: 2000 } },
    ]);
  });

  it('passes over what is not a field problem, and any other error', () => {
    expect(readInputProblems(refusal([null, 'email', { path: 1, code: 'X' }]))).toEqual([]);
    expect(readInputProblems(refusal('email'))).toEqual([]);
    expect(readInputProblems(new Error('network'))).toEqual([]);
  });

  it('keeps only the codes and paths the caller has words for', () => {
    const error = refusal([
      { path: 'email', code: 'EMAIL_INVALID' },
      { path: 'email', code: 'SOMETHING_NEW' },
      { path: 'fax', code: 'EMAIL_INVALID' },
    ]);
    expect(knownInputProblems(error, ['EMAIL_INVALID'] as const, ['email'] as const)).toEqual([
      { path: 'email', code: 'EMAIL_INVALID' },
    ]);
    expect(knownInputProblems(error, ['EMAIL_INVALID'] as const)).toEqual([
      { path: 'email', code: 'EMAIL_INVALID' },
      { path: 'fax', code: 'EMAIL_INVALID' },
    ]);
  });

  it('takes only codes the API sends (@etj/domain/field-problem-codes)', () => {
    const error = refusal([
      { path: 'email', code: 'SOMETHING_NEW' },
      { path: 'email', code: 'EMAIL_INVALID' },
    ]);
    expect(readInputProblems(error)).toEqual([{ path: 'email', code: 'EMAIL_INVALID' }]);
    // @ts-expect-error: an SPA cannot word a code the API never sends
    expect(knownInputProblems(error, ['SOMETHING_NEW'] as const)).toEqual([]);
  });
});
