// Gallring at scale: N expired cases with their messages and events, deleted by the
// real RetentionService in the API's process and pool, while a logged-in citizen keeps asking
// for the first inbox page. Figures: rows deleted per second, and the inbox p50/p99 during each
// run divided by the same figures measured just before it, in the same process.
//
// The expired cases are spread over `rounds` slices of their latest-event time: round r runs
// the job with its own clock at the r-th slice's date, so each run deletes one slice and every
// run gets a baseline measured right before it (the machine is shared and noisy: pairs taken
// close together, min/median/max over the rounds). `--rounds 1` deletes all of them in one run.
import { loadavg } from 'node:os';
import { caseDeletionCutoff } from '@etj/domain';
import { AdjustableClock } from '../../src/common/clock.ts';
import { createLogger } from '../../src/common/logger.ts';
import { RetentionRepository } from '../../src/retention/retention.repository.ts';
import { RetentionService } from '../../src/retention/retention.service.ts';
import { formatSpread, percentile, spread, type Scenario, type Table } from '../frame.ts';
import { createBenchDatabase } from '../support/bench-database.ts';
import { startBenchApi } from '../support/bench-api.ts';
import { CitizenInboxClient } from '../support/citizen-inbox.ts';
import { explainCaseBatch, type ExplainedStatement } from './retention.explain.ts';
import { describeSeeded, MEASURED_CITIZEN_CASES, seedRetentionData } from './retention.seed.ts';

const TARGET_ROWS_PER_SECOND = 20_000;
const TARGET_P99_RATIO = 1.15;
const DAY_MS = 86_400_000;
/** The bench's "now" (the API's clock, frozen): the harness's date. */
export const NOW = new Date('2026-11-25T09:00:00Z');
/** The measured citizen's own cases, all recent. */

type Round = {
  round: number;
  casesDeleted: number;
  rowsDeleted: number;
  seconds: number;
  rowsPerSecond: number;
  byTable: Record<string, number>;
  without: { requests: number; p50: number; p99: number };
  with: { requests: number; p50: number; p99: number };
  p50Ratio: number;
  p99Ratio: number;
};

