// The two servers of the inbox row as child processes on one database, their CPU time read from
// /proc, and a keep-alive load generator that sends the same request to either.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const API_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASELINE = fileURLToPath(new URL('./baseline-server.ts', import.meta.url));
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux). */
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * How the API runs: `dist` is production's way (compiled JavaScript, `pnpm start`);
 * `swc` is the runtime TypeScript hook `start` used before, kept to show the difference.
 */
export type ApiRuntime = 'dist' | 'swc';

export type ServerProcess = {
  name: string;
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
};

/** Compiles the API as `pnpm --filter @etj/api build` does (incremental: quick when built). */
export function buildApi(): void {
  const result = spawnSync('pnpm', ['run', '--silent', 'build'], {
    cwd: API_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('building the API failed');
}

export async function startApiProcess(input: {
  runtime: ApiRuntime;
  databaseUrl: string;
  jwtSecret: string;
  logLevel: string;
  /** Write a V8 CPU profile (`--cpu-prof`) into this folder when the process exits. */
  cpuProfileDir?: string;
}): Promise<ServerProcess> {
  const port = await freePort();
  const profile = input.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', input.cpuProfileDir] : [];
  const entry =
    input.runtime === 'dist'
      ? ['dist/server.js']
      : ['--import', '@swc-node/register/esm-register', 'src/server.ts'];
  return startProcess(
    'api',
    [...profile, ...entry],
    {
      DATABASE_URL: input.databaseUrl,
      JWT_SECRET: input.jwtSecret,
      PORT: String(port),
      APP_MODE: 'test',
      ETJ_SEED: '0',
      ETJ_JOBS: '0',
      LOG_LEVEL: input.logLevel,
    },
    port,
  );
}

export async function startBaselineProcess(input: {
  databaseUrl: string;
  jwtSecret: string;
}): Promise<ServerProcess> {
  const port = await freePort();
  return startProcess(
    'baseline',
    [BASELINE],
    { DATABASE_URL: input.databaseUrl, JWT_SECRET: input.jwtSecret, PORT: String(port) },
    port,
  );
}

async function startProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: API_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${String(child.exitCode)}`);
    const ready = await fetch(`${baseUrl}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start within two minutes`);
    }
    await sleep(200);
  }
  if (child.pid === undefined) throw new Error(`${name} has no pid`);
  return {
    name,
    baseUrl,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** User plus system CPU seconds the process has used so far (fields 14 and 15 of its stat). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis don't.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

export type LoadResult = { requests: number; seconds: number; failures: number };

/**
 * `count` POSTs of `body` to `url`, `concurrency` at a time over kept-alive connections; every
 * answer is read whole and checked with `ok` (a wrong answer counts as a failure).
 */
export async function fire(input: {
  url: string;
  body: string;
  cookie: string;
  count: number;
  concurrency: number;
  ok: (status: number, body: string) => boolean;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: input.concurrency });
  const target = new URL(input.url);
  let next = 0;
  let failures = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(input.body),
            cookie: input.cookie,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            if (!input.ok(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')))
              failures += 1;
            resolve();
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(input.body);
    });
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: input.concurrency }, async () => {
      while (next < input.count) {
        next += 1;
        await one();
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { requests: input.count, seconds, failures };
}
