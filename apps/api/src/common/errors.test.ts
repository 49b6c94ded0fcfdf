import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from 'pino';
import { AppError, badInput, createFormatError } from './errors.ts';

function setup() {
  const error = vi.fn();
  const format = createFormatError({ error } as unknown as Logger);
  return { error, format };
}

const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['citizenMe'] });

describe('formatError', () => {
  it('passes a feature error through with its code and field problems', () => {
    const { format } = setup();
    const original = badInput([
      { path: 'answers.medicines', code: 'TOO_MANY', params: { max: 10 } },
    ]);
    const result = format({ message: 'x', path: ['submitCase'] }, wrap(original));
    expect(result).toEqual({
      message: 'BAD_USER_INPUT',
      path: ['submitCase'],
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'answers.medicines', code: 'TOO_MANY', params: { max: 10 } }],
      },
    });
  });

  it('hides an unexpected error behind a generic code and logs no message', () => {
    const { format, error } = setup();
    const leak = new Error(
      'duplicate key value violates unique constraint "persons_identity_number_key" (198003142384)',
    );
    const result = format(
      { message: leak.message, path: ['citizenMe'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      wrap(leak),
    );
    expect(result).toEqual({
      message: 'INTERNAL_SERVER_ERROR',
      path: ['citizenMe'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(error.mock.calls)).not.toContain('198003142384');
    expect(JSON.stringify(error.mock.calls)).not.toContain('duplicate key');
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('keeps the closed set of codes', () => {
    const { format } = setup();
    expect(
      format({ message: 'x' }, wrap(new AppError('CONFLICT', { reason: 'STALE' }))).extensions,
    ).toEqual({
      code: 'CONFLICT',
      reason: 'STALE',
    });
  });
});