export const retentionScenario: Scenario = {
  name: 'retention',
  summary:
    'gallring of --cases expired cases: rows deleted per second, citizen inbox p50/p99 during the run ÷ without',
  usage: [
    '--cases N        expired cases (default 1000000; bench:smoke 10000)',
    '--live N         live cases, never due (default cases / 10)',
    '--rounds N       deletion runs, each with its own inbox baseline (default 5)',
    '--requests N     inbox requests per baseline (default 300)',
    "--batch-size N   the job's batch size (default 500, as the service)",
    '--seed-only      seed and keep the database, measure nothing',
    '--from DB        measure a copy of a database kept by --seed-only (no seeding)',
    '--keep           keep the database after the run',
    '--explain false  skip EXPLAIN (ANALYZE, BUFFERS) of one case batch',
    "--duty F         the job's duty: it works F of the time, pausing between batches",
    '                 (default: the service default, 0.5; 1 never pauses)',
  ],
  async run({ options, log }) {
    const cases = options.int('cases', 1_000_000);
    const live = options.int('live', Math.ceil(cases / 10));
    const rounds = Math.max(1, options.int('rounds', 5));
    const requests = options.int('requests', 300);
    const batchSize = options.int('batch-size', 500);
    // The service's pacing (RetentionOptions.duty); absent, the service's default.
    const dutyOption = options.string('duty', '');
    const duty = dutyOption === '' ? undefined : Number(dutyOption);
    const seedOnly = options.flag('seed-only');
    const keep = options.flag('keep') || seedOnly;
    const explain = options.string('explain', 'true') !== 'false';
    const persons = Math.max(1000, Math.ceil((cases + live) / 4));
    // The expired cases were sent over a year that ended two years and 30 days ago. Round r
    // runs 30 days plus (rounds - r) slices of that year before NOW, so each deletes about a
    // slice; the last runs at NOW, when every one of them is due.
    const sliceMs = (365 / rounds) * DAY_MS;
    const roundClock = (round: number) =>
      round === rounds ? NOW : new Date(NOW.getTime() - 30 * DAY_MS - (rounds - round) * sliceMs);

    const from = options.string('from', '');
    const db = await createBenchDatabase(from || undefined);
    log(
      `database ${new URL(db.databaseUrl).pathname.slice(1)}${from ? ` (a copy of ${from})` : ''}`,
    );
    try {
      const seeding = Date.now();
      const data = from
        ? await describeSeeded(db)
        : await seedRetentionData(db, { now: NOW, cases, live, persons }, log);
      if (from && (data.cases !== cases || data.live !== live))
        throw new Error(`${from} holds ${data.cases} expired cases and ${data.live} live ones`);
      const { fixture, seeded } = data;
      await db.execute('CHECKPOINT').catch(() => 0);
      const seedSeconds = (Date.now() - seeding) / 1000;
      const [size] = await db.query<{ bytes: bigint }>(
        'SELECT pg_database_size(current_database()) AS bytes',
      );
      const databaseMiB = Number(size?.bytes ?? 0) / 1024 ** 2;
      log(`ready after ${seedSeconds.toFixed(0)} s, ${databaseMiB.toFixed(0)} MiB`);

      const plans =
        explain && !seedOnly
          ? await explainCaseBatch(db, caseDeletionCutoff(roundClock(1)), batchSize)
          : [];
      if (seedOnly) {
        log(
          `seeded; measure copies of it with --from ${new URL(db.databaseUrl).pathname.slice(1)}`,
        );
        return { tables: [], figures: { seeded, seedSeconds, databaseMiB }, targets: [] };
      }

      // The machine is shared: its load average (1, 5, 15 min) at the start and end of the runs.
      const loadAtStart = loadavg();
      const api = await startBenchApi(db.databaseUrl, NOW);
      const results: Round[] = [];
      try {
        const citizen = await CitizenInboxClient.login(api.baseUrl, fixture.citizen.personnummer);
        await citizen.measure(Math.min(100, requests)); // warm-up: JIT, pool, caches
        const logger = createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });
        for (let round = 1; round <= rounds; round += 1) {
          const without = await citizen.measure(requests);
          const clock = new AdjustableClock();
          clock.freeze(roundClock(round));
          const repository = new RetentionRepository(api.prisma);
          const service = new RetentionService(repository, clock, logger, { batchSize, duty });
          const running = service.run();
          const during = await citizen.measureWhile(running, 20);
          const run = await running;
          const row: Round = {
            round,
            casesDeleted: run.casesDeleted,
            rowsDeleted: run.rowsDeleted,
            seconds: run.durationMs / 1000,
            rowsPerSecond: run.rowsDeleted / (run.durationMs / 1000),
            byTable: run.byTable,
            without: latency(without),
            with: latency(during),
            p50Ratio: percentile(during, 50) / percentile(without, 50),
            p99Ratio: percentile(during, 99) / percentile(without, 99),
          };
          results.push(row);
          log(
            `round ${round}/${rounds}: ${row.rowsDeleted} rows in ${row.seconds.toFixed(1)} s ` +
              `(${Math.round(row.rowsPerSecond)} rows/s), inbox p99 ${row.without.p99.toFixed(1)} → ` +
              `${row.with.p99.toFixed(1)} ms (${row.with.requests} requests)`,
          );
        }
      } finally {
        await api.close();
      }

      const loadAtEnd = loadavg();
      const [left] = await db.query<{ expired: number; live: number }>(
        `SELECT count(*) FILTER (WHERE reference LIKE 'E-%')::int AS expired,
                count(*) FILTER (WHERE reference NOT LIKE 'E-%')::int AS live FROM cases`,
      );
      const casesDeleted = sum(results.map((r) => r.casesDeleted));
      const rowsDeleted = sum(results.map((r) => r.rowsDeleted));
      const seconds = sum(results.map((r) => r.seconds));
      const rowsPerSecond = rowsDeleted / seconds;
      const p99Ratios = spread(results.map((r) => r.p99Ratio));
      const p50Ratios = spread(results.map((r) => r.p50Ratio));
      const byTable: Record<string, number> = {};
      for (const r of results)
        for (const [table, n] of Object.entries(r.byTable))
          byTable[table] = (byTable[table] ?? 0) + n;

      const ms = (value: number) => value.toFixed(1);
      const perRound: Table = {
        title: `Retention: ${cases.toLocaleString('en')} expired cases in ${rounds} run(s), batch ${batchSize}, duty ${duty ?? 'default (0.5)'}`,
        columns: [
          'run',
          'cases deleted',
          'rows deleted',
          'seconds',
          'rows/s',
          'inbox p50 without / with (ms)',
          'inbox p99 without / with (ms)',
          'p50 ratio',
          'p99 ratio',
          'requests without / with',
        ],
        rows: results.map((r) => [
          r.round,
          r.casesDeleted,
          r.rowsDeleted,
          r.seconds.toFixed(1),
          Math.round(r.rowsPerSecond),
          `${ms(r.without.p50)} / ${ms(r.with.p50)}`,
          `${ms(r.without.p99)} / ${ms(r.with.p99)}`,
          r.p50Ratio.toFixed(2),
          r.p99Ratio.toFixed(2),
          `${r.without.requests} / ${r.with.requests}`,
        ]),
        notes: [
          `Seeded ${Object.entries(seeded)
            .map(([t, n]) => `${n} ${t}`)
            .join(
              ', ',
            )} (${persons} persons) in ${seedSeconds.toFixed(0)} s${from ? ` (copied from ${from})` : ''}; database ${databaseMiB.toFixed(0)} MiB.`,
          `Deleted per table: ${Object.entries(byTable)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}.`,
          `Load average (1/5/15 min): ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${loadAtEnd.map((l) => l.toFixed(2)).join(' ')} at the end.`,
          `Left after the runs: ${left?.expired ?? '?'} expired cases (want 0), ${left?.live ?? '?'} live cases (want ${live + MEASURED_CITIZEN_CASES}).`,
        ],
      };
      const summary: Table = {
        title: 'Retention summary',
        columns: [
          'rows deleted',
          'seconds',
          'rows/s',
          'inbox p99 ratio min / median / max',
          'inbox p50 ratio min / median / max',
        ],
        rows: [
          [
            rowsDeleted,
            seconds.toFixed(1),
            Math.round(rowsPerSecond),
            formatSpread(p99Ratios),
            formatSpread(p50Ratios),
          ],
        ],
      };
      const intact = left?.expired === 0 && left.live === live + MEASURED_CITIZEN_CASES;
      return {
        tables: [perRound, summary, ...(plans.length > 0 ? [explainTable(plans)] : [])],
        figures: {
          cases,
          live,
          persons,
          rounds,
          batchSize,
          duty: duty ?? 'default',
          loadAverage: { start: loadAtStart, end: loadAtEnd },
          requests,
          seeded,
          seedSeconds,
          databaseMiB,
          casesDeleted,
          rowsDeleted,
          seconds,
          rowsPerSecond,
          p99Ratios,
          p50Ratios,
          byTable,
          left,
          runs: results,
          plans,
        },
        targets: [
          {
            what: 'deletion rate',
            measured: `${Math.round(rowsPerSecond)} rows/s`,
            target: `>= ${TARGET_ROWS_PER_SECOND} rows/s`,
            met: rowsPerSecond >= TARGET_ROWS_PER_SECOND,
          },
          {
            what: 'inbox p99 during ÷ without (median of runs)',
            measured: p99Ratios.median.toFixed(2),
            target: `<= ${TARGET_P99_RATIO}`,
            met: p99Ratios.median <= TARGET_P99_RATIO,
          },
          {
            what: 'every expired case gone, every live case kept',
            measured: `${left?.expired ?? '?'} expired, ${left?.live ?? '?'} live left`,
            target: `0 expired, ${live + MEASURED_CITIZEN_CASES} live`,
            met: intact,
          },
        ],
      };
    } finally {
      if (keep) {
        log(`kept database ${db.databaseUrl}`);
        await db.admin.$disconnect();
      } else await db.drop();
    }
  },
};

function explainTable(plans: ExplainedStatement[]): Table {
  return {
    title: 'Case batches, EXPLAIN (ANALYZE, BUFFERS), warm, rolled back',
    columns: ['statement', 'ms', 'claim ms', 'buffers', 'triggers'],
    rows: plans.map((p) => [
      p.statement,
      p.ms.toFixed(1),
      p.claimMs.toFixed(1),
      p.buffers,
      p.triggers.map((t) => t.replace(/^Trigger (for constraint )?/, '')).join('; '),
    ]),
  };
}

function latency(values: number[]) {
  return { requests: values.length, p50: percentile(values, 50), p99: percentile(values, 99) };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
