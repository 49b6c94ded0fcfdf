import { Prisma, type PrismaClient } from '@etj/db';

/** Where a keyset claim resumes: the last (time, id) the previous batch of the run took. */
export type KeysetPosition = { at: Date; id: string };

/**
 * Rows deleted per table by one batch; `cases` (or `case_drafts`) says how many owners went.
 * `resumeAfter` (owner batches only) is the last owner the batch claimed, for the next claim.
 */
export type BatchResult = { byTable: Record<string, number>; resumeAfter?: KeysetPosition };

/**
 * An owner table whose rows the job deletes with everything that hangs off them. The children
 * are deleted by the foreign keys' ON DELETE CASCADE, not by statements of their own: the
 * cascade's triggers fire once per owner and child table whatever we do, and when the children
 * were already deleted explicitly they still probe each child index (through the dead entries),
 * so explicit deletes paid for the children twice (measured: a batch of 500 cases took about a
 * quarter longer that way).
 */
export type OwnerTable = {
  table: 'cases' | 'case_drafts';
  /** The claim's order (and keyset): the time the rule looks at, then the id. */
  timeColumn: 'last_event_at' | 'updated_at';
  /** The children's column that references the owner. */
  foreignKey: 'case_id' | 'draft_id';
  children: readonly string[];
};

/** The tables hanging off a case (all ON DELETE CASCADE on case_id). */
export const CASE_OWNER: OwnerTable = {
  table: 'cases',
  timeColumn: 'last_event_at',
  foreignKey: 'case_id',
  children: [
    'attachments',
    'case_messages',
    'case_events',
    'case_assignments',
    'internal_notes',
    'notification_outbox',
  ],
};

/** A draft's attachments (ON DELETE CASCADE on draft_id). */
export const DRAFT_OWNER: OwnerTable = {
  table: 'case_drafts',
  timeColumn: 'updated_at',
  foreignKey: 'draft_id',
  children: ['attachments'],
};

/** The append-only logs whose rows only the retention job may delete (migration trigger). */
export const RETAINED_LOGS = ['access_log', 'proxy_action_log'] as const;
export type RetainedLog = (typeof RETAINED_LOGS)[number];

export type RetentionRunRecord = {
  id: string;
  status: 'COMPLETED' | 'FAILED';
  finishedAt: Date;
  casesDeleted: number;
  rowsDeleted: number;
  details: Record<string, number>;
  durationMs: number;
};

/**
 * The deletions of the retention job (gallring). Every method is one short transaction over at
 * most `limit` owners; the rows are claimed with FOR UPDATE SKIP LOCKED, so two processes
 * running at once split the work and never delete (or count) a row twice. Every deletion
 * transaction commits with synchronous_commit off: a crash may lose the batch in flight and the
 * last few committed ones (those whose WAL was not yet flushed, well under a second's worth), and
 * the next run deletes those rows again; the rest of the database is as consistent as ever. The
 * run record is written with the ordinary synchronous commit, and the WAL is flushed in order,
 * so a run recorded as finished never lost a deletion it counted.
 */
