// The job runner across processes: two separate Node processes register the same cron schedule
// on the same database; each scheduled occurrence must run exactly once, whichever process
// takes it. Waits for real minute ticks (about two minutes), counting runs, timing nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  createPrismaClient,
  createTestDatabase,
  type PrismaClient,
  type TestDatabase,
} from '@etj/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const apiRoot = fileURLToPath(new URL('..', import.meta.url));
let database: TestDatabase;
let prisma: PrismaClient;
const processes: ChildProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.databaseUrl);
  await prisma.$executeRaw`
    CREATE TABLE probe_runs (
      id serial PRIMARY KEY, job_id text NOT NULL, pid int NOT NULL, tick timestamptz NOT NULL)`;
});

afterAll(async () => {
  await Promise.all(processes.map(stop));
  await prisma.$disconnect();
  await database.drop();
});

function startProbe(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'test/fixtures/cron-probe.ts'],
    {
      cwd: apiRoot,
      env: { ...process.env, PROBE_DATABASE_URL: database.databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  processes.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => {
      reject(new Error(`probe exited early with ${String(code)}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.on('exit', () => {
      resolve();
    });
    child.kill('SIGTERM');
  });
}

type Run = { job_id: string; pid: number; tick: Date };

describe('two API processes with the same schedule', () => {
  it('run each scheduled occurrence once', { timeout: 240_000 }, async () => {
    const [first, second] = await Promise.all([startProbe(), startProbe()]);
    let runs: Run[] = [];
    // Until two different minutes have run, then a little longer so that a second run of the
    // same occurrence (the other process's) would have had its chance to appear.
    for (;;) {
      runs = await prisma.$queryRaw<Run[]>`SELECT job_id, pid, tick FROM probe_runs ORDER BY id`;
      if (new Set(runs.map((r) => r.tick.toISOString())).size >= 2) break;
      await sleep(1000);
    }
    await sleep(15_000);
    await Promise.all([stop(first), stop(second)]);
    runs = await prisma.$queryRaw<Run[]>`SELECT job_id, pid, tick FROM probe_runs ORDER BY id`;

    const perTick = new Map<string, number>();
    for (const run of runs) {
      const tick = run.tick.toISOString();
      perTick.set(tick, (perTick.get(tick) ?? 0) + 1);
    }
    expect(perTick.size).toBeGreaterThanOrEqual(2);
    expect([...perTick.values()]).toEqual(new Array<number>(perTick.size).fill(1));
    expect(new Set(runs.map((r) => r.job_id)).size).toBe(runs.length);
    // Both processes were up and registered the schedule: one schedule row, kept in Stockholm time.
    const schedules = await prisma.$queryRaw<{ name: string; timezone: string | null }[]>`
      SELECT name, timezone FROM pgboss.schedule WHERE name = 'cron-probe'`;
    expect(schedules).toEqual([{ name: 'cron-probe', timezone: 'Europe/Stockholm' }]);
  });
});
