// The staff lists at national size: the clinic queue's first page, a deep queue page
// (by keyset cursor) and a caregiver's work list, asked through the real GraphQL API by a
// logged-in case receiver and caregiver, on two databases side by side: a small one (10
// thousand cases, nearly all of them the big clinic's open backlog) and a large one (a million
// cases over two years and many clinics, with a larger backlog at the big clinic). Figures: p50
// of the large ÷ the small per round (min / median / max over rounds), and the EXPLAIN
// (ANALYZE, BUFFERS) buffers of the repository's own statements at both sizes; and what a queue
// page's access-log rows add to it (the page read alone beside the page with its rows).
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
import {
  queueCursor,
  queueRank,
  queueStatuses,
} from '../../src/case-handling/case-handling.rules.ts';
import { logAccess } from '../../src/access-log/access-log-write.repository.ts';
import { formatSpread, percentile, spread, type Scenario, type Table } from '../frame.ts';
import { createBenchDatabase, type BenchDatabase } from '../support/bench-database.ts';
import { startBenchApi, type BenchApi } from '../support/bench-api.ts';
import {
  STAFF_CASE_QUEUE,
  STAFF_MY_ASSIGNED_CASES,
  StaffListClient,
} from '../support/staff-lists.ts';
import { describeSeededLists, seedListsData, type ListsData } from './lists.seed.ts';

/** The bench's "now" (the API's clock, frozen). */
const NOW = new Date('2026-11-25T09:00:00Z');
/** Rows per page, as the staff SPA asks (QUEUE_PAGE_SIZE, WORK_LIST_PAGE_SIZE). */
const PAGE = 25;
const TARGET_RATIO = 1.5;
/**
 * Buffers a page may touch per row it shows, at either size. A page reads the same index
 * entries and rows at any size, but the large set's rows lie on more distinct heap pages (other
 * clinics' cases between them) than the small set's, which are packed a score to a page; so the
 * figure is not equal between sizes, but bounded by the page: a handful of index descents per
 * part, a heap page per row, a patient per row. A walk or sort of a clinic's cases (as before:
 * about 4,300 buffers at a million) cannot stay under it.
 */
const BUFFERS_PER_ROW = 8;
/** What a page's access-log rows may add to its p50 through the API: they must not slow it. */
const LOG_SHARE = 0.15;

function at<T>(values: readonly T[], i: number): T {
  const value = values[i];
  if (value === undefined) throw new Error(`no entry ${i}`);
  return value;
}

type Size = 'small' | 'large';
type List = { name: string; query: string; variables: (set: Measured) => Record<string, unknown> };
type Measured = {
  size: Size;
  db: BenchDatabase;
  data: ListsData;
  seedSeconds: number;
  api: BenchApi;
  receiver: StaffListClient;
  caregiver: StaffListClient;
  /** The cursor of the queue row `deep` (the same position at both sizes). */
  deepCursor: string;
  deepKey: QueuePageQuery['after'];
};

