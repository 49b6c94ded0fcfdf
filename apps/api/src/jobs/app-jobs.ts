import type { Logger } from 'pino';
import type { Clock } from '../common/clock.ts';
import type { ProxyLifecycleRepository } from '../proxy-lifecycle/proxy-lifecycle.repository.ts';
import { ProxyLifecycleService } from '../proxy-lifecycle/proxy-lifecycle.job.ts';
import type { NotificationSenderService } from '../notifications/notification-sender.service.ts';
import type { RetentionRepository } from '../retention/retention.repository.ts';
import { RetentionService } from '../retention/retention.service.ts';
import { clinicCalendars } from '../statistics/statistics-calendars.ts';
import type { StatisticsRollupRepository } from '../statistics/statistics-rollup.repository.ts';
import { StatisticsRollupService } from '../statistics/statistics-rollup.job.ts';
import { JobRunner, type JobRunnerOptions } from '../common/job-runner.ts';

/** What the application's jobs need; the composition root (server.ts, the test harness) builds it. */
export type AppJobDeps = {
  proxyLifecycle: ProxyLifecycleRepository;
  /** Delivers the notification outbox every minute. */
  notificationSender: NotificationSenderService;
  retention: RetentionRepository;
  /** LOG_RETENTION_YEARS (config); the retention job's default is the legal floor. */
  logRetentionYears?: number;
  /** Fills the statistics rollups every hour. */
  statistics: StatisticsRollupRepository;
  clock: Clock;
  logger: Logger;
};

/** Starts pg-boss and registers the application's background jobs (queues, workers, schedules). */
export async function startAppJobs(
  deps: AppJobDeps,
  options: JobRunnerOptions,
): Promise<JobRunner> {
  const runner = await JobRunner.start(options);
  try {
    await runner.register(
      new ProxyLifecycleService(deps.proxyLifecycle, deps.clock, deps.logger).job(),
    );
    await runner.register(deps.notificationSender.job());
    await runner.register(
      new RetentionService(deps.retention, deps.clock, deps.logger, {
        logRetentionYears: deps.logRetentionYears,
      }).job(),
    );
    await runner.register(
      new StatisticsRollupService(
        deps.statistics,
        deps.clock,
        deps.logger,
        clinicCalendars(deps.statistics),
      ).job(),
    );
  } catch (error) {
    await runner.stop();
    throw error;
  }
  return runner;
}
