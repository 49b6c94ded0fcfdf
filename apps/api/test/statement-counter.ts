// Counts the SQL statements the API's Prisma client sends while a piece of test code runs, so a
// test can hold a list to a statement budget (a page costs the same whatever its size).
import { createRequire } from 'node:module';
import { PrismaClient } from '@etj/db';

type QueryEvent = { query: string };
type AdapterFactory = NonNullable<
  NonNullable<ConstructorParameters<typeof PrismaClient>[0]>['adapter']
>;

/**
 * The node-postgres adapter as @etj/db itself resolves it (the API package does not depend on
 * it directly; the client must be built the way prisma/src/client.ts builds it).
 */
function pgAdapter(databaseUrl: string, maxConnections: number): AdapterFactory {
  const fromHere = createRequire(import.meta.url);
  const fromDb = createRequire(fromHere.resolve('@etj/db'));
  const { PrismaPg } = fromDb('@prisma/adapter-pg') as {
    PrismaPg: new (config: { connectionString: string; max?: number }) => AdapterFactory;
  };
  return new PrismaPg({ connectionString: databaseUrl, max: maxConnections });
}

/** Records every statement while armed; cheap (one array push) when a test does not use it. */
export class StatementCounter {
  private armed = false;
  private seen: string[] = [];

  /** Called by the Prisma client for every SQL statement it sends. */
  record(event: QueryEvent): void {
    if (this.armed) this.seen.push(event.query);
  }

  /** Runs `work` and answers the statements sent meanwhile (run nothing else concurrently). */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    if (this.armed) throw new Error('StatementCounter: already counting');
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
 * A Prisma client like `createPrismaClient` from @etj/db, that also reports each SQL statement
 * it runs to `counter`.
 */
export function createCountingPrismaClient(
  databaseUrl: string,
  counter: StatementCounter,
  options: { maxConnections?: number } = {},
): PrismaClient {
  const client = new PrismaClient({
    adapter: pgAdapter(databaseUrl, options.maxConnections ?? 10),
    log: [{ emit: 'event', level: 'query' }],
  });
  client.$on('query', (event) => {
    counter.record(event);
  });
  return client;
}
