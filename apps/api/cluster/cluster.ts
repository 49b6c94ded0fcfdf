// Two API processes behind HAProxy (Debian's package) on one PostgreSQL: the shape production
// takes on one machine, for trying it by hand (run.ts) and for the fault suite (test/fault).
// Each process is the real API as `npm start` runs it (bench/support/api-process.ts); both run
// the background jobs (pg-boss sends each scheduled occurrence once) and share one JWT secret,
// so a session made through one is valid on the other.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startApiProcess, type ApiProcess } from '../bench/support/api-process.ts';

const CLUSTER_DIR = dirname(fileURLToPath(import.meta.url));
/** Debian's haproxy; HAPROXY names another binary. */
const HAPROXY = process.env.HAPROXY ?? '/usr/sbin/haproxy';

export type ClusterOptions = {
  databaseUrl: string;
  /** The load balancer's port on 127.0.0.1 (default: a free one). */
  port?: number;
  /** Extra environment for both API processes (APP_MODE, LOG_LEVEL, ETJ_SEED, ...). */
  env?: Record<string, string>;
  log?: (message: string) => void;
};

export type Cluster = {
  /** The load balancer's origin, what clients talk to. */
  baseUrl: string;
  /** The API processes, in HAProxy's order (api1, api2); restart() replaces an entry. */
  apis: ApiProcess[];
  /** Starts API process `index` again on its own port (after it was killed or stopped). */
  restart(index: number): Promise<ApiProcess>;
  /** SIGTERM to HAProxy and to both processes (a graceful shutdown); waits for all. */
  stop(): Promise<void>;
};

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (!existsSync(HAPROXY))
    throw new Error(
      `HAProxy is not installed (${HAPROXY}): sudo apt-get install -y haproxy, or set HAPROXY`,
    );
  const log = options.log ?? (() => undefined);
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  const ports = [await freePort(), await freePort()];
  const env: Record<string, string> = {
    // One secret for both: a session cookie signed by one process is read by the other.
    JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
    ETJ_JOBS: '1',
    // HAProxy (on this machine) names the client in X-Forwarded-For: the per-address rate
    // limits count the client, not the balancer.
    TRUST_PROXY: '127.0.0.1',
    ...options.env,
  };
  const start = (index: number) =>
    startApiProcess({
      databaseUrl: options.databaseUrl,
      port: ports[index],
      publicOrigin: options.env?.PUBLIC_ORIGIN ?? baseUrl,
      env,
      log,
      readyTimeoutMs: 180_000,
    });

  const apis: ApiProcess[] = [];
  let haproxy: ReturnType<typeof spawn> | undefined;
  const stop = async () => {
    if (haproxy && haproxy.exitCode === null && haproxy.signalCode === null) {
      const gone = new Promise((resolve) => haproxy?.once('exit', resolve));
      haproxy.kill('SIGTERM');
      await gone;
    }
    await Promise.all(apis.map((api) => api.stop()));
  };
  try {
    // One after the other: the first migrates (and seeds an empty demo database) alone, and
    // the two `start` scripts do not compile into the same folder at once.
    for (const index of [0, 1]) {
      log(`starting API process ${String(index + 1)} on port ${String(ports[index])}`);
      apis.push(await start(index));
    }
    haproxy = spawn(HAPROXY, ['-db', '-f', join(CLUSTER_DIR, 'haproxy.cfg')], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        ETJ_CLUSTER_DIR: CLUSTER_DIR,
        ETJ_CLUSTER_PORT: String(port),
        ETJ_API_1_PORT: String(ports[0]),
        ETJ_API_2_PORT: String(ports[1]),
      },
    });
    await waitForBalancer(baseUrl, haproxy);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`HAProxy on ${baseUrl} in front of ports ${ports.join(' and ')}`);
  return {
    baseUrl,
    apis,
    async restart(index) {
      const api = await start(index);
      apis[index] = api;
      return api;
    },
    stop,
  };
}

async function waitForBalancer(baseUrl: string, haproxy: ReturnType<typeof spawn>) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (haproxy.exitCode !== null) throw new Error('HAProxy exited while starting');
    try {
      if ((await fetch(`${baseUrl}/health/live`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('HAProxy did not answer within 30 s');
}
