// A fresh, migrated database for one scenario on the PostgreSQL in DATABASE_URL (the same
// template copy the integration tests use), and raw SQL for seeding it at scale.
import {
  createPrismaClient,
  createTestDatabase,
  databaseUrlFor,
  type PrismaClient,
  type TestDatabase,
} from '@etj/db';

export type BenchDatabase = {
  databaseUrl: string;
  /** A client for seeding and inspection, separate from the API's own pool. */
  admin: PrismaClient;
  /** Runs one SQL statement; answers the number of rows it touched. */
  execute(sql: string): Promise<number>;
  query<T>(sql: string): Promise<T[]>;
  drop(): Promise<void>;
};

/**
 * A new migrated database, or (`from`) a copy of one an earlier run kept, so a large data set
 * is seeded once and measured many times.
 */
export async function createBenchDatabase(from?: string): Promise<BenchDatabase> {
  const database = from ? await copyDatabase(from) : await createTestDatabase();
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

async function copyDatabase(from: string): Promise<TestDatabase> {
  const server = serverUrl();
  const name = `${from.slice(0, 40)}_copy_${Date.now().toString(36)}`;
  const client = createPrismaClient(server, { maxConnections: 1 });
  const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
  try {
    await client.$executeRawUnsafe(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(from)}`);
  } finally {
    await client.$disconnect();
  }
  return {
    databaseUrl: databaseUrlFor(server, name),
    async drop() {
      const admin = createPrismaClient(server, { maxConnections: 1 });
      try {
        await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
      } finally {
        await admin.$disconnect();
      }
    },
  };
}

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  return url;
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
