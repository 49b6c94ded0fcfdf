// The unread count's plan on the seeded database: the repository's own statement, explained.
import { unreadCountStatement } from '../../src/inbox/inbox.repository.ts';
import { explain, type ExplainedPlan } from '../../test/explain-plan.ts';
import type { BenchDatabase } from '../support/bench-database.ts';

export type UnreadPlan = Omit<ExplainedPlan, 'root'> & { indexOnly: boolean };

export async function explainUnreadCount(db: BenchDatabase, personId: string): Promise<UnreadPlan> {
  const { nodes, buffers, heapFetches } = await explain(db.admin, unreadCountStatement(personId), {
    analyze: true,
  });
  return {
    nodes,
    buffers,
    heapFetches,
    indexOnly: nodes.includes('Index Only Scan on case_messages_unread_idx'),
  };
}
