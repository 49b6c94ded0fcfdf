// EXPLAIN (ANALYZE, BUFFERS) of the retention job's case batches, in a transaction that is
// rolled back: where a batch's time goes (the claim, the delete of the cases and the foreign-key
// triggers that cascade to each child table). The statements are the repository's own
// (ownerBatchStatement), so they cannot drift from what the job runs.
import { Prisma } from '@etj/db';
import {
  CASE_OWNER,
  ownerBatchStatement,
  type KeysetPosition,
} from '../../src/retention/retention.repository.ts';
import type { BenchDatabase } from '../support/bench-database.ts';

export type ExplainedStatement = {
  statement: string;
  ms: number;
  /** The claim's part of it (the CTE `claimed`: index walk, sort, row locks). */
  claimMs: number;
  /** The top plan node's buffers line, e.g. "shared hit=1520 read=33 dirtied=40". */
  buffers: string;
  /** Foreign-key and other triggers: "name: time=… calls=…". */
  triggers: string[];
  plan: string;
};

class Rollback extends Error {}

/**
 * The first batch as the job runs it; then the second batch three ways, each from a savepoint:
 * resuming behind the first (keyset, as the job does), claiming from the start again (as the
 * job did before: it walks the index entries of the cases the first batch deleted), and with
 * the children counted by SELECT (the job's way when the server keeps no delete counters).
 */
export async function explainCaseBatch(
  db: BenchDatabase,
  cutoff: Date,
  limit: number,
): Promise<ExplainedStatement[]> {
  const explained: ExplainedStatement[] = [];
  await db.admin
    .$transaction(
      async (tx) => {
        const explain = async (label: string, statement: Prisma.Sql) => {
          const rows = await tx.$queryRaw<{ 'QUERY PLAN': string }[]>(
            Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`,
          );
          const lines = rows.map((r) => r['QUERY PLAN']);
          explained.push({
            statement: label,
            ms: Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? Number.NaN),
            claimMs: Number(
              /CTE claimed\n.*?actual time=[\d.]+\.\.([\d.]+)/.exec(lines.join('\n'))?.[1] ??
                Number.NaN,
            ),
            buffers:
              lines
                .find((l) => l.trim().startsWith('Buffers:'))
                ?.trim()
                .slice(9) ?? '',
            triggers: lines.filter((l) => l.startsWith('Trigger ')),
            plan: lines.join('\n'),
          });
        };
        // Where the first batch ends: its last case in the claim's order.
        const [last] = await tx.$queryRaw<{ at: Date; id: string }[]>`
          SELECT last_event_at AS at, id::text AS id FROM cases
           WHERE last_event_at <= ${cutoff}
           ORDER BY last_event_at, id
           LIMIT 1 OFFSET ${limit - 1}`;
        // Each statement runs once unexplained and rolled back first, so every plan reads warm
        // pages and the figures compare the statements, not who came first.
        const warm = async (statement: Prisma.Sql) => {
          await tx.$executeRawUnsafe('SAVEPOINT warm');
          await tx.$queryRaw(statement);
          await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT warm');
        };
        const first = ownerBatchStatement(CASE_OWNER, cutoff, limit, undefined, true);
        await warm(first);
        await explain('batch 1: claim + delete cases (cascade)', first);
        if (!last) throw new Rollback();
        const after: KeysetPosition = { at: last.at, id: last.id };
        const second = async (label: string, statement: Prisma.Sql) => {
          await warm(statement);
          await tx.$executeRawUnsafe('SAVEPOINT second_batch');
          await explain(label, statement);
          await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT second_batch');
        };
        await second(
          'batch 2, keyset (as the job)',
          ownerBatchStatement(CASE_OWNER, cutoff, limit, after, true),
        );
        await second(
          'batch 2, claim from the start',
          ownerBatchStatement(CASE_OWNER, cutoff, limit, undefined, true),
        );
        await second(
          'batch 2, keyset, children counted by SELECT',
          ownerBatchStatement(CASE_OWNER, cutoff, limit, after, false),
        );
        throw new Rollback();
      },
      { timeout: 300_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return explained;
}
