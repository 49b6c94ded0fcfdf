// EXPLAIN (FORMAT JSON) of a repository's own statement, and the plan's nodes in a form a test
// can assert on: which scans, on which indexes, how many buffers and heap fetches.
import { Prisma, type PrismaClient } from '@etj/db';

export type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Heap Fetches'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
};

export type ExplainedPlan = {
  /** Every node, outermost first: "Aggregate", "Index Only Scan on case_messages_unread_idx". */
  nodes: string[];
  /** Shared buffers hit or read by the whole statement (with `analyze`). */
  buffers: number;
  /** Heap fetches of the index-only scans (with `analyze`). */
  heapFetches: number | null;
  root: PlanNode;
};

export async function explain(
  prisma: PrismaClient,
  statement: Prisma.Sql,
  options: { analyze?: boolean } = {},
): Promise<ExplainedPlan> {
  const head = options.analyze
    ? Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) `
    : Prisma.sql`EXPLAIN (FORMAT JSON) `;
  const [row] = await prisma.$queryRaw<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
    Prisma.sql`${head}${statement}`,
  );
  const root = row?.['QUERY PLAN'][0].Plan;
  if (!root) throw new Error('EXPLAIN gave no plan');
  const all: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    all.push(node);
    node.Plans?.forEach(walk);
  };
  walk(root);
  const fetches = all.filter((n) => n['Heap Fetches'] !== undefined);
  return {
    nodes: all.map((n) =>
      n['Index Name'] ? `${n['Node Type']} on ${n['Index Name']}` : n['Node Type'],
    ),
    buffers: (root['Shared Hit Blocks'] ?? 0) + (root['Shared Read Blocks'] ?? 0),
    heapFetches: fetches.length
      ? fetches.reduce((sum, n) => sum + (n['Heap Fetches'] ?? 0), 0)
      : null,
    root,
  };
}
