import { setTimeout as sleep } from 'node:timers/promises';
import { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import { STOCKHOLM } from '@etj/domain';
import { serializeError } from './errors.ts';

/**
 * A background job: decides what is due from the injected clock (never from the time pg-boss
 * ran it), so it is idempotent and a test can move the clock and run it through the runner.
 */
export type JobDefinition = {
  name: string;
  run(context: { jobId: string }): Promise<void>;
  /** A cron expression evaluated in Europe/Stockholm; none for jobs that only run on demand. */
  cron?: string;
  /** Attempts after the first one fails, with exponential backoff from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long one run may take before pg-boss gives it up (and retries it). */
  expireInSeconds?: number;
};

export type JobRunnerOptions = {
  databaseUrl: string;
  logger: Logger;
  /** Register cron schedules (false: the process only works queues and runs jobs on demand). */
  schedules?: boolean;
  /** How often idle workers look for jobs; runNow wakes the local worker at once anyway. */
  pollingIntervalSeconds?: number;
  /** How often the schedules are checked (pg-boss cronWorkerIntervalSeconds, 1–45). */
  cronIntervalSeconds?: number;
  /** The pg-boss schema; defaults to `pgboss`. */
  schema?: string;
};

export type JobOutcome = 'completed' | 'failed';

const FINAL_STATES = new Set(['completed', 'failed', 'cancelled']);

/**
 * pg-boss on the application's own PostgreSQL. Queues are created explicitly with the
 * `singleton` policy (one run active at a time; scheduled and on-demand runs queue behind each
 * other). A cron schedule registered by several processes sends one job per occurrence: pg-boss
 * files each occurrence under one singleton key, so two API processes never run the same
 * scheduled occurrence twice (test/job-runner.int.test.ts proves it with two processes).
 */
export class JobRunner {
  private readonly workers = new Map<string, string>();
  private stopped = false;

  private constructor(
    private readonly boss: PgBoss,
    private readonly options: JobRunnerOptions,
  ) {}

  static async start(options: JobRunnerOptions): Promise<JobRunner> {
    const boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: options.schema ?? 'pgboss',
      max: 4,
      schedule: options.schedules ?? true,
      ...(options.cronIntervalSeconds
        ? {
            cronWorkerIntervalSeconds: options.cronIntervalSeconds,
            cronMonitorIntervalSeconds: options.cronIntervalSeconds,
          }
        : {}),
    });
    boss.on('error', (error: unknown) => {
      options.logger.error({ err: serializeError(error) }, 'job runner error');
    });
    await boss.start();
    return new JobRunner(boss, options);
  }

  has(name: string): boolean {
    return this.workers.has(name);
  }

  /** Creates the job's queue, starts its worker and, when it has one, its Stockholm schedule. */
  async register(job: JobDefinition): Promise<void> {
    const { logger } = this.options;
    await this.boss.createQueue(job.name, {
      policy: 'singleton',
      retryLimit: job.retryLimit ?? 3,
      retryDelay: job.retryDelaySeconds ?? 30,
      retryBackoff: true,
      retryDelayMax: 3600,
      expireInSeconds: job.expireInSeconds ?? 600,
    });
    const workerId = await this.boss.work(
      job.name,
      { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        for (const one of jobs) {
          const started = Date.now();
          try {
            await job.run({ jobId: one.id });
            logger.info({ job: job.name, jobId: one.id, ms: Date.now() - started }, 'job done');
          } catch (error) {
            logger.error(
              { job: job.name, jobId: one.id, err: serializeError(error) },
              'job failed',
            );
            throw error instanceof Error ? error : new Error('job failed');
          }
        }
      },
    );
    this.workers.set(job.name, workerId);
    if (job.cron && (this.options.schedules ?? true)) {
      await this.boss.schedule(job.name, job.cron, null, { tz: STOCKHOLM, missed: 'once' });
    }
  }

  /**
   * Sends the job now and waits until pg-boss has run it to the end (retries included):
   * 'completed' or 'failed'. For the test door and tests; any process's worker may take it.
   */
  async runNow(
    name: string,
    { timeoutMs = 60_000 }: { timeoutMs?: number } = {},
  ): Promise<JobOutcome> {
    const id = await this.boss.send(name, { onDemand: true });
    if (!id) throw new Error(`job ${name} was not queued`);
    const workerId = this.workers.get(name);
    if (workerId) this.boss.notifyWorker(workerId);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [found] = await this.boss.findJobs(name, { id });
      if (found && FINAL_STATES.has(found.state)) {
        return found.state === 'completed' ? 'completed' : 'failed';
      }
      if (Date.now() > deadline) throw new Error(`job ${name} did not finish in ${timeoutMs} ms`);
      await sleep(50);
      if (workerId) this.boss.notifyWorker(workerId);
    }
  }

  /** Stops taking jobs, lets running ones finish (up to `timeoutMs`) and closes the pool. */
  async stop({ timeoutMs = 20_000 }: { timeoutMs?: number } = {}): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.boss.stop({ graceful: true, close: true, timeout: timeoutMs });
  }
}
