// The staff lists at national size: the clinic queue's first page, a deep queue page
// (by keyset cursor) and a caregiver's work list, asked through the real GraphQL API by a
// logged-in case receiver and caregiver, on two databases side by side: a small one (10
// thousand cases, nearly all of them the big clinic's open backlog) and a large one (a million
// cases over two years and many clinics, with a larger backlog at the big clinic). Figures: p50
// of the large ÷ the small per round (min / median / max over rounds), and the EXPLAIN
// (ANALYZE, BUFFERS) buffers of the repository's own statements at both sizes; and what a queue
// page's access-log rows add to it (the page read alone beside the page with its rows).
import { queueCursor, queueRank } from '../../src/case-handling/case-handling.rules.ts';
import type { Scenario } from '../frame.ts';
import { createBenchDatabase, type BenchDatabase } from '../support/bench-database.ts';
import { startBenchApi } from '../support/bench-api.ts';
import { StaffListClient } from '../support/staff-lists.ts';
import { describeSeededLists, seedListsData } from './lists.seed.ts';
import { type Measured, NOW, type Size } from './lists.shared.ts';
import { measure } from './lists.measure.ts';

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
