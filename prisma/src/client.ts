// The Prisma client over node-postgres (no native query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client/client.ts';

export interface PrismaClientOptions {
  /** Most connections the pool opens (node-postgres default: 10). */
  maxConnections?: number;
}

/** A PrismaClient for `databaseUrl`; call `$disconnect()` when done. */
export function createPrismaClient(
  databaseUrl: string,
  options: PrismaClientOptions = {},
): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    // A database that does not answer (a host gone, a network cut) fails the request within
    // seconds, answered 503 (apps/api availability), instead of hanging it.
    connectionTimeoutMillis: 5_000,
    ...(options.maxConnections === undefined ? {} : { max: options.maxConnections }),
  });
  return new PrismaClient({ adapter });
}
