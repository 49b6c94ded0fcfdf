import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  caseDeletionCutoff,
  draftDeletionCutoff,
  IDLE_TIMEOUT_MS,
  LOG_RETENTION_MIN_YEARS,
  logDeletionCutoff,
} from '@etj/domain';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.ts';
import { serializeError } from '../common/errors.ts';
import type { JobDefinition } from '../common/job-runner.ts';
import { CONFIRM_LINK_VALID_MS } from '../service-status/service-status.policy.ts';
import {
  RETAINED_LOGS,
  type BatchResult,
  type KeysetPosition,
  type RetentionRepository,
} from './retention.repository.ts';

export const RETENTION_JOB = 'retention';

/** Nightly at 02:30 Europe/Stockholm (the runner evaluates cron in Stockholm time). */
export const RETENTION_CRON = '30 2 * * *';

export type RetentionRunResult = {
  runId: string;
  casesDeleted: number;
  rowsDeleted: number;
  byTable: Record<string, number>;
  durationMs: number;
};

export type RetentionOptions = {
  /** Owners (cases, drafts, rows) per transaction; small, so no lock is held for long. */
  batchSize?: number;
  /** How long the access log and the proxy action log are kept; never below the legal floor. */
  logRetentionYears?: number;
  /**
   * The share of the wall time the job works, in (0, 1]: after each batch it pauses
   * (1 - duty) / duty times as long as the batch took, so requests running beside it (the
   * inbox, by day or a first run on a backlog) keep their latency. 0.5 (the default) pauses as
   * long as each batch took; 1 never pauses.
   */
  duty?: number;
};

const DAY_MS = 86_400_000;

/** Login transactions (state and nonce of a login in progress) are kept a day. */
const LOGIN_TRANSACTION_RETENTION_MS = DAY_MS;

/**
 * Ended sessions are kept a day after they ended. A session is over at most IDLE_TIMEOUT_MS
 * (60 minutes) after its last activity: a live session never has a last activity older than
 * that, and a session that was revoked (logout) or hit its 12-hour lifetime ended after its last
 * activity, which never moves afterwards. So a session whose last activity is older than one
 * day plus 60 minutes ended more than a day ago, whichever way it ended, and the rule needs no
 * other column.
 */
const SESSION_RETENTION_MS = DAY_MS + IDLE_TIMEOUT_MS;

/** Sent notifications (and parked failures) are kept 30 days, and so are local SMS records. */
const NOTIFICATION_RETENTION_MS = 30 * DAY_MS;

type Part = {
  /** The table whose count tells how many owners a batch took (for the stop condition). */
  owner: string;
  /** `after`: the previous batch's `resumeAfter` in this run, for parts that claim by keyset. */
  batch(limit: number, after?: KeysetPosition): Promise<BatchResult>;
};

/**
 * Gallring (DOMAIN.md section 4): every case whose latest event is two years old or
 * more, open ones too, with everything that hangs off it; drafts untouched for 30 days; ended
 * sessions and old login transactions after a day; sent notifications after 30 days; the
 * append-only logs after `logRetentionYears`. Each part in small batches, each its own
 * transaction, until a batch comes back short; the run writes a content-free RetentionRun
 * record (counts per table, no ids) and logs counts only. All cut-offs come from the injected
 * clock, once per run. Between batches the job pauses (`duty`) on a real timer: pacing is about
 * sharing the machine now, not a rule of the domain, so the injected clock has no say in it.
 */
export class RetentionService {
  private readonly batchSize: number;
  private readonly logRetentionYears: number;
  private readonly duty: number;

