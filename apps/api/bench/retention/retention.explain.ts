// EXPLAIN (ANALYZE, BUFFERS) of one case batch of the retention job, in a transaction that is
// rolled back: where a batch's time goes (the claim, each child table, the cases and their
// foreign-key triggers). The statements mirror RetentionRepository.deleteCaseBatch; keep them
// in step with it.
import type { BenchDatabase } from '../support/bench-database.ts';

const CHILD_TABLES = [
  'attachments',
  'case_messages',
  'case_events',
  'case_assignments',
  'internal_notes',
  'notification_outbox',
];

export type ExplainedStatement = {
  statement: string;
  ms: number;
  /** The top plan node's buffers line, e.g. "shared hit=1520 read=33 dirtied=40". */
  buffers: string;
  /** Foreign-key and other triggers: "name: time=… calls=…". */
  triggers: string[];
  plan: string;
};

class Rollback extends Error {}

export async function explainCaseBatch(
  db: BenchDatabase,
  cutoff: Date,
  limit: number,
): Promise<ExplainedStatement[]> {
  const explained: ExplainedStatement[] = [];
  const at = `'${cutoff.toISOString()}'::timestamptz`;
  await db.admin
    .$transaction(
      async (tx) => {
        const explain = async (label: string, sql: string, ...values: unknown[]) => {
          const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
            `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
            ...values,
          );
          const lines = rows.map((r) => r['QUERY PLAN']);
          explained.push({
            statement: label,
            ms: Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? Number.NaN),
            buffers:
              lines
                .find((l) => l.trim().startsWith('Buffers:'))
                ?.trim()
                .slice(9) ?? '',
            triggers: lines.filter((l) => l.startsWith('Trigger ')),
            plan: lines.join('\n'),
          });
        };
        const claim = `SELECT id FROM cases WHERE last_event_at <= ${at}
                        ORDER BY last_event_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
        await explain('claim (select … for update skip locked)', claim);
        // The claim above already locked its rows; this reads the same ones.
        const ids = (await tx.$queryRawUnsafe<{ id: string }[]>(claim)).map((r) => r.id);
        // A bound array, as the repository sends it (the planner sees the values either way).
        for (const table of CHILD_TABLES)
          await explain(
            `delete ${table}`,
            `DELETE FROM ${table} WHERE case_id = ANY($1::uuid[])`,
            ids,
          );
        await explain('delete cases', 'DELETE FROM cases WHERE id = ANY($1::uuid[])', ids);
        throw new Rollback();
      },
      { timeout: 300_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return explained;
}