export const listsScenario: Scenario = {
  name: 'lists',
  summary:
    'staff queue (first and deep page) and work list through the API: p50 at 1M cases ÷ at 10k, EXPLAIN buffers',
  usage: [
    '--small N         cases in the small set (default 10000)',
    '--large N         cases in the large set (default 1000000; --smoke 50000;',
    '                  5 x --cases when that is given, as bench:smoke does)',
    '--big-open N      open cases at the big clinic in the small set (default 10000);',
    '                  the large set has max(N, 5 % of its cases)',
    '--clinics N       clinics in the region (default 40)',
    '--rounds N        rounds, each measuring every list at both sizes (default 5)',
    '--pages N         requests per list, size and round (default 40)',
    '--deep N          position of the deep queue page (default 8000)',
    '--smoke           a short run: 10k vs 50k, 2 rounds of 10 requests',
    '--seed-only       seed both sets and keep them, measure nothing',
    '--from A,B        measure copies of the small and large sets an earlier --seed-only kept',
    '--keep            keep the databases after the run',
  ],
  async run({ options, log }) {
    const smoke = options.flag('smoke');
    const small = options.int('small', 10_000);
    // bench:smoke gives every scenario --cases 10000: here that means a smoke-sized large set.
    const cases = options.int('cases', 0);
    const large = options.int('large', smoke ? 50_000 : cases > 0 ? cases * 5 : 1_000_000);
    const bigOpenSmall = options.int('big-open', 10_000);
    const clinics = options.int('clinics', 40);
    const rounds = Math.max(1, options.int('rounds', smoke ? 2 : 5));
    const pages = Math.max(1, options.int('pages', smoke ? 10 : 40));
    const deep = options.int('deep', 8000);
    const seedOnly = options.flag('seed-only');
    const keep = options.flag('keep') || seedOnly;
    const from = options.string('from', '');
    const [fromSmall, fromLarge] = from ? from.split(',') : [];
    if (from && (!fromSmall || !fromLarge)) throw new Error('--from wants two names: small,large');

    const sets: Partial<
      Record<Size, Omit<Measured, 'api' | 'receiver' | 'caregiver' | 'deepCursor' | 'deepKey'>>
    > = {};
    const dbs: BenchDatabase[] = [];
    try {
      for (const [size, cases, source] of [
        ['small', small, fromSmall],
        ['large', large, fromLarge],
      ] as const) {
        const db = await createBenchDatabase(source);
        dbs.push(db);
        const name = new URL(db.databaseUrl).pathname.slice(1);
        log(`${size}: database ${name}${source ? ` (a copy of ${source})` : ''}`);
        const started = Date.now();
        const bigOpen =
          size === 'small' ? bigOpenSmall : Math.max(bigOpenSmall, Math.round(cases * 0.05));
        const data = source
          ? await describeSeededLists(db)
          : await seedListsData(db, { now: NOW, cases, bigOpen, clinics }, (m) => {
              log(`${size}: ${m}`);
            });
        await db.execute('CHECKPOINT').catch(() => 0);
        const seedSeconds = (Date.now() - started) / 1000;
        log(
          `${size}: ${data.cases} cases, ${data.bigOpen} open at the big clinic, ready after ${seedSeconds.toFixed(0)} s`,
        );
        sets[size] = { size, db, data, seedSeconds };
      }
      if (seedOnly) {
        log(
          `seeded; measure copies with --from ${dbs.map((d) => new URL(d.databaseUrl).pathname.slice(1)).join(',')}`,
        );
        return {
          tables: [],
          figures: {
            seeded: Object.values(sets).map((s) => ({
              size: s.size,
              data: s.data,
              seedSeconds: s.seedSeconds,
            })),
          },
          targets: [],
        };
      }

      const measured: Measured[] = [];
      for (const size of ['small', 'large'] as const) {
        const set = sets[size];
        if (!set) throw new Error(`no ${size} set`);
        const api = await startBenchApi(set.db.databaseUrl, NOW);
        const receiver = await StaffListClient.login(api.baseUrl, set.data.fixture.receiverHsaId);
        const caregiver = await StaffListClient.login(api.baseUrl, set.data.fixture.caregiverHsaId);
        const deepKey = await queueKeyAt(set.db, set.data.fixture.clinicId, deep);
        measured.push({
          ...set,
          api,
          receiver,
          caregiver,
          deepKey,
          deepCursor: queueCursor(deepKey),
        });
      }
      try {
        return await measure(measured, { rounds, pages, deep, log, small, large });
      } finally {
        for (const m of measured) await m.api.close();
      }
    } finally {
      for (const db of dbs) {
        if (keep) {
          log(`kept database ${new URL(db.databaseUrl).pathname.slice(1)}`);
          await db.admin.$disconnect();
        } else await db.drop();
      }
    }
  },
};

const LISTS: List[] = [
  {
    name: 'queue, first page',
    query: STAFF_CASE_QUEUE,
    variables: () => ({ filter: {}, first: PAGE, after: null }),
  },
  {
    name: 'queue, deep page (keyset)',
    query: STAFF_CASE_QUEUE,
    variables: (m) => ({ filter: {}, first: PAGE, after: m.deepCursor }),
  },
  {
    name: 'queue, unassigned sent 30+ days ago',
    query: STAFF_CASE_QUEUE,
    variables: () => ({
      filter: { assignment: 'UNASSIGNED', minAgeDays: 30 },
      first: PAGE,
      after: null,
    }),
  },
  {
    name: 'work list, first page',
    query: STAFF_MY_ASSIGNED_CASES,
    variables: () => ({ includeClosed: false, first: PAGE, after: null }),
  },
  {
    name: 'work list with closed, first page',
    query: STAFF_MY_ASSIGNED_CASES,
    variables: () => ({ includeClosed: true, first: PAGE, after: null }),
  },
  {
    name: 'queue, least time left first',
    query: STAFF_CASE_QUEUE,
    variables: () => ({ filter: {}, order: 'FIRST_ANSWER_DUE', first: PAGE, after: null }),
  },
  {
    name: 'work list, least time left first',
    query: STAFF_MY_ASSIGNED_CASES,
    variables: () => ({
      includeClosed: false,
      order: 'FIRST_ANSWER_DUE',
      first: PAGE,
      after: null,
    }),
  },
];

