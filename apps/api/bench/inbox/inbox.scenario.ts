// The citizen inbox: API CPU per request of the first inbox list page, the real API
// (compiled, as production runs it) beside a hand-written node:http + pg server doing the same
// SQL (baseline-server.ts), both child processes on one seeded database. Each round sends
// --requests requests to each (kept-alive connections, the same concurrency) and reads each
// process's CPU time from /proc before and after: the ratio baseline ÷ API per round, printed
// as min / median / max, with the SQL statements per request of each.
import { isDeepStrictEqual } from 'node:util';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { formatSpread, spread, type Scenario, type Table } from '../frame.ts';
import { createBenchDatabase } from '../support/bench-database.ts';
import { citizenInboxQuery } from '../support/citizen-inbox.ts';
import { seedRetentionData } from '../retention/retention.seed.ts';
import { Browser } from '../../test/harness.ts';
import { countApiStatements } from './inbox.statements.ts';
import { explainInboxCasesPage, explainUnreadCount } from './inbox.explain.ts';
import { monotonicMicros, summariseCpuProfiles } from './inbox.profile.ts';
import {
  buildApi,
  cpuSeconds,
  fire,
  startApiProcess,
  startBaselineProcess,
  type ApiRuntime,
  type ServerProcess,
} from './inbox.processes.ts';

const TARGET_RATIO = 0.5;
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-the-api';

type Round = {
  round: number;
  api: { cpuMsPerRequest: number; requestsPerSecond: number };
  baseline: { cpuMsPerRequest: number; requestsPerSecond: number };
  ratio: number;
};

