// Statistics at national scale: "a year over a million cases answers in well
// under a second". The figures come from the daily rollups only, so what grows with the cases
// is the rollup rows (one per day, clinic and case type that had anything) and the duration
// arrays in them (one value per first answer or closing). Two databases are seeded side by
// side with a year of rollups in a 40-clinic, 2-region country: one for `--small` cases
// (default 10,000) and one for `--cases` (default 1,000,000). The national statistics of the
// year (everything the page asks for at once) and a region's are timed through the API's own
// service, alternating between the two so that the machine's noise falls on both alike.
import { loadavg } from 'node:os';
import { createPrismaClient } from '@etj/db';
import { NATIONAL_CASE_TYPES, type CalendarDate } from '@etj/domain';
import { AdjustableClock } from '../../src/common/clock.ts';
import type { StaffActor } from '../../src/identity/actor.ts';
import { StatisticsRepository } from '../../src/statistics/statistics.repository.ts';
import { StatisticsService } from '../../src/statistics/statistics.service.ts';
import { StatisticsRollupRepository } from '../../src/statistics/statistics-rollup.repository.ts';
import { DURATION_BUCKETS } from '../../src/statistics/statistics.rules.ts';
import { createActivatedCaseType, createClinic, createRegion } from '../../test/factories.ts';
import { formatSpread, percentile, spread, type Scenario, type Table } from '../frame.ts';
import { createBenchDatabase, type BenchDatabase } from '../support/bench-database.ts';

const NOW = new Date('2026-12-01T06:00:00Z');
const YEAR = { from: '2025-12-01', to: '2026-11-30' };
const TARGET_MS = 500;
const CLINICS = 40;

type Seeded = {
  db: BenchDatabase;
  cases: number;
  rollupRows: number;
  regionId: string;
};

