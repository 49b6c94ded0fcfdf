import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.ts';

// The shapes below are what Prisma 7 over @prisma/adapter-pg and node-postgres threw against a
// real PostgreSQL stopped and restarted with `pg_ctl -m immediate`.
// Prisma's PrismaClientKnownRequestError, by its fields (the classifier reads only those).
const known = (code: string, meta: Record<string, unknown>) =>
  Object.assign(new Error('Invalid `prisma.x()` invocation'), {
    name: 'PrismaClientKnownRequestError',
    code,
    clientVersion: '7',
    meta,
  });
const adapter = (cause: Record<string, unknown>) => ({
  driverAdapterError: { name: 'DriverAdapterError', cause },
});

describe('isDatabaseUnavailable', () => {
  it('knows a database that cannot be reached or is going away', () => {
    const away = [
      known('P1001', adapter({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 1 })),
      known('P2010', adapter({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 1 })),
      known('P2010', adapter({ kind: 'postgres', code: '57P01', severity: 'FATAL' })),
      known('P2010', adapter({ kind: 'postgres', code: '57P03', severity: 'FATAL' })),
      known('P2010', adapter({ kind: 'ConnectionClosed' })),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection'), { code: '57P01', severity: 'FATAL' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
      new GraphQLError('wrapped', {
        originalError: new Error('Connection terminated unexpectedly'),
      }),
      new Error('outer', { cause: known('P1001', {}) }),
    ];
    for (const error of away) expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  it('leaves every other error to the usual handling', () => {
    const others: unknown[] = [
      known('P2002', adapter({ kind: 'UniqueConstraintViolation' })),
      known('P2010', adapter({ kind: 'postgres', code: '22P02', severity: 'ERROR' })),
      known('P2025', {}),
      new Error('Connection terminated unexpectedly, said a user'),
      new TypeError('Connection terminated unexpectedly'),
      Object.assign(new Error('duplicate key'), { code: '23505' }),
      new GraphQLError('Syntax Error'),
      'Connection terminated unexpectedly',
      undefined,
    ];
    for (const error of others) expect(isDatabaseUnavailable(error), String(error)).toBe(false);
  });
});
