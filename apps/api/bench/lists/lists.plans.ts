// The lists bench's look under the API: each list's statement explained warm (buffers per row
// shown), and what a queue page's access-log rows add to it.
import { performance } from 'node:perf_hooks';
import { Prisma } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import { CaseHandlingRepository } from '../../src/case-handling/case-handling.repository.ts';
import {
  dueQueuePageStatement,
  dueWorkPageStatement,
  queuePageStatement,
  workPageStatement,
  type QueuePageQuery,
} from '../../src/case-handling/case-list.repository.ts';
import { queueStatuses } from '../../src/case-handling/case-handling.rules.ts';
import { logAccess } from '../../src/access-log/access-log-write.repository.ts';
import { percentile, spread } from '../frame.ts';
import { STAFF_CASE_QUEUE } from '../support/staff-lists.ts';
import { at, type Measured, NOW, PAGE } from './lists.shared.ts';

export type Plan = { name: string; hit: number; read: number; ms: number; nodes: string };

/** Each list's statement as the repository builds it, explained warm (run once before). */
export async function explainLists(m: Measured): Promise<Plan[]> {
  const base = {
    clinicId: m.data.fixture.clinicId,
    statuses: queueStatuses(null),
    caseTypeId: null,
    assignment: 'ANY' as const,
    minAgeBefore: null,
    after: null,
    limit: PAGE + 1,
  };
  const statements: [string, Prisma.Sql | null][] = [
    ['queue, first page', queuePageStatement(base)],
    ['queue, deep page (keyset)', queuePageStatement({ ...base, after: m.deepKey })],
    [
      'queue, unassigned sent 30+ days ago',
      queuePageStatement({
        ...base,
        assignment: 'UNASSIGNED',
        minAgeBefore: '2026-10-27' as CalendarDate,
      }),
    ],
    ...[false, true].map(
      (includeClosed) =>
        [
          includeClosed ? 'work list with closed, first page' : 'work list, first page',
          workPageStatement({
            clinicId: base.clinicId,
            staffMemberId: m.data.fixture.caregiverId,
            includeClosed,
            after: null,
            limit: PAGE + 1,
          }),
        ] as [string, Prisma.Sql],
    ),
    ['queue, least time left first', dueQueuePageStatement({ ...base, after: null })],
    [
      'work list, least time left first',
      dueWorkPageStatement({
        clinicId: base.clinicId,
        staffMemberId: m.data.fixture.caregiverId,
        after: null,
        limit: PAGE + 1,
      }),
    ],
  ];
  const plans: Plan[] = [];
  for (const [name, statement] of statements) {
    if (!statement) throw new Error(`${name}: no statement`);
    await m.db.admin.$queryRaw(statement);
    const rows = await m.db.admin.$queryRaw<{ 'QUERY PLAN': string }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`,
    );
    const lines = rows.map((r) => r['QUERY PLAN']);
    const top = lines.find((l) => l.trim().startsWith('Buffers:')) ?? '';
    const nodes = [
      ...new Set(
        lines
          .map((l) =>
            /(Index Only Scan|Index Scan Backward|Index Scan|Seq Scan|Bitmap Heap Scan|Sort)(?: using (\w+))?/.exec(
              l,
            ),
          )
          .filter((x): x is RegExpExecArray => x !== null)
          .map((x) => (x[2] ? `${x[1] ?? ''} ${x[2]}` : (x[1] ?? '')))
          .filter((x) => !/_pkey$/.test(x)),
      ),
    ].join(', ');
    plans.push({
      name,
      hit: Number(/hit=(\d+)/.exec(top)?.[1] ?? 0),
      read: Number(/read=(\d+)/.exec(top)?.[1] ?? 0),
      ms: Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? Number.NaN),
      nodes,
    });
  }
  return plans;
}

/**
 * What a queue page's access-log rows cost, large set, the variants taking turns call by call
 * so that a burst of load falls on all alike: through the repository on the API's client and
 * pool, the page read alone (one SELECT), the page with its rows as the repository runs it (one
 * statement, the INSERT a data-modifying CTE), and as it was before (an interactive
 * transaction: BEGIN, SELECT, createMany, COMMIT); a durable commit of a one-row INSERT into a
 * probe table (the WAL flush every logged page waits for: the floor); and the page as staff
 * get it, through the GraphQL API. Per round: the p50 of `pages` calls of each.
 */
export async function accessLogCost(m: Measured, pages: number, rounds: number) {
  const prisma = m.api.prisma;
  const repository = new CaseHandlingRepository(prisma);
  const query: QueuePageQuery = {
    clinicId: m.data.fixture.clinicId,
    statuses: queueStatuses(null),
    caseTypeId: null,
    assignment: 'ANY',
    minAgeBefore: null,
    after: null,
    // As the service asks: one row more than shown, to know whether there is a next page.
    limit: PAGE + 1,
  };
  // The rows a receiver's page writes: the receiver, at the big clinic of its region.
  const receiver = await prisma.staffMember.findFirstOrThrow({
    where: { hsaId: m.data.fixture.receiverHsaId },
    select: { id: true },
  });
  const clinic = await prisma.clinic.findUniqueOrThrow({
    where: { id: m.data.fixture.clinicId },
    select: { regionId: true },
  });
  const read = {
    context: {
      at: NOW,
      staffMemberId: receiver.id,
      staffHsaId: m.data.fixture.receiverHsaId,
      role: 'CASE_RECEIVER' as const,
      clinicId: m.data.fixture.clinicId,
      regionId: clinic.regionId,
      requestId: 'bench',
    },
    shown: PAGE,
  };
  const alone = queuePageStatement(query);
  if (!alone) throw new Error('no queue statement');
  await prisma.$executeRawUnsafe('CREATE TABLE bench_commit_probe (at timestamptz NOT NULL)');
  const variants = {
    read: () => prisma.$queryRaw(alone),
    oneStatement: () => repository.lists.queuePage(query, read),
    transaction: () =>
      prisma.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ id: string; subjectPersonId: string }[]>(alone);
        await logAccess(
          tx,
          read.context,
          'LIST_QUEUE',
          rows.slice(0, PAGE).map((r) => ({ caseId: r.id, patientPersonId: r.subjectPersonId })),
        );
      }),
    commit: () => prisma.$executeRaw`INSERT INTO bench_commit_probe VALUES (now())`,
    api: () => m.receiver.page(STAFF_CASE_QUEUE, { filter: {}, first: PAGE, after: null }),
  };
  const names = Object.keys(variants) as (keyof typeof variants)[];
  const p50 = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<
    keyof typeof variants,
    number[]
  >;
  const logged = await prisma.accessLogEntry.count({ where: { requestId: 'bench' } });
  // The order turns with each call, so that no variant always follows the same one.
  const turns = async (calls: number, latencies: Record<keyof typeof variants, number[]>) => {
    for (let i = 0; i < calls; i += 1)
      for (const [k] of names.entries()) {
        const name = at(names, (k + i) % names.length);
        const start = performance.now();
        await variants[name]();
        latencies[name].push(performance.now() - start);
      }
  };
  const fresh = () =>
    Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<
      keyof typeof variants,
      number[]
    >;
  try {
    await turns(5, fresh());
    for (let round = 0; round < rounds; round += 1) {
      const latencies = fresh();
      await turns(pages, latencies);
      for (const name of names) p50[name].push(percentile(latencies[name], 50));
    }
  } finally {
    await prisma.$executeRawUnsafe('DROP TABLE bench_commit_probe');
  }
  // Both logging variants write PAGE rows a page: a check that the figures are of what they say.
  const written = (await prisma.accessLogEntry.count({ where: { requestId: 'bench' } })) - logged;
  const expected = 2 * PAGE * (5 + rounds * pages);
  if (written !== expected) throw new Error(`wrote ${written} access-log rows, not ${expected}`);
  const perRound = (f: (i: number) => number) => p50.read.map((_, i) => f(i));
  const median = (xs: number[]) => spread(xs).median;
  // What the rows add, from the medians over rounds (a round's difference of two noisy p50s
  // can be anything on a busy machine); the ratios to the read alone are per round.
  const added = (xs: number[]) => median(xs) - median(p50.read);
  // The API runs the one statement: less what it adds, the API page is the page without rows.
  const withoutRows = median(p50.api) - added(p50.oneStatement);
  const share = (xs: number[]) => added(xs) / withoutRows;
  return {
    ...p50,
    /** What the rows add to the page, ms. */
    oneStatementAdded: added(p50.oneStatement),
    transactionAdded: added(p50.transaction),
    /** The same, as a share of the page through the API without them: what staff wait for. */
    oneStatementShare: share(p50.oneStatement),
    apiWithoutRows: withoutRows,
    transactionShare: share(p50.transaction),
    oneStatementRatio: perRound((i) => at(p50.oneStatement, i) / at(p50.read, i)),
    transactionRatio: perRound((i) => at(p50.transaction, i) / at(p50.read, i)),
  };
}
