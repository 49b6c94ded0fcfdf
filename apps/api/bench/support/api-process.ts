// The real API as `npm start` runs it (the package's own `start` script), in a child process of
// its own so the bench's CPU (a browser driver, Lighthouse) does not compete inside the server's
// event loop. It serves the built SPAs from the folders given and works on the database given.
// The cluster (apps/api/cluster) and the fault suite start their API processes with it too.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const API_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type ApiProcess = {
  /** http://127.0.0.1:PORT, the origin the browser talks to. */
  baseUrl: string;
  port: number;
  /** Resolves with the exit code (null when a signal ended it) once the process is gone. */
  exited: Promise<number | null>;
  /** Sends `signal` to the process and everything it started (pnpm, the shell, node). */
  kill(signal: NodeJS.Signals): void;
  /** The last lines the process wrote on stdout and stderr (for failures). */
  stderrTail(): string;
  stop(): Promise<void>;
};

export type ApiProcessOptions = {
  databaseUrl: string;
  /** Built SPAs to serve (default: the API's own default, apps/<spa>/dist). */
  citizenDist?: string;
  staffDist?: string;
  /** The port to listen on (default: a free one). */
  port?: number;
  /** The origin clients reach it by, e.g. a load balancer's (default: its own base URL). */
  publicOrigin?: string;
  /** Extra environment (e.g. `ETJ_SEED: '0'`). */
  env?: Record<string, string>;
  log?: (message: string) => void;
  /** How long to wait for /health/ready (default 300 s: the demo seed runs first). */
  readyTimeoutMs?: number;
};

export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  ensureStartable(options.log);
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  const child = spawn(pnpmCommand(), ['run', '--silent', 'start'], {
    cwd: API_ROOT,
    // Its own process group, so stopping it also stops what pnpm started under it.
    detached: true,
    // stdout too: a failed compile of the start script reports there.
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      PUBLIC_ORIGIN: options.publicOrigin ?? baseUrl,
      APP_MODE: 'test',
      ETJ_JOBS: '0',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      ...(options.citizenDist ? { CITIZEN_DIST: options.citizenDist } : {}),
      ...(options.staffDist ? { STAFF_DIST: options.staffDist } : {}),
      ...options.env,
    },
  });
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      tail.push(...chunk.split('\n').filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - 40));
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = () => stopGroup(child, exited);
  const kill = (signal: NodeJS.Signals) => {
    signalGroup(child, signal);
  };
  try {
    await waitReady(baseUrl, exited, options.readyTimeoutMs ?? 300_000);
  } catch (error) {
    await stop();
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n${tail.join('\n')}`,
      { cause: error },
    );
  }
  return { baseUrl, port, exited, kill, stderrTail: () => tail.join('\n'), stop };
}

/**
 * When `start` runs compiled JavaScript that is not there yet (a fresh clone), builds it first
 * with the package's own `build` script.
 */
function ensureStartable(log?: (message: string) => void): void {
  const pkg = JSON.parse(readFileSync(join(API_ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const start = pkg.scripts?.start;
  if (!start) throw new Error('apps/api has no start script');
  const compiled = start
    .split(/\s+/)
    .filter((word) => /\.(c|m)?js$/.test(word) && !word.includes('node_modules'));
  if (compiled.every((file) => existsSync(join(API_ROOT, file)))) return;
  log?.(`the API's start script needs ${compiled.join(', ')}: pnpm run build`);
  const built = spawnSync(pnpmCommand(), ['run', 'build'], { cwd: API_ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building the API failed');
}

/** pnpm from PATH, as `pnpm bench` itself runs. */
function pnpmCommand(): string {
  return 'pnpm';
}

/** A TCP port on the loopback that was free a moment ago. */
export async function freePort(): Promise<number> {
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

async function waitReady(
  baseUrl: string,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  const state = { exitCode: undefined as number | null | undefined };
  void exited.then((code) => {
    state.exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (state.exitCode !== undefined)
      throw new Error(`the API exited with ${String(state.exitCode)} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API was not ready within ${String(timeoutMs / 1000)} s`);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const signal = (name: NodeJS.Signals) => {
    signalGroup(child, name);
  };
  signal('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) =>
    setTimeout(() => {
      resolve('timeout');
    }, 10_000),
  );
  if ((await Promise.race([exited, timeout])) === 'timeout') signal('SIGKILL');
}