export class RetentionRepository {
  /** track_counts, read once (only a superuser or the configuration changes it). */
  private countersTracked: boolean | undefined;

  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Up to `limit` cases whose latest event is at or before `cutoff` (open ones too), with every
   * row that hangs off them. A case that another transaction is changing right now is skipped
   * (its lock is held), and a message being added to a case waits for this batch (the foreign
   * key's share lock), so nothing is left behind pointing at a deleted case. `after` (the
   * previous batch's `resumeAfter`) starts the claim behind the cases this run already took.
   */
  async deleteCaseBatch(cutoff: Date, limit: number, after?: KeysetPosition): Promise<BatchResult> {
    return this.deleteOwnerBatch(CASE_OWNER, cutoff, limit, after);
  }

  /** Up to `limit` drafts last changed at or before `cutoff`, with their attachments. */
  async deleteDraftBatch(
    cutoff: Date,
    limit: number,
    after?: KeysetPosition,
  ): Promise<BatchResult> {
    return this.deleteOwnerBatch(DRAFT_OWNER, cutoff, limit, after);
  }

  /** Up to `limit` login transactions created before `before`, consumed or not. */
  async deleteLoginTransactionBatch(before: Date, limit: number): Promise<BatchResult> {
    return this.deleteWhere('login_transactions', Prisma.sql`created_at < ${before}`, limit);
  }

  /** Up to `limit` sessions whose last activity is before `before` (the caller's margin). */
  async deleteSessionBatch(before: Date, limit: number): Promise<BatchResult> {
    return this.deleteWhere('sessions', Prisma.sql`last_activity_at < ${before}`, limit);
  }

  /** Up to `limit` notifications sent before `before`, or parked as failed and created before it. */
  async deleteNotificationBatch(before: Date, limit: number): Promise<BatchResult> {
    return this.deleteWhere(
      'notification_outbox',
      Prisma.sql`((status = 'SENT' AND sent_at < ${before})
                  OR (status = 'FAILED' AND created_at < ${before}))`,
      limit,
    );
  }

  /**
   * Up to `limit` driftstatus subscriptions never confirmed whose last confirmation mail was
   * asked for before `before`: the address of someone who did not confirm is not kept.
   */
  async deleteUnconfirmedSubscriptionBatch(before: Date, limit: number): Promise<BatchResult> {
    return this.deleteWhere(
      'service_status_subscriptions',
      Prisma.sql`confirmed_at IS NULL AND confirm_requested_at < ${before}`,
      limit,
    );
  }

  /** Up to `limit` messages the local SMS gateway recorded before `before`. */
  async deleteLocalSmsBatch(before: Date, limit: number): Promise<BatchResult> {
    return this.deleteWhere('local_sms_messages', Prisma.sql`sent_at < ${before}`, limit);
  }

  /**
   * Up to `limit` entries of an append-only log older than `cutoff` and, whatever `cutoff` says,
   * than five years by the database's clock: the same floor the trigger enforces, so a wrong
   * configuration or clock can only make the job delete less, never fail on a young row. The
   * door (`etj.log_retention`) is opened for this transaction only (set_config local).
   */
  async deleteLogBatch(log: RetainedLog, cutoff: Date, limit: number): Promise<BatchResult> {
    return this.prisma.$transaction(
      async (tx): Promise<BatchResult> => {
        await tx.$queryRaw`SELECT set_config('etj.log_retention', 'on', true),
                                  set_config('synchronous_commit', 'off', true)`;
        const table = Prisma.raw(log);
        const deleted = await countDeleted(
          tx,
          Prisma.sql`DELETE FROM ${table} WHERE id IN (
                       SELECT id FROM ${table}
                        WHERE occurred_at < LEAST(${cutoff}::timestamptz, now() - interval '5 years')
                        ORDER BY id
                        LIMIT ${limit}
                        FOR UPDATE SKIP LOCKED)`,
        );
        return { byTable: deleted > 0 ? { [log]: deleted } : {} };
      },
      { timeout: 60_000 },
    );
  }

  /** Records the start of a run (content-free: when, and that it runs). */
  async startRun(id: string, startedAt: Date): Promise<void> {
    await this.prisma.retentionRun.create({
      data: { id, startedAt, status: 'RUNNING' },
      select: { id: true },
    });
  }

  /** Records how a run ended: counts per table, never which rows. */
  async finishRun(run: RetentionRunRecord): Promise<void> {
    await this.prisma.retentionRun.update({
      where: { id: run.id },
      data: {
        status: run.status,
        finishedAt: run.finishedAt,
        casesDeleted: run.casesDeleted,
        rowsDeleted: run.rowsDeleted,
        details: run.details,
        durationMs: run.durationMs,
      },
      select: { id: true },
    });
  }

  /**
   * One batch of an owner table in one transaction of three statements: the children's delete
   * counters before, the claim and the delete of the owners (whose foreign keys cascade to the
   * children), the counters after.
   *
   * The claim takes the oldest owners at or before `cutoff` in (time, id) order, FOR UPDATE
   * SKIP LOCKED; with `after` it starts behind the last owner this run already took (keyset),
   * so it does not walk the index entries of the owners earlier batches deleted, which stay in
   * the index (dead) until vacuum. An owner another process has locked is skipped and not come
   * back to in this run: that process deletes it, or the next run does.
   *
   * The children are counted by PostgreSQL's own per-transaction counters of deleted rows
   * (pg_stat_get_xact_tuples_deleted), read before and after the delete in the same
   * transaction: exact for this transaction's deletes, and free. Those counters include the
   * backend's earlier transactions until they are flushed (never inside a transaction), hence
   * the difference. Should the server not keep them (track_counts off), the statement counts
   * the claimed owners' children by SELECT instead, before it deletes.
   */
  private async deleteOwnerBatch(
    owner: OwnerTable,
    cutoff: Date,
    limit: number,
    after: KeysetPosition | undefined,
  ): Promise<BatchResult> {
    const tracked = await this.deleteCountersTracked();
    const counters = Prisma.join(
      owner.children.map(
        (child) => Prisma.sql`pg_stat_get_xact_tuples_deleted(${child}::regclass)::int`,
      ),
    );
    const [before, batch, afterwards] = await this.prisma.$transaction([
      // synchronous_commit off for this transaction: safe, see the class comment.
      this.prisma.$queryRaw<{ n: number[] }[]>`
        SELECT set_config('synchronous_commit', 'off', true), ARRAY[${counters}] AS n`,
      this.prisma.$queryRaw<OwnerBatchRow[]>(
        ownerBatchStatement(owner, cutoff, limit, after, tracked),
      ),
      this.prisma.$queryRaw<{ n: number[] }[]>`SELECT ARRAY[${counters}] AS n`,
    ]);
    const row = batch[0];
    if (!row || row.deleted === 0) return { byTable: {} };
    const byTable: Record<string, number> = {};
    owner.children.forEach((child, i) => {
      byTable[child] = tracked
        ? (afterwards[0]?.n[i] ?? 0) - (before[0]?.n[i] ?? 0)
        : (row.counted?.[i] ?? 0);
    });
    byTable[owner.table] = row.deleted;
    return {
      byTable,
      resumeAfter: row.last_at && row.last_id ? { at: row.last_at, id: row.last_id } : undefined,
    };
  }

  /** Whether the server counts deleted rows per table (track_counts, on unless turned off). */
  private async deleteCountersTracked(): Promise<boolean> {
    if (this.countersTracked === undefined) {
      const [row] = await this.prisma.$queryRaw<{ on: boolean }[]>`
        SELECT current_setting('track_counts')::boolean AS on`;
      this.countersTracked = row?.on === true;
    }
    return this.countersTracked;
  }

  /** One batch of a table without children: claim up to `limit` rows, delete them, count. */
  private async deleteWhere(
    table: string,
    condition: Prisma.Sql,
    limit: number,
  ): Promise<BatchResult> {
    const t = Prisma.raw(table);
    const deleted = await this.prisma.$transaction(async (tx) => {
      // As for owners (see deleteOwnerBatch): a lost commit is redone by the next run.
      await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
      return countDeleted(
        tx,
        Prisma.sql`DELETE FROM ${t} WHERE id IN (
                     SELECT id FROM ${t} WHERE ${condition}
                      LIMIT ${limit}
                      FOR UPDATE SKIP LOCKED)`,
      );
    });
    return { byTable: deleted > 0 ? { [table]: deleted } : {} };
  }
}

type OwnerBatchRow = {
  deleted: number;
  last_at: Date | null;
  last_id: string | null;
  /** Children per table, in `children` order, when counted by SELECT (track_counts off). */
  counted: number[] | null;
};

/**
 * The claim and the delete of one owner batch, one statement. The owners are deleted by id
 * (`= ANY` of the claimed ids: the primary key, whatever the planner thinks of the CTE's
 * size); the children go by the cascade. `counted` (only when `countBySelect`) counts the
 * claimed owners' children in the statement's snapshot, that is before the delete. Exported
 * for the bench's EXPLAIN, which must run what the job runs.
 */
export function ownerBatchStatement(
  owner: OwnerTable,
  cutoff: Date,
  limit: number,
  after: KeysetPosition | undefined,
  tracked: boolean,
): Prisma.Sql {
  const t = Prisma.raw(owner.table);
  const time = Prisma.raw(owner.timeColumn);
  const fk = Prisma.raw(owner.foreignKey);
  // The plain lower bound lets the index on the time column start at the position; the row
  // comparison then drops the owners at that same instant up to and including the last id.
  const resume = after
    ? Prisma.sql`AND ${time} >= ${after.at} AND (${time}, id) > (${after.at}, ${after.id}::uuid)`
    : Prisma.empty;
  const counted = tracked
    ? Prisma.sql`NULL::int[]`
    : Prisma.sql`ARRAY[${Prisma.join(
        owner.children.map(
          (child) =>
            Prisma.sql`(SELECT count(*)::int FROM ${Prisma.raw(child)} x
                         WHERE x.${fk} = ANY(ARRAY(SELECT id FROM claimed)))`,
        ),
      )}]`;
  return Prisma.sql`
    WITH claimed AS MATERIALIZED (
      SELECT id, ${time} AS at FROM ${t}
       WHERE ${time} <= ${cutoff} ${resume}
       ORDER BY ${time}, id
       LIMIT ${limit}
       FOR UPDATE SKIP LOCKED),
    deleted AS (
      DELETE FROM ${t} WHERE id = ANY(ARRAY(SELECT id FROM claimed)) RETURNING 1)
    SELECT (SELECT count(*)::int FROM deleted) AS deleted,
           last.at AS last_at, last.id::text AS last_id, ${counted} AS counted
      FROM (SELECT 1) AS one
      LEFT JOIN LATERAL (SELECT at, id FROM claimed ORDER BY at DESC, id DESC LIMIT 1) AS last
        ON true`;
}

/** Runs a DELETE and answers how many rows it removed. */
async function countDeleted(
  db: Prisma.TransactionClient | PrismaClient,
  deleteStatement: Prisma.Sql,
): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    WITH d AS (${deleteStatement} RETURNING 1) SELECT count(*)::int AS n FROM d`;
  return row?.n ?? 0;
}
