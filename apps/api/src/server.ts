// The API process: finds or starts its PostgreSQL, migrates, seeds an empty demo database,
// then serves GraphQL, the auth routes and both built SPAs on one origin.
//   DATABASE_URL         use this PostgreSQL (otherwise an embedded one with data in .data/)
//   ETJ_FRESH_DATABASE=1 work in a new throwaway database on that server (browser tests)
//   ETJ_SEED=0           never seed
//   ETJ_JOBS=0           run no background jobs (pg-boss is not started)
//   EID_CITIZEN_*, EID_STAFF_*  a real OpenID Connect e-identification provider (see README);
//                        without them the local test provider, which production mode refuses
import 'reflect-metadata';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createPrismaClient,
  createTestDatabase,
  migrateDatabase,
  startEmbeddedPostgres,
} from '@etj/db';
import { createOidcIdentityProvider } from './adapters/e-identification/oidc-provider.ts';
import { createApp } from './app.ts';
import { closeHttpServer } from './availability/graceful-shutdown.ts';
import { AdjustableClock } from './common/clock.ts';
import { serializeError } from './common/errors.ts';
import { createLogger } from './common/logger.ts';
import { configFromEnv } from './config.ts';
import { DemoRepository } from './demo/demo.repository.ts';
import { personaDirectory } from './demo/persona-directory.ts';
import { startAppJobs } from './jobs/app-jobs.ts';
import { StatisticsRollupRepository } from './statistics/statistics-rollup.repository.ts';
import { STATISTICS_JOB } from './statistics/statistics-rollup.job.ts';
import { createNotificationDelivery } from './notifications/notification-delivery.ts';
import { withNotificationDevPages } from './notifications/notification-dev.routes.ts';
import { withNotificationOps } from './notifications/notification-ops.routes.ts';
import { PROXY_LIFECYCLE_JOB } from './proxy-lifecycle/proxy-lifecycle.job.ts';
import { ProxyLifecycleRepository } from './proxy-lifecycle/proxy-lifecycle.repository.ts';
import { RetentionRepository } from './retention/retention.repository.ts';
import type { JobRunner } from './common/job-runner.ts';
import { withJobDoor } from './test-support/job.routes.ts';
import { createServiceStatusMails } from './service-status/service-status.mail.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const logger = createLogger();
const cleanups: (() => Promise<void>)[] = [];
/** How long requests in flight may take to finish after SIGTERM before they are cut. */
const SHUTDOWN_REQUESTS_MS = 20_000;

let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  if (process.env.APP_MODE === 'production')
    throw new Error('DATABASE_URL is required in production');
  const embedded = await startEmbeddedPostgres({
    dataDir: process.env.ETJ_DATA_DIR ?? join(root, '.data', 'postgres'),
    port: Number(process.env.ETJ_DB_PORT ?? 54329),
  });
  cleanups.push(() => embedded.stop());
  databaseUrl = embedded.databaseUrl;
  logger.info('embedded PostgreSQL started');
}
if (process.env.ETJ_FRESH_DATABASE === '1') {
  const fresh = await createTestDatabase({ serverUrl: databaseUrl });
  cleanups.unshift(() => fresh.drop());
  databaseUrl = fresh.databaseUrl;
}
await migrateDatabase(databaseUrl);

const config = configFromEnv({
  ...process.env,
  DATABASE_URL: databaseUrl,
  CITIZEN_DIST: process.env.CITIZEN_DIST ?? join(root, 'apps', 'citizen', 'dist'),
  STAFF_DIST: process.env.STAFF_DIST ?? join(root, 'apps', 'staff', 'dist'),
});
const clock = new AdjustableClock();
const prisma = createPrismaClient(config.databaseUrl);
const demo = new DemoRepository(prisma);
if (process.env.ETJ_SEED !== '0' && config.mode !== 'production') {
  if (await demo.seedIfEmpty(clock)) logger.info('demo data seeded');
}
const eid = config.eidOidc
  ? await createOidcIdentityProvider({
      clients: config.eidOidc,
      publicOrigin: config.publicOrigin,
      pkceSecret: `${config.jwtSecret}:pkce`,
      logger,
    })
  : undefined;
const app = await createApp({
  config,
  prisma,
  clock,
  logger,
  eid,
  personas: config.mode === 'production' ? undefined : personaDirectory(demo),
});
// Notifications: nodemailer to SMTP_URL, or to a built-in SMTP catcher on the loopback (its
// mails on /dev/notifications); SMS to SMS_GATEWAY_URL, or recorded in local_sms_messages.
const notifications = await createNotificationDelivery({
  config,
  prisma,
  clock,
  logger,
  contentMails: createServiceStatusMails(prisma, config),
});
if (notifications.catcher)
  logger.info({ port: notifications.catcher.port }, 'built-in SMTP catcher listening');

// Background jobs (pg-boss on the same PostgreSQL, the embedded one too); schedules run in
// Europe/Stockholm and every process may run them: pg-boss sends one job per occurrence.
const jobs: JobRunner | undefined =
  process.env.ETJ_JOBS === '0'
    ? undefined
    : await startAppJobs(
        {
          proxyLifecycle: new ProxyLifecycleRepository(prisma),
          notificationSender: notifications.sender,
          retention: new RetentionRepository(prisma),
          statistics: new StatisticsRollupRepository(prisma),
          logRetentionYears: config.logRetentionYears,
          clock,
          logger,
        },
        { databaseUrl: config.databaseUrl, logger },
      );
// Catch up at start: the lifecycle decides from the clock what is due, so a process that was
// down (or a fresh demo database) gets its notices now rather than at the next hourly run.
jobs?.runNow(PROXY_LIFECYCLE_JOB).catch((error: unknown) => {
  logger.error({ err: serializeError(error) }, 'proxy lifecycle catch-up failed');
});
// The statistics too: a fresh demo database has its year of figures at once.
jobs?.runNow(STATISTICS_JOB).catch((error: unknown) => {
  logger.error({ err: serializeError(error) }, 'statistics catch-up failed');
});
const web = withNotificationOps(
  withNotificationDevPages(
    withJobDoor(app.express, { production: config.mode === 'production', runner: jobs }),
    { production: config.mode === 'production', sources: notifications.devSources },
  ),
  { opsToken: config.opsToken, outbox: notifications.devSources.outbox },
);

const server = web.listen(config.port, '127.0.0.1', () => {
  logger.info({ port: config.port, mode: config.mode }, 'api listening');
  const origin = config.publicOrigin;
  process.stdout.write(
    `\n  Citizen SPA  ${origin}/citizen/\n  Staff SPA    ${origin}/staff/\n  GraphQL      ${origin}/api/citizen/graphql, ${origin}/api/staff/graphql\n\n`,
  );
  if (config.mode !== 'production')
    process.stdout.write(`  Notifications ${origin}/dev/notifications\n\n`);
});

// Graceful shutdown: stop accepting connections (the load balancer's health check fails and
// it sends new requests to the other process), finish the requests in flight, stop the jobs
// (a running one finishes), then close the pools and exit.
let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing requests in flight');
  try {
    const finished = await closeHttpServer(server, { timeoutMs: SHUTDOWN_REQUESTS_MS });
    if (!finished) logger.warn('requests still running at shutdown were cut');
    await jobs?.stop();
    await notifications.close();
    await app.stop();
    await prisma.$disconnect();
    for (const cleanup of cleanups) await cleanup();
    logger.info('shut down');
    process.exit(0);
  } catch (error) {
    logger.error({ err: serializeError(error) }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', (signal) => void shutdown(signal));
process.on('SIGINT', (signal) => void shutdown(signal));
