// `node apps/api/cluster/run.ts`: two API processes behind HAProxy on one PostgreSQL, until
// Ctrl-C (a graceful shutdown of both). DATABASE_URL names the database; without it the same
// embedded PostgreSQL (and data folder) as `npm start` is used, so stop `npm start` first.
//   CLUSTER_PORT  the load balancer's port (default 8080)
//   APP_MODE      passed to both processes (default development: the local test login)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// eslint-disable-next-line no-restricted-imports -- the embedded PostgreSQL of npm start, no Prisma
import { startEmbeddedPostgres } from '@etj/db';
import { startCluster } from './cluster.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const log = (message: string) => {
  process.stdout.write(`${message}\n`);
};

let databaseUrl = process.env.DATABASE_URL;
let embedded: { stop(): Promise<void> } | undefined;
if (!databaseUrl) {
  const server = await startEmbeddedPostgres({
    dataDir: process.env.ETJ_DATA_DIR ?? join(root, '.data', 'postgres'),
    port: Number(process.env.ETJ_DB_PORT ?? 54329),
  });
  embedded = server;
  databaseUrl = server.databaseUrl;
  log('embedded PostgreSQL started');
}
const port = Number(process.env.CLUSTER_PORT ?? 8080);
const cluster = await startCluster({
  databaseUrl,
  port,
  env: {
    APP_MODE: process.env.APP_MODE ?? 'development',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? `http://localhost:${String(port)}`,
  },
  log,
});
log(
  `\n  Citizen SPA  http://localhost:${String(port)}/citizen/\n  Staff SPA    http://localhost:${String(port)}/staff/\n  Two API processes behind HAProxy; Ctrl-C stops all.\n`,
);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await cluster.stop();
  await embedded?.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
