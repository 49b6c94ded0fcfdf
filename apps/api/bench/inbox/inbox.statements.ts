// The SQL statements one inbox request costs in the API: the same createApp in this process
// over a client that counts what it sends (the harness's), so a child process needs no hook.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.ts';
import { AdjustableClock } from '../../src/common/clock.ts';
import { createLogger } from '../../src/common/logger.ts';
import { createCountingPrismaClient, StatementCounter } from '../../test/statement-counter.ts';
import { CitizenInboxClient } from '../support/citizen-inbox.ts';

/** Requests counted after the warm-up; activity is recorded at most once a minute of them. */
const COUNTED = 20;

export async function countApiStatements(
  databaseUrl: string,
  personnummer: string,
): Promise<{ perRequest: number; statements: string[] }> {
  const counter = new StatementCounter();
  const prisma = createCountingPrismaClient(databaseUrl, counter);
  const app = await createApp({
    config: {
      mode: 'test',
      port: 0,
      publicOrigin: 'http://localhost',
      databaseUrl,
      jwtSecret: 'bench-statement-count-secret-long-enough',
    },
    prisma,
    clock: new AdjustableClock(),
    logger: createLogger({ level: 'silent' }),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  try {
    const { port } = server.address() as AddressInfo;
    const client = await CitizenInboxClient.login(`http://127.0.0.1:${String(port)}`, personnummer);
    const { statements } = await counter.during(() => client.measure(COUNTED));
    const kinds = new Map<string, number>();
    for (const sql of statements) {
      const kind = sql.replace(/\s+/g, ' ').trim().slice(0, 60);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    return {
      perRequest: statements.length / COUNTED,
      statements: [...kinds].map(([kind, n]) => `${(n / COUNTED).toFixed(2)}× ${kind}…`),
    };
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
    await app.stop();
    await prisma.$disconnect();
  }
}
