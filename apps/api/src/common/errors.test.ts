import { buildSchema, GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from 'pino';
import {
  AppError,
  badInput,
  clientErrorMessage,
  createFormatError,
  loggablePath,
  schemaFieldNames,
  serializeError,
} from './errors.ts';

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

describe('serializeError', () => {
  it('keeps the class name, a short code and our own frames, none of a multi-line message', () => {
    const marker = 'Mrk7LeakZq';
    const error = Object.assign(
      new Error(
        `Invalid \`prisma.case.findUnique()\` invocation:\n\n  where: { id: "${marker}" }\n    at fake (/${marker}/x.ts:1:1)\nError creating UUID, invalid character: "${marker}"`,
      ),
      { code: 'P2023', name: 'PrismaClientKnownRequestError' },
    );
    const logged = serializeError(error);
    expect(JSON.stringify(logged)).not.toContain(marker);
    expect(logged).toMatchObject({ type: 'PrismaClientKnownRequestError', code: 'P2023' });
    expect(logged.stack).toMatch(/errors\.test\.ts:\d+:\d+/);
    expect(logged.stack).not.toMatch(/node_modules|node:/);
  });

  it('drops a code that is not a short code', () => {
    const error = Object.assign(new Error('x'), { code: 'value "198003142384" refused' });
    expect(serializeError(error)).not.toHaveProperty('code');
  });
});

describe('clientErrorMessage', () => {
  it('removes field and enum value suggestions', () => {
    expect(
      clientErrorMessage(
        'Value "ASSIGNE" does not exist in "CaseStatus" enum. Did you mean the enum value "ASSIGNED"?',
      ),
    ).toBe('Value "ASSIGNE" does not exist in "CaseStatus" enum.');
    expect(
      clientErrorMessage(
        'Cannot query field "citizenMee" on type "Query". Did you mean "citizenMe" or "citizenCase"?',
      ),
    ).toBe('Cannot query field "citizenMee" on type "Query".');
  });

  it('cuts a message that quotes a huge value', () => {
    const message = clientErrorMessage(`Variable "$x" got invalid value "${'a'.repeat(100_000)}"`);
    expect(message.length).toBeLessThanOrEqual(301);
  });
});

describe('the client errors graphql-js and our guards raise', () => {
  it('answers BAD_USER_INPUT, not an internal error, when graphql-js gives up on the variables', () => {
    const { format, error } = setup();
    const tooMany = new GraphQLError(
      'Too many errors processing variables, error limit reached. Execution aborted.',
    );
    const result = format(
      { message: tooMany.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      tooMany,
    );
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error).not.toHaveBeenCalled();
  });

  it('keeps the ILL_FORMED_STRING reason of the input guard', () => {
    const { format } = setup();
    const result = format(
      {
        message: 'BAD_USER_INPUT',
        extensions: { code: 'BAD_USER_INPUT', reason: 'ILL_FORMED_STRING' },
      },
      new GraphQLError('BAD_USER_INPUT', {
        extensions: { code: 'BAD_USER_INPUT', reason: 'ILL_FORMED_STRING' },
      }),
    );
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'ILL_FORMED_STRING' });
  });
});

describe('loggablePath', () => {
  const fields = schemaFieldNames(
    buildSchema(
      'type Query { staffCase: Case } type Case { messages: [Message] } type Message { text: String }',
    ),
  );

  it("keeps the schema's field names and list indexes and hides the client's aliases", () => {
    expect(loggablePath(['staffCase', 'messages', 3, 'text'], fields)).toEqual([
      'staffCase',
      'messages',
      3,
      'text',
    ]);
    expect(loggablePath(['marker19830208_staffCase', 'messages', 0], fields)).toEqual([
      ':alias',
      'messages',
      0,
    ]);
  });

  it('writes the unexpected-error log line with the alias hidden', () => {
    const error = vi.fn();
    const format = createFormatError({ error } as unknown as Logger, fields);
    format(
      { message: 'x', path: ['marker19830208_staffCase'] },
      new GraphQLError('x', {
        originalError: new Error('boom'),
        path: ['marker19830208_staffCase'],
      }),
    );
    expect(JSON.stringify(error.mock.calls)).not.toContain('marker19830208');
    expect(error.mock.calls[0]?.[0]).toMatchObject({ path: [':alias'] });
  });
});