/** A year of rollups for `cases` cases, spread over the clinics, case types and days. */
async function seed(cases: number, log: (message: string) => void): Promise<Seeded> {
  const db = await createBenchDatabase();
  const regions = [
    await createRegion(db.admin, 'Region Norr'),
    await createRegion(db.admin, 'Region Syd'),
  ];
  const clinicIds: string[] = [];
  for (let i = 0; i < CLINICS; i += 1) {
    const region = regions[i % 2];
    if (!region) throw new Error('no region');
    clinicIds.push((await createClinic(db.admin, region.id, `Vårdcentralen ${i + 1}`)).id);
  }
  const typeIds: string[] = [];
  for (const kind of ['ASK_NURSE', 'ADVICE', 'RENEW_PRESCRIPTION'] as const) {
    const region = regions[0];
    const clinic = clinicIds[0];
    if (!region || !clinic) throw new Error('no clinic');
    typeIds.push(
      (
        await createActivatedCaseType(db.admin, {
          regionId: region.id,
          clinicId: clinic,
          nameSv: kind,
          kind,
          definition: NATIONAL_CASE_TYPES[kind].definition,
          options:
            kind === 'RENEW_PRESCRIPTION'
              ? NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions
              : undefined,
        })
      ).id,
    );
  }
  // Cases per (day, clinic, type) cell: `cases` a year, spread evenly, the remainder on the
  // first cells; each case answered (first-answer arrays) and closed (close arrays). Two years,
  // so that the year before (the page's comparison) is as full as the year measured.
  const cells = 365 * clinicIds.length * typeIds.length;
  const base = Math.floor(cases / cells);
  const extra = cases - base * cells;
  const clinicsSql = `ARRAY[${clinicIds.map((id) => `'${id}'::uuid`).join(',')}]`;
  const typesSql = `ARRAY[${typeIds.map((id) => `'${id}'::uuid`).join(',')}]`;
  const rows = await db.execute(`
    INSERT INTO stats_case_days (day, clinic_id, case_type_id, submitted, submitted_by_proxy,
      first_answer_minutes, first_answer_business_minutes, answered_within_target,
      answered_with_target, close_minutes, close_business_minutes, backlog)
    SELECT cell.day, cell.clinic_id, cell.case_type_id, cell.n, cell.n / 10,
      ARRAY(SELECT (hashint4(cell.seed + k) & 2147483647) % 4320 FROM generate_series(1, cell.n) k),
      ARRAY(SELECT (hashint4(cell.seed + k + 7) & 2147483647) % 1440 FROM generate_series(1, cell.n) k),
      cell.n * 8 / 10, cell.n,
      ARRAY(SELECT (hashint4(cell.seed + k + 13) & 2147483647) % 20160 FROM generate_series(1, cell.n) k),
      ARRAY(SELECT (hashint4(cell.seed + k + 17) & 2147483647) % 4800 FROM generate_series(1, cell.n) k),
      ARRAY[cell.n, cell.n / 2, cell.n / 4, cell.n / 8, cell.n / 16]
    FROM (
      SELECT d::date AS day, c.clinic_id, t.case_type_id,
        ${base} + CASE WHEN (row_number() OVER ()) % ${cells} < ${extra} THEN 1 ELSE 0 END AS n,
        (row_number() OVER ())::int * 64 AS seed
      FROM generate_series('${YEAR.from}'::date - 365, '${YEAR.to}'::date, interval '1 day') d
      CROSS JOIN unnest(${clinicsSql}) AS c(clinic_id)
      CROSS JOIN unnest(${typesSql}) AS t(case_type_id)
    ) cell
    WHERE cell.n > 0`);
  await db.execute(`
    INSERT INTO stats_days (day, final, computed_at)
    SELECT d::date, true, now()
    FROM generate_series('${YEAR.from}'::date - 365, '${YEAR.to}'::date, interval '1 day') d`);
  // The monthly histograms, as the job builds them from the daily rows.
  const months = await db.query<{ month: string }>(
    `SELECT DISTINCT to_char(date_trunc('month', day), 'YYYY-MM-DD') AS month FROM stats_days ORDER BY 1`,
  );
  const started = Date.now();
  await new StatisticsRollupRepository(db.admin).rebuildMonths(
    months.map((m) => m.month as CalendarDate),
    DURATION_BUCKETS,
    NOW,
  );
  const histogramRows = await db.query<{ n: bigint }>(
    'SELECT count(*) AS n FROM stats_duration_months',
  );
  await db.execute('ANALYZE stats_case_days');
  await db.execute('ANALYZE stats_duration_months');
  log(
    `${cases} cases a year, two years: ${rows} rollup rows, ${Number(histogramRows[0]?.n ?? 0)} histogram rows (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return { db, cases, rollupRows: rows, regionId: regions[0]?.id ?? '' };
}

const actor = (unit: StaffActor['unit']): StaffActor => ({
  kind: 'STAFF',
  staffMemberId: '00000000-0000-4000-8000-000000000001',
  hsaId: 'SE2321000016-bench',
  sessionId: 'bench',
  unit,
});

async function timeOnce(service: StatisticsService, who: StaffActor): Promise<number> {
  const started = performance.now();
  await service.statistics(who, { from: YEAR.from, to: YEAR.to });
  return performance.now() - started;
}

export const statisticsScenario: Scenario = {
  name: 'statistics',
  summary:
    'the statistics page for a year: national and one region, at --small and --cases cases, p50 and the ratio',
  usage: [
    '--cases N    cases in the large year (default 1000000; bench:smoke 10000 stays 1000000 here)',
    '--small N    cases in the small year (default 10000)',
    '--rounds N   timed requests per data set and scope (default 20; smoke 5)',
  ],
  async run({ options, log }) {
    const smoke = options.flag('smoke');
    const large = Math.max(options.int('cases', 1_000_000), 1_000_000);
    const small = options.int('small', 10_000);
    const rounds = options.int('rounds', smoke ? 5 : 20);
    const sets = [await seed(small, log), await seed(large, log)];
    try {
      const clock = new AdjustableClock();
      clock.freeze(NOW);
      // The API's own pool size (the default): the page's statements run side by side.
      const clients = sets.map((s) => createPrismaClient(s.db.databaseUrl));
      const services = clients.map(
        (client) => new StatisticsService(new StatisticsRepository(client), clock),
      );
      const scopes = [
        {
          name: 'national',
          who: () =>
            actor({
              assignmentId: 'a',
              kind: 'NATIONAL',
              clinicId: null,
              regionId: null,
              roles: ['SERVICE_ADMIN'],
            }),
        },
        {
          name: 'region',
          who: (s: Seeded) =>
            actor({
              assignmentId: 'a',
              kind: 'REGION',
              clinicId: null,
              regionId: s.regionId,
              roles: ['REGION_ADMIN'],
            }),
        },
      ];
      const times = new Map<string, number[]>();
      // Warm both (plans, caches), then alternate small and large.
      for (const [i, s] of sets.entries()) {
        const service = services[i];
        if (service) for (const scope of scopes) await timeOnce(service, scope.who(s));
      }
      for (let r = 0; r < rounds; r += 1)
        for (const scope of scopes)
          for (const [i, s] of sets.entries()) {
            const service = services[i];
            if (!service) continue;
            const key = `${scope.name}:${s.cases}`;
            times.set(key, [...(times.get(key) ?? []), await timeOnce(service, scope.who(s))]);
          }
      const rows: (string | number)[][] = [];
      const targets: { what: string; measured: string; target: string; met: boolean }[] = [];
      const figures: Record<string, unknown> = { loadavg: loadavg() };
      for (const scope of scopes) {
        const smallTimes = times.get(`${scope.name}:${small}`) ?? [];
        const largeTimes = times.get(`${scope.name}:${large}`) ?? [];
        const p50Small = percentile(smallTimes, 50);
        const p50Large = percentile(largeTimes, 50);
        const ratios = largeTimes.map((t, i) => t / (smallTimes[i] ?? t));
        rows.push([
          scope.name,
          p50Small.toFixed(1),
          p50Large.toFixed(1),
          formatSpread(spread(ratios)),
        ]);
        figures[scope.name] = { small: smallTimes, large: largeTimes };
        targets.push({
          what: `statistics of a year, ${scope.name}, ${large} cases: p50`,
          measured: `${p50Large.toFixed(0)} ms`,
          target: `under ${TARGET_MS} ms`,
          met: p50Large < TARGET_MS,
        });
      }
      const table: Table = {
        title: `Statistics of a year (${YEAR.from} – ${YEAR.to}) from the rollups`,
        columns: [
          'scope',
          `p50 ms, ${small} cases`,
          `p50 ms, ${large} cases`,
          'ratio min / median / max',
        ],
        rows,
        notes: [
          ...sets.map((s) => `${s.cases} cases a year, two years: ${s.rollupRows} rollup rows`),
          `Target: under ${TARGET_MS} ms at ${large} cases ("well under a second"). The ratio is`,
          'reported, not a target. Whole months read the monthly histograms, other days the daily rows.',
        ],
      };
      const report = { tables: [table], figures, targets };
      for (const client of clients) await client.$disconnect();
      return report;
    } finally {
      for (const s of sets) await s.db.drop();
    }
  },
};
