import { Prisma, type PrismaClient } from '@etj/db';

/** Rows deleted per table by one batch; `cases` (or `case_drafts`) says how many owners went. */
export type BatchResult = { byTable: Record<string, number> };

/** The tables hanging off a case, deleted before the case itself so each can be counted. */
const CASE_CHILD_TABLES = [
  'attachments',
  'case_messages',
  'case_events',
  'case_assignments',
  'internal_notes',
  'notification_outbox',
] as const;

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
 * running at once split the work and never delete (or count) a row twice, and a crash loses at
 * most the batch in flight.
 */
export class RetentionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Up to `limit` cases whose latest event is at or before `cutoff` (open ones too), with every
   * row that hangs off them. A case that another transaction is changing right now is skipped
   * (its lock is held), and a message being added to a case waits for this batch (the foreign
   * key's share lock), so nothing is left behind pointing at a deleted case.
   */
  async deleteCaseBatch(cutoff: Date, limit: number): Promise<BatchResult> {
    return this.prisma.$transaction(
      async (tx): Promise<BatchResult> => {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM cases
           WHERE last_event_at <= ${cutoff}
           ORDER BY last_event_at, id
           LIMIT ${limit}
           FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return { byTable: {} };
        const ids = rows.map((r) => r.id);
        const byTable: Record<string, number> = {};
        for (const table of CASE_CHILD_TABLES) {
          byTable[table] = await countDeleted(
            tx,
            Prisma.sql`DELETE FROM ${Prisma.raw(table)} WHERE case_id = ANY(${ids}::uuid[])`,
          );
        }
        byTable.cases = await countDeleted(
          tx,
          Prisma.sql`DELETE FROM cases WHERE id = ANY(${ids}::uuid[])`,
        );
        return { byTable };
      },
      { timeout: 60_000 },
    );
  }

  /** Up to `limit` drafts last changed at or before `cutoff`, with their attachments. */
  async deleteDraftBatch(cutoff: Date, limit: number): Promise<BatchResult> {
    return this.prisma.$transaction(
      async (tx): Promise<BatchResult> => {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM case_drafts
           WHERE updated_at <= ${cutoff}
           ORDER BY updated_at, id
           LIMIT ${limit}
           FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return { byTable: {} };
        const ids = rows.map((r) => r.id);
        const attachments = await countDeleted(
          tx,
          Prisma.sql`DELETE FROM attachments WHERE draft_id = ANY(${ids}::uuid[])`,
        );
        const drafts = await countDeleted(
          tx,
          Prisma.sql`DELETE FROM case_drafts WHERE id = ANY(${ids}::uuid[])`,
        );
        return { byTable: { attachments, case_drafts: drafts } };
      },
      { timeout: 60_000 },
    );
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
        await tx.$queryRaw`SELECT set_config('etj.log_retention', 'on', true)`;
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

  /** One batch of a table without children: claim up to `limit` rows, delete them, count. */
  private async deleteWhere(
    table: string,
    condition: Prisma.Sql,
    limit: number,
  ): Promise<BatchResult> {
    const t = Prisma.raw(table);
    const deleted = await countDeleted(
      this.prisma,
      Prisma.sql`DELETE FROM ${t} WHERE id IN (
                   SELECT id FROM ${t} WHERE ${condition}
                    LIMIT ${limit}
                    FOR UPDATE SKIP LOCKED)`,
    );
    return { byTable: deleted > 0 ? { [table]: deleted } : {} };
  }
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