const isWork = (list: List) => list.query === STAFF_MY_ASSIGNED_CASES;

async function measure(
  sets: Measured[],
  input: {
    rounds: number;
    pages: number;
    deep: number;
    log: (m: string) => void;
    small: number;
    large: number;
  },
) {
  const { rounds, pages, log } = input;
  const [small, large] = sets as [Measured, Measured];
  // Warm-up: JIT, pools, caches, at both sizes.
  for (const m of sets)
    for (const list of LISTS)
      await (isWork(list) ? m.caregiver : m.receiver).measure(list.query, list.variables(m), 5);

  const perList = LISTS.map(() => ({
    small: [] as number[],
    large: [] as number[],
    ratios: [] as number[],
  }));
  for (let round = 1; round <= rounds; round += 1) {
    for (const [i, list] of LISTS.entries()) {
      // Alternate which size goes first, so neither always follows the other.
      const order = round % 2 === 1 ? [small, large] : [large, small];
      const p50 = { small: 0, large: 0 };
      for (const m of order) {
        const client = isWork(list) ? m.caregiver : m.receiver;
        p50[m.size] = percentile(await client.measure(list.query, list.variables(m), pages), 50);
      }
      const entry = at(perList, i);
      entry.small.push(p50.small);
      entry.large.push(p50.large);
      entry.ratios.push(p50.large / p50.small);
    }
    log(
      `round ${round}/${rounds}: ${LISTS.map((l, i) => `${l.name} ${(at(perList, i).ratios.at(-1) ?? Number.NaN).toFixed(2)}`).join(', ')}`,
    );
  }

  const plans = [await explainLists(small), await explainLists(large)];
  const [smallPlans, largePlans] = plans as [Plan[], Plan[]];
  // At least 3 rounds of 40 here even in a smoke run: the figure is a difference of two p50s.
  const logRounds = Math.max(rounds, 3);
  const logPages = Math.max(pages, 40);
  const logCost = await accessLogCost(large, logPages, logRounds);

  const ms = (v: number) => v.toFixed(2);
  const latency: Table = {
    title: `Staff lists through the GraphQL API (${PAGE} rows a page): ${input.small.toLocaleString('en')} vs ${input.large.toLocaleString('en')} cases, ${rounds} rounds of ${pages} requests`,
    columns: [
      'list',
      'p50 small (ms) min / median / max',
      'p50 large (ms) min / median / max',
      'ratio large ÷ small min / median / max',
    ],
    rows: LISTS.map((list, i) => {
      const e = at(perList, i);
      return [
        list.name,
        formatSpread(spread(e.small)),
        formatSpread(spread(e.large)),
        formatSpread(spread(e.ratios)),
      ];
    }),
    notes: sets.map(
      (m) =>
        `${m.size}: ${m.data.cases.toLocaleString('en')} cases at ${m.data.clinics} clinics (${Object.entries(
          m.data.seeded,
        )
          .map(([t, n]) => `${n} ${t}`)
          .join(
            ', ',
          )}); the big clinic ${m.data.bigOpen} open of ${m.data.bigTotal}; the caregiver ${m.data.caregiverOpen} open of ${m.data.caregiverTotal}; deep page after queue row ${input.deep}; seeded in ${m.seedSeconds.toFixed(0)} s.`,
    ),
  };
  const buffers: Table = {
    title: 'EXPLAIN (ANALYZE, BUFFERS) of the repository statements, warm: shared hit + read (ms)',
    columns: ['list', 'small', 'large', 'plan (large)'],
    rows: smallPlans.map((p, i) => {
      const q = at(largePlans, i);
      return [
        p.name,
        `${p.hit} + ${p.read} (${ms(p.ms)})`,
        `${q.hit} + ${q.read} (${ms(q.ms)})`,
        q.nodes,
      ];
    }),
  };
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  const logTable: Table = {
    title: `A queue page (${PAGE} rows) and its access-log rows, large set, taking turns call by call: ${logRounds} rounds of ${logPages} pages each`,
    columns: [
      'page',
      'p50 ms min / median / max',
      '÷ read alone',
      'added to the read (ms, medians)',
      'added, % of the API page without them',
    ],
    rows: [
      [
        'repository: read alone (one SELECT, no log rows)',
        formatSpread(spread(logCost.read)),
        '1',
        '',
        '',
      ],
      [
        `repository: read + ${PAGE} log rows, one statement (INSERT in a CTE)`,
        formatSpread(spread(logCost.oneStatement)),
        formatSpread(spread(logCost.oneStatementRatio)),
        logCost.oneStatementAdded.toFixed(2),
        pct(logCost.oneStatementShare),
      ],
      [
        `repository: read + ${PAGE} log rows, interactive transaction (before)`,
        formatSpread(spread(logCost.transaction)),
        formatSpread(spread(logCost.transactionRatio)),
        logCost.transactionAdded.toFixed(2),
        pct(logCost.transactionShare),
      ],
      [
        'a durable commit of a one-row INSERT (the WAL flush: the floor)',
        formatSpread(spread(logCost.commit)),
        '',
        '',
        '',
      ],
      [
        'the queue page through the GraphQL API (with its log rows)',
        formatSpread(spread(logCost.api)),
        '',
        '',
        '',
      ],
    ],
    notes: [
      'Both logging variants write the same rows and wait for their commit to reach the disk; the read alone writes nothing, so a logged page costs at least the read plus one WAL flush (fsync) on any machine. The target is therefore on the page as staff get it.',
    ],
  };
  const targets = LISTS.flatMap((list, i) => {
    const ratio = spread(at(perList, i).ratios).median;
    const s = at(smallPlans, i);
    const l = at(largePlans, i);
    const bound = BUFFERS_PER_ROW * (PAGE + 1);
    const constant = Math.max(l.hit + l.read, s.hit + s.read) <= bound;
    return [
      {
        what: `${list.name}: p50 large ÷ small (median)`,
        measured: ratio.toFixed(2),
        target: `<= ${TARGET_RATIO}`,
        met: ratio <= TARGET_RATIO,
      },
      {
        what: `${list.name}: buffers large vs small`,
        measured: `${l.hit + l.read} vs ${s.hit + s.read}`,
        target: `both <= ${bound} (${BUFFERS_PER_ROW} per row of the page)`,
        met: constant,
      },
    ];
  });
  const logShare = logCost.oneStatementShare;
  targets.push({
    what: `queue page: what its ${PAGE} access-log rows add (one statement − read alone) to its p50 through the API (medians over rounds)`,
    measured: `${pct(logShare)} (${logCost.oneStatementAdded.toFixed(1)} of ${logCost.apiWithoutRows.toFixed(1)} ms)`,
    target: `<= ${Math.round(LOG_SHARE * 100)} %`,
    met: logShare <= LOG_SHARE,
  });
  return {
    tables: [latency, buffers, logTable],
    figures: {
      sets: sets.map((m) => ({ size: m.size, data: m.data, seedSeconds: m.seedSeconds })),
      lists: LISTS.map((l, i) => ({ name: l.name, ...at(perList, i) })),
      plans,
      logCost,
    },
    targets,
  };
}

/** The queue's sort key of the row at `position` (0-based) in the big clinic's default queue. */
async function queueKeyAt(db: BenchDatabase, clinicId: string, position: number) {
  const [row] = await db.query<{
    id: string;
    status: 'NEW';
    assigned: string | null;
    submitted_at: Date;
  }>(
    `SELECT id::text, status, assigned_staff_id::text AS assigned, submitted_at FROM cases
      WHERE clinic_id = '${clinicId}' AND status <> 'CLOSED'
      ORDER BY (CASE WHEN status = 'NEW' AND assigned_staff_id IS NULL THEN 0 ELSE 1 END), submitted_at, id
      OFFSET ${position} LIMIT 1`,
  );
  if (!row) throw new Error(`the queue has fewer than ${position + 1} cases`);
  return { rank: queueRank(row.status, row.assigned), submittedAt: row.submitted_at, id: row.id };
}

type Plan = { name: string; hit: number; read: number; ms: number; nodes: string };

/** Each list's statement as the repository builds it, explained warm (run once before). */
async function explainLists(m: Measured): Promise<Plan[]> {
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
async function accessLogCost(m: Measured, pages: number, rounds: number) {
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
