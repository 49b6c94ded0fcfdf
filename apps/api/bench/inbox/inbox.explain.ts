// The unread count's and the inbox list's plans on the seeded database: the repository's own
// statements, explained.
import { inboxCasesStatement, unreadCountStatement } from '../../src/inbox/inbox.repository.ts';
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

export type PagePlan = Omit<ExplainedPlan, 'root'> & { byIndex: boolean };

/**
 * The first page of the inbox list, explained: the repository's own statement, which should
 * walk the person's cases along cases_inbox_idx and stop after the page (its buffers are then
 * the page's, whatever the table holds).
 */
export async function explainInboxCasesPage(
  db: BenchDatabase,
  personId: string,
  first: number,
): Promise<PagePlan> {
  const { nodes, buffers, heapFetches } = await explain(
    db.admin,
    inboxCasesStatement(personId, 'INBOX', first + 1, null),
    { analyze: true },
  );
  return {
    nodes,
    buffers,
    heapFetches,
    byIndex: nodes.some((node) => node.includes('cases_inbox_idx')),
  };
}
