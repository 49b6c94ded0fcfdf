// The real API (createApp) on a loopback port whose Prisma client runs on a node-postgres pool
// that counts every statement it sends to PostgreSQL. Counted at the pool, not from Prisma's
// query log: the log shows COMMIT but not the BEGIN the driver adapter sends itself, and each
// is a round trip to the server all the same.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Pool, PoolClient, PoolConfig } from 'pg';
import { PrismaClient } from '@etj/db';
import { createApp } from '../src/app.ts';
import { AdjustableClock } from '../src/common/clock.ts';
import { createLogger } from '../src/common/logger.ts';

type AdapterFactory = NonNullable<
  NonNullable<ConstructorParameters<typeof PrismaClient>[0]>['adapter']
>;

/** The SQL statements sent while armed, in order (BEGIN and COMMIT included). */
export class PoolStatementCounter {
  private armed = false;
  private seen: string[] = [];

  record(text: string): void {
    if (this.armed) this.seen.push(text);
  }

  /** Runs `work` and answers the statements sent meanwhile (run nothing else concurrently). */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    if (this.armed) throw new Error('PoolStatementCounter: already counting');
    this.seen = [];
    this.armed = true;
    try {
      const result = await work();
      return { result, statements: [...this.seen] };
    } finally {
      this.armed = false;
    }
  }
}

/**
 * node-postgres and its adapter as @etj/db resolves them: the adapter takes an existing pool
 * only when it is an instance of its own `pg`.
 */
function driver(): {
  Pool: new (config: PoolConfig) => Pool;
  PrismaPg: new (pool: Pool, options: { disposeExternalPool: boolean }) => AdapterFactory;
} {
  const fromHere = createRequire(import.meta.url);
  const fromDb = createRequire(fromHere.resolve('@etj/db'));
  const fromAdapter = createRequire(fromDb.resolve('@prisma/adapter-pg'));
  return {
    Pool: (fromAdapter('pg') as { Pool: new (config: PoolConfig) => Pool }).Pool,
    PrismaPg: (
      fromDb('@prisma/adapter-pg') as {
        PrismaPg: new (pool: Pool, options: { disposeExternalPool: boolean }) => AdapterFactory;
      }
    ).PrismaPg,
  };
}

/** A Prisma client like createPrismaClient's whose pool reports each statement to `counter`. */
export function createPoolCountingPrismaClient(
  databaseUrl: string,
  counter: PoolStatementCounter,
  maxConnections = 10,
): PrismaClient {
  const { Pool, PrismaPg } = driver();
  const pool = new Pool({ connectionString: databaseUrl, max: maxConnections });
  pool.on('connect', (client: PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // Every statement of the pool, the adapter's BEGIN included, goes through client.query.
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      ...args: unknown[]
    ) => {
      const [first] = args;
      counter.record(
        typeof first === 'string' ? first : ((first as { text?: string } | null)?.text ?? ''),
      );
      return query(...args);
    };
  });
  // $disconnect ends the pool, as it does the pool the adapter makes itself.
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

export type CountedApi = {
  baseUrl: string;
  prisma: PrismaClient;
  clock: AdjustableClock;
  statements: PoolStatementCounter;
  close(): Promise<void>;
};

/** The API over `databaseUrl` with its clock frozen at `now` and its statements counted. */
export async function startCountedApi(
  databaseUrl: string,
  now: Date,
  maxConnections = 10,
): Promise<CountedApi> {
  const statements = new PoolStatementCounter();
  const prisma = createPoolCountingPrismaClient(databaseUrl, statements, maxConnections);
  const clock = new AdjustableClock();
  clock.freeze(now);
  const app = await createApp({
    config: {
      mode: 'test',
      port: 0,
      publicOrigin: 'http://localhost',
      databaseUrl,
      jwtSecret: 'counted-api-secret-that-is-long-enough',
    },
    prisma,
    clock,
    logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${String(port)}`,
    prisma,
    clock,
    statements,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await app.stop();
      await prisma.$disconnect();
    },
  };
}