export const inboxScenario: Scenario = {
  name: 'inbox',
  summary:
    'citizen inbox first page: API CPU per request vs a hand-written node:http + pg server (baseline ÷ API)',
  usage: [
    '--cases N         cases in the database besides the citizen’s 40 (default 10000; --smoke 2000)',
    '--requests N      inbox requests per server per round (default 2000; --smoke 200)',
    '--rounds N        rounds, each measuring both servers (default 5; --smoke 2)',
    '--concurrency N   requests in flight (default 4)',
    '--runtime R       how the API runs: dist (compiled, production; default) or swc (the',
    '                  runtime TypeScript hook, for comparison)',
    '--log-level L     the API’s LOG_LEVEL (default warn, as npm start)',
    '--cpu-prof DIR    write the API’s V8 CPU profile there and print its top functions',
    '--smoke           a short run',
  ],
  async run({ options, log }) {
    const smoke = options.flag('smoke');
    const cases = options.int('cases', smoke ? 2000 : 10_000);
    const requests = Math.max(1, options.int('requests', smoke ? 200 : 2000));
    const rounds = Math.max(1, options.int('rounds', smoke ? 2 : 5));
    const concurrency = Math.max(1, options.int('concurrency', 4));
    const runtime = apiRuntime(options.string('runtime', 'dist'));
    const logLevel = options.string('log-level', 'warn');
    const profileOption = options.string('cpu-prof', '');
    const cpuProfileDir = profileOption ? resolve(profileOption) : undefined;
    if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });

    if (runtime === 'dist') {
      log('building the API (tsc)');
      buildApi();
    }
    const db = await createBenchDatabase();
    log(`database ${new URL(db.databaseUrl).pathname.slice(1)}`);
    const servers: ServerProcess[] = [];
    try {
      const now = new Date();
      const { fixture, seeded } = await seedRetentionData(
        db,
        { now, cases: 0, live: cases, persons: Math.max(1000, Math.ceil(cases / 4)) },
        log,
      );
      const unreadPlan = await explainUnreadCount(db, fixture.citizen.id);
      log(`unread count: ${unreadPlan.nodes.join(' > ')}, ${String(unreadPlan.buffers)} buffers`);
      const pagePlan = await explainInboxCasesPage(db, fixture.citizen.id, 20);
      log(
        `inbox list page: ${pagePlan.byIndex ? 'walks cases_inbox_idx' : 'NOT by cases_inbox_idx'}, ${String(pagePlan.buffers)} buffers`,
      );

      const statements = await countApiStatements(db.databaseUrl, fixture.citizen.personnummer);
      log(`API statements per inbox request: ${statements.perRequest.toFixed(2)}`);

      const api = await startApiProcess({
        runtime,
        databaseUrl: db.databaseUrl,
        jwtSecret: JWT_SECRET,
        logLevel,
        cpuProfileDir,
      });
      servers.push(api);
      const baseline = await startBaselineProcess({
        databaseUrl: db.databaseUrl,
        jwtSecret: JWT_SECRET,
      });
      servers.push(baseline);
      log(`api pid ${String(api.pid)} (${runtime}), baseline pid ${String(baseline.pid)}`);

      // One login (through the API's test identity provider); the baseline checks the same
      // signed cookie against the same session row.
      const browser = new Browser(api.baseUrl, 'citizen');
      await browser.login(fixture.citizen.personnummer);
      const cookie = `etj_citizen=${browser.cookie('etj_citizen') ?? ''}`;
      const body = JSON.stringify({
        operationName: 'CitizenInbox',
        query: citizenInboxQuery(),
        variables: { folder: 'INBOX', first: 20 },
      });
      const answers = await Promise.all(
        [api, baseline].map(async (server) => {
          const response = await fetch(`${server.baseUrl}/api/citizen/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body,
          });
          return (await response.json()) as {
            data?: { inboxCases: { items: unknown[]; unreadCount: number } };
          };
        }),
      );
      const [apiAnswer, baselineAnswer] = answers;
      if (!apiAnswer?.data || apiAnswer.data.inboxCases.items.length === 0)
        throw new Error(`the API answered ${JSON.stringify(apiAnswer)}`);
      if (!isDeepStrictEqual(apiAnswer, baselineAnswer))
        throw new Error('the baseline does not answer what the API answers');
      const ok = (status: number, text: string) =>
        status === 200 && text.includes('"unreadCount"') && !text.includes('"errors"');
      const load = (server: ServerProcess, count: number) =>
        fire({
          url: `${server.baseUrl}/api/citizen/graphql`,
          body,
          cookie,
          count,
          concurrency,
          ok,
        });

      log('warm-up');
      for (const server of [api, baseline]) await load(server, Math.min(500, requests));

      const baselineStatementsBefore = await baselineStatements(baseline);
      const loadAtStart = loadavg();
      const window = { from: monotonicMicros(), to: 0 };
      const results: Round[] = [];
      for (let round = 1; round <= rounds; round += 1) {
        // Alternate which goes first, so a drift in the machine's load hits both alike.
        const order = round % 2 === 1 ? [api, baseline] : [baseline, api];
        const measured = new Map<ServerProcess, Round['api']>();
        for (const server of order) {
          const before = cpuSeconds(server.pid);
          const result = await fire({
            url: `${server.baseUrl}/api/citizen/graphql`,
            body,
            cookie,
            count: requests,
            concurrency,
            ok,
          });
          const cpu = cpuSeconds(server.pid) - before;
          if (result.failures > 0)
            throw new Error(`${server.name}: ${String(result.failures)} wrong answers`);
          measured.set(server, {
            cpuMsPerRequest: (cpu * 1000) / requests,
            requestsPerSecond: requests / result.seconds,
          });
        }
        const a = measured.get(api);
        const b = measured.get(baseline);
        if (!a || !b) throw new Error('a server was not measured');
        results.push({ round, api: a, baseline: b, ratio: b.cpuMsPerRequest / a.cpuMsPerRequest });
        log(
          `round ${String(round)}: api ${a.cpuMsPerRequest.toFixed(3)} ms, baseline ${b.cpuMsPerRequest.toFixed(3)} ms CPU per request, ratio ${(b.cpuMsPerRequest / a.cpuMsPerRequest).toFixed(2)}`,
        );
      }
      const baselinePerRequest =
        ((await baselineStatements(baseline)) - baselineStatementsBefore) / (rounds * requests);
      window.to = monotonicMicros();
      const loadAtEnd = loadavg();

      for (const server of servers.splice(0)) await server.stop();
      const profile = cpuProfileDir ? summariseCpuProfiles(cpuProfileDir, window) : undefined;

      const ratio = spread(results.map((r) => r.ratio));
      const apiCpu = spread(results.map((r) => r.api.cpuMsPerRequest));
      const baseCpu = spread(results.map((r) => r.baseline.cpuMsPerRequest));
      const tables: Table[] = [
        {
          title: `Citizen inbox: CPU per request (${String(requests)} requests × ${String(rounds)} rounds, concurrency ${String(concurrency)}, ${String(cases)} cases)`,
          columns: [
            'server',
            'CPU ms per request (min / median / max)',
            'req/s (median)',
            'SQL statements per request',
          ],
          rows: [
            [
              `API (${runtime})`,
              formatSpread(apiCpu, 3),
              spread(results.map((r) => r.api.requestsPerSecond)).median.toFixed(0),
              statements.perRequest.toFixed(2),
            ],
            [
              'baseline (node:http + pg)',
              formatSpread(baseCpu, 3),
              spread(results.map((r) => r.baseline.requestsPerSecond)).median.toFixed(0),
              baselinePerRequest.toFixed(2),
            ],
            ['ratio baseline ÷ API', formatSpread(ratio), '', ''],
          ],
          notes: [
            `Unread count plan: ${unreadPlan.nodes.join(' > ')} (${String(unreadPlan.buffers)} shared buffers, ${String(unreadPlan.heapFetches ?? 0)} heap fetches).`,
            `Inbox list page plan: ${pagePlan.nodes.join(' > ')} (${String(pagePlan.buffers)} shared buffers).`,
            `API statements: ${statements.statements.join(' | ')}`,
            `Load average (1, 5, 15 min) at start ${loadAtStart.map((l) => l.toFixed(2)).join(', ')}, at end ${loadAtEnd.map((l) => l.toFixed(2)).join(', ')}.`,
          ],
        },
        ...(profile ? [profile.table] : []),
      ];
      return {
        tables,
        figures: {
          cases,
          requests,
          rounds,
          concurrency,
          runtime,
          logLevel,
          seeded,
          rounds_: results,
          ratio,
          apiCpuMsPerRequest: apiCpu,
          baselineCpuMsPerRequest: baseCpu,
          apiStatementsPerRequest: statements.perRequest,
          apiStatements: statements.statements,
          baselineStatementsPerRequest: baselinePerRequest,
          unreadPlan,
          pagePlan,
          profile: profile?.figures,
          loadAtStart,
          loadAtEnd,
        },
        targets: [
          {
            what: 'citizen inbox: API CPU per request, baseline ÷ API (median)',
            measured: ratio.median.toFixed(2),
            target: `>= ${String(TARGET_RATIO)}`,
            met: ratio.median >= TARGET_RATIO,
          },
          {
            what: 'unread count: index-only on unread rows',
            measured: unreadPlan.nodes.join(' > '),
            target: 'Index Only Scan on case_messages_unread_idx',
            met: unreadPlan.indexOnly,
          },
          {
            what: 'inbox list page: walks the person’s cases by index, stops after the page',
            measured: pagePlan.byIndex ? 'cases_inbox_idx' : pagePlan.nodes.join(' > '),
            target: 'Index Scan (Backward) on cases_inbox_idx',
            met: pagePlan.byIndex,
          },
        ],
      };
    } finally {
      for (const server of servers) await server.stop();
      await db.drop();
    }
  },
};

async function baselineStatements(server: ServerProcess): Promise<number> {
  const response = await fetch(`${server.baseUrl}/bench/statements`);
  return ((await response.json()) as { statements: number }).statements;
}

function apiRuntime(value: string): ApiRuntime {
  if (value === 'dist' || value === 'swc') return value;
  throw new Error('--runtime is dist or swc');
}