  constructor(
    private readonly repository: RetentionRepository,
    private readonly clock: Clock,
    private readonly logger: Logger | undefined,
    options: RetentionOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.logRetentionYears = options.logRetentionYears ?? LOG_RETENTION_MIN_YEARS;
    this.duty = options.duty ?? 0.5;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1)
      throw new Error('retention batch size must be a positive integer');
    if (this.logRetentionYears < LOG_RETENTION_MIN_YEARS)
      throw new Error(`log retention may not be below ${LOG_RETENTION_MIN_YEARS} years`);
    if (!(this.duty > 0 && this.duty <= 1))
      throw new Error('retention duty must be a fraction in (0, 1]');
  }

  async run(): Promise<RetentionRunResult> {
    const runId = randomUUID();
    const now = this.clock.now();
    const started = performance.now();
    await this.repository.startRun(runId, now);
    const byTable: Record<string, number> = {};
    const r = this.repository;
    const before = (ms: number) => new Date(now.getTime() - ms);
    const caseCutoff = caseDeletionCutoff(now);
    const draftCutoff = draftDeletionCutoff(now);
    const logCutoff = logDeletionCutoff(now, this.logRetentionYears);
    const parts: Part[] = [
      { owner: 'cases', batch: (n, after) => r.deleteCaseBatch(caseCutoff, n, after) },
      { owner: 'case_drafts', batch: (n, after) => r.deleteDraftBatch(draftCutoff, n, after) },
      {
        owner: 'login_transactions',
        batch: (n) => r.deleteLoginTransactionBatch(before(LOGIN_TRANSACTION_RETENTION_MS), n),
      },
      { owner: 'sessions', batch: (n) => r.deleteSessionBatch(before(SESSION_RETENTION_MS), n) },
      {
        owner: 'notification_outbox',
        batch: (n) => r.deleteNotificationBatch(before(NOTIFICATION_RETENTION_MS), n),
      },
      {
        owner: 'service_status_subscriptions',
        batch: (n) => r.deleteUnconfirmedSubscriptionBatch(before(CONFIRM_LINK_VALID_MS), n),
      },
      {
        owner: 'local_sms_messages',
        batch: (n) => r.deleteLocalSmsBatch(before(NOTIFICATION_RETENTION_MS), n),
      },
      ...RETAINED_LOGS.map((log): Part => ({
        owner: log,
        batch: (n) => r.deleteLogBatch(log, logCutoff, n),
      })),
    ];
    try {
      for (const part of parts) {
        let after: KeysetPosition | undefined;
        for (;;) {
          const batchStarted = performance.now();
          const result = await part.batch(this.batchSize, after);
          for (const [table, count] of Object.entries(result.byTable))
            byTable[table] = (byTable[table] ?? 0) + count;
          if ((result.byTable[part.owner] ?? 0) < this.batchSize) break;
          after = result.resumeAfter ?? after;
          await this.pace(performance.now() - batchStarted);
        }
      }
    } catch (error) {
      const failed = this.summary(runId, byTable, started);
      await this.repository.finishRun({
        ...failed,
        id: runId,
        status: 'FAILED',
        finishedAt: this.clock.now(),
        details: failed.byTable,
      });
      this.logger?.error(
        { runId, ...countsOnly(failed), err: serializeError(error) },
        'retention run failed',
      );
      throw error;
    }
    const result = this.summary(runId, byTable, started);
    await this.repository.finishRun({
      ...result,
      id: runId,
      status: 'COMPLETED',
      finishedAt: this.clock.now(),
      details: result.byTable,
    });
    this.logger?.info({ runId, ...countsOnly(result) }, 'retention run');
    return result;
  }

  /** The job the runner schedules nightly and the test door runs. */
  job(): JobDefinition {
    return {
      name: RETENTION_JOB,
      cron: RETENTION_CRON,
      retryLimit: 3,
      retryDelaySeconds: 300,
      // A first run on a large backlog may take a while; each batch is short on its own.
      expireInSeconds: 4 * 3600,
      run: async () => {
        await this.run();
      },
    };
  }

  /** After a batch that took `busyMs`, rests so the job works `duty` of the time. */
  private async pace(busyMs: number): Promise<void> {
    if (this.duty < 1) await sleep((busyMs * (1 - this.duty)) / this.duty);
  }

  private summary(
    runId: string,
    byTable: Record<string, number>,
    started: number,
  ): RetentionRunResult {
    const tables = Object.fromEntries(Object.entries(byTable).filter(([, n]) => n > 0));
    return {
      runId,
      casesDeleted: tables.cases ?? 0,
      rowsDeleted: Object.values(tables).reduce((sum, n) => sum + n, 0),
      byTable: tables,
      durationMs: Math.round(performance.now() - started),
    };
  }
}

function countsOnly(result: RetentionRunResult) {
  return {
    casesDeleted: result.casesDeleted,
    rowsDeleted: result.rowsDeleted,
    byTable: result.byTable,
    durationMs: result.durationMs,
  };
}
