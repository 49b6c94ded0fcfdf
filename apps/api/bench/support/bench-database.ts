// A fresh, migrated database for one scenario on the PostgreSQL in DATABASE_URL (the same
// template copy the integration tests use), and raw SQL for seeding it at scale.
import { createPrismaClient, createTestDatabase, type PrismaClient } from '@etj/db';

export type BenchDatabase = {
  databaseUrl: string;
  /** A client for seeding and inspection, separate from the API's own pool. */
  admin: PrismaClient;
  /** Runs one SQL statement; answers the number of rows it touched. */
  execute(sql: string): Promise<number>;
  query<T>(sql: string): Promise<T[]>;
  drop(): Promise<void>;
};

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const database = await createTestDatabase();
  const admin = createPrismaClient(database.databaseUrl, { maxConnections: 2 });
  return {
    databaseUrl: database.databaseUrl,
    admin,
    execute: (sql) => admin.$executeRawUnsafe(sql),
    query: <T>(sql: string) => admin.$queryRawUnsafe<T[]>(sql),
    async drop() {
      await admin.$disconnect();
      await database.drop();
    },
  };
}

/** The server's version string, e.g. "PostgreSQL 15.20 on x86_64-pc-linux-gnu". */
export async function postgresVersion(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) return 'unknown';
  const client = createPrismaClient(url, { maxConnections: 1 });
  try {
    const [row] = await client.$queryRawUnsafe<{ version: string }[]>('SELECT version()');
    return (row?.version ?? 'unknown').replace(/, compiled by.*$/, '').replace(/ \(.*?\)/, '');
  } finally {
    await client.$disconnect();
  }
}
