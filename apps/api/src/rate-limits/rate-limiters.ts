import pg from 'pg';
import type { Logger } from 'pino';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { serializeError } from '../common/errors.ts';
import { retryAfterSeconds, type RateLimitName, type RateLimits } from './rate-limit.rules.ts';

/** The table of the counters; a Prisma migration creates it (model RateLimitCounter). */
export const RATE_LIMIT_TABLE = 'rate_limits';

export type LimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * The rate limits, counted in PostgreSQL so that every API process on the database shares them
 * (rate-limiter-flexible's PostgreSQL store, on a small pool of its own). A key that has gone
 * over its limit is then refused from memory until its window ends, without asking the
 * database again; if the database cannot be reached, each process counts in memory meanwhile.
 */
export class RateLimiters {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly limiters: Record<RateLimitName, RateLimiterAbstract>,
    private readonly logger: Logger,
  ) {}

  static create(input: { databaseUrl: string; limits: RateLimits; logger: Logger }): RateLimiters {
    const { logger } = input;
    const pool = new pg.Pool({
      connectionString: input.databaseUrl,
      max: 4,
      connectionTimeoutMillis: 3000,
      // A counter lost in a crash only lets a few requests more through; not waiting for each
      // commit's WAL flush keeps a count well under a millisecond instead of several.
      options: '-c synchronous_commit=off',
    });
    // An idle connection the server dropped (a restart) must not end the process.
    pool.on('error', (error) => {
      logger.warn({ err: serializeError(error) }, 'rate limit pool: connection lost');
    });
    const limiter = (name: RateLimitName, clearsExpired: boolean): RateLimiterAbstract => {
      const { points, durationSeconds } = input.limits[name];
      return new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        keyPrefix: name,
        points,
        duration: durationSeconds,
        // Over the limit: refused from memory for the rest of the window.
        inMemoryBlockOnConsumed: points + 1,
        insuranceLimiter: new RateLimiterMemory({ points, duration: durationSeconds }),
        // Every limiter shares the table, so one of them deletes the expired rows (every five
        // minutes, those expired for an hour).
        clearExpiredByTimeout: clearsExpired,
      });
    };
    return new RateLimiters(
      pool,
      {
        login: limiter('login', true),
        graphqlSession: limiter('graphqlSession', false),
        graphqlAnonymous: limiter('graphqlAnonymous', false),
        creates: limiter('creates', false),
        publicMail: limiter('publicMail', false),
      },
      logger,
    );
  }

  /** Counts `points` for `key` under a limit; refused with the seconds until it may retry. */
  async consume(name: RateLimitName, key: string, points = 1): Promise<LimitOutcome> {
    try {
      await this.limiters[name].consume(key, points);
      return { ok: true };
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes)
        return { ok: false, retryAfterSeconds: retryAfterSeconds(outcome.msBeforeNext) };
      // Neither the store nor the insurance answered: the request goes on rather than fail.
      this.logger.warn({ err: serializeError(outcome), limit: name }, 'rate limit not counted');
      return { ok: true };
    }
  }

  async stop(): Promise<void> {
    await this.pool.end();
  }
}
