// The real API (createApp, as apps/api/test/harness.ts builds it) on a loopback port over an
// existing database, with a clock frozen at the bench's "now".
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrismaClient, type PrismaClient } from '@etj/db';
import { createApp } from '../../src/app.ts';
import { AdjustableClock } from '../../src/common/clock.ts';
import { createLogger } from '../../src/common/logger.ts';

export type BenchApi = {
  baseUrl: string;
  /** The API's own client and pool (the retention job shares it, as in server.ts). */
  prisma: PrismaClient;
  clock: AdjustableClock;
  close(): Promise<void>;
};

export async function startBenchApi(databaseUrl: string, now: Date): Promise<BenchApi> {
  // The default pool, as server.ts has it.
  const prisma = createPrismaClient(databaseUrl);
  const clock = new AdjustableClock();
  clock.freeze(now);
  const logger = createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });
  const app = await createApp({
    config: {
      mode: 'test',
      port: 0,
      publicOrigin: 'http://localhost',
      databaseUrl,
      jwtSecret: 'bench-secret-that-is-long-enough-for-the-api',
    },
    prisma,
    clock,
    logger,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    prisma,
    clock,
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
