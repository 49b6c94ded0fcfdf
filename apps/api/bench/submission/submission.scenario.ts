// Sending a case: save draft + submitCase per second through the real API over HTTP,
// divided by submission.pgbench.sql's rate (the same inserts by hand) on the same database with
// the same concurrency, measured side by side in each round (the order alternating, so a machine
// that slows down over the run does not favour one side); min/median/max over the rounds. Also
// the SQL statements of one save + send, counted at the API's connection pool.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Browser } from '../../test/harness.ts';
import { startCountedApi } from '../../test/counted-api.ts';
import { formatSpread, spread, type Scenario } from '../frame.ts';
import { createBenchDatabase } from '../support/bench-database.ts';
import {
  buildApi,
  cpuSeconds,
  startApiProcess,
  type ApiRuntime,
} from '../inbox/inbox.processes.ts';
import { seedSubmissionOrg, PERSONS } from './submission.seed.ts';
import type { ClientCommand, ClientReply, ClientSetup } from './submission.client.ts';

const NOW = new Date('2026-11-25T09:00:00Z');
const TARGET_RATIO = 0.5;
const TARGET_STATEMENTS = 12;
const PGBENCH_SCRIPT = fileURLToPath(new URL('./submission.pgbench.sql', import.meta.url));
const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) {
  caseId reference submittedAt clinicName caseTypeName { sv en } expectedResponseDays } }`;

type Round = {
  round: number;
  api: number;
  pgbench: number;
  ratio: number;
  /** The API process's CPU (user + system) per submission, in milliseconds. */
  apiCpuMs: number;
};

export const submissionScenario: Scenario = {
  name: 'submission',
  summary:
    'save draft + submitCase per second through the API ÷ the same inserts by pgbench, side by side',
  usage: [
    '--rounds N       API and pgbench runs side by side (default 5; --smoke 2)',
    '--seconds N      length of each run (default 10; --smoke 3)',
    '--clients N      concurrent citizens, and pgbench clients (default 4)',
    '--pgbench PATH   the pgbench binary (default: pgbench on PATH)',
    '--runtime R      how the measured API runs: dist (compiled, as npm start; default) or swc',
    '--cpu-prof DIR   write a V8 CPU profile of the measured API into DIR',
    '--smoke          a short run (also under pnpm bench:smoke)',
    '--keep           keep the database (its name is printed) to rerun the pgbench script by hand',
  ],
  async run({ options, log }) {
    // `pnpm bench:smoke` (which passes no --smoke of its own) is a smoke run too.
    const smoke = options.flag('smoke') || process.env.npm_lifecycle_event === 'bench:smoke';
    const rounds = Math.max(1, options.int('rounds', smoke ? 2 : 5));
    const seconds = smoke ? 3 : Math.max(1, options.int('seconds', 10));
    const clients = Math.max(1, Math.min(PERSONS - 1, options.int('clients', 4)));
    const pgbench = options.string('pgbench', 'pgbench');
    const runtimeOption = options.string('runtime', 'dist');
    if (runtimeOption !== 'dist' && runtimeOption !== 'swc')
      throw new Error('--runtime is dist or swc');
    const runtime: ApiRuntime = runtimeOption;
    const cpuProfileDir = options.string('cpu-prof', '');
    const db = await createBenchDatabase();
    const name = new URL(db.databaseUrl).pathname.slice(1);
    log(`database ${name}`);
    try {
      const org = await seedSubmissionOrg(db);
      // Statements counted at the pool of an API in this process (the last seeded citizen).
      const counted = await startCountedApi(db.databaseUrl, NOW);
      const statements = await countStatements(counted, org).finally(() => counted.close());
      log(`one save + send: ${String(statements.length)} SQL statements`);

      // Throughput of the API as production runs it, in a process of its own.
      if (runtime === 'dist') buildApi();
      const api = await startApiProcess({
        runtime,
        databaseUrl: db.databaseUrl,
        jwtSecret: 'bench-secret-that-is-long-enough-for-the-api',
        logLevel: process.env.BENCH_LOG_LEVEL ?? 'warn',
        ...(cpuProfileDir ? { cpuProfileDir } : {}),
      });
      const worker = new Worker(new URL('./submission.client.ts', import.meta.url), {
        workerData: {
          baseUrl: api.baseUrl,
          clinicId: org.clinicId,
          caseTypeId: org.caseTypeId,
          citizens: org.citizens.slice(0, clients),
        } satisfies ClientSetup,
      });
      try {
        const replies = replyQueue(worker);
        const ready = await replies.next();
        if (!('ready' in ready))
          throw new Error(`the clients did not start: ${JSON.stringify(ready)}`);

        const runApi = async (runSeconds: number) => {
          const cpuBefore = cpuSeconds(api.pid);
          worker.postMessage({ run: runSeconds } satisfies ClientCommand);
          const reply = await replies.next();
          if (!('submissions' in reply))
            throw new Error(`API run failed: ${JSON.stringify(reply)}`);
          const cpuMs = ((cpuSeconds(api.pid) - cpuBefore) * 1000) / reply.submissions;
          return { rate: reply.submissions / reply.seconds, cpuMs };
        };
        log('warm-up');
        await runApi(smoke ? 1 : 3);
        await runPgbench(pgbench, db.databaseUrl, clients, 1);

        const loadAtStart = loadavg();
        const results: Round[] = [];
        for (let round = 1; round <= rounds; round += 1) {
          // Alternate which side goes first.
          let apiRun = { rate: 0, cpuMs: 0 };
          let pgRate = 0;
          if (round % 2 === 1) {
            pgRate = await runPgbench(pgbench, db.databaseUrl, clients, seconds);
            apiRun = await runApi(seconds);
          } else {
            apiRun = await runApi(seconds);
            pgRate = await runPgbench(pgbench, db.databaseUrl, clients, seconds);
          }
          const apiRate = apiRun.rate;
          const ratio = apiRate / pgRate;
          results.push({ round, api: apiRate, pgbench: pgRate, ratio, apiCpuMs: apiRun.cpuMs });
          log(
            `round ${String(round)}: API ${apiRate.toFixed(1)}/s, pgbench ${pgRate.toFixed(1)}/s, ratio ${ratio.toFixed(3)}`,
          );
        }
        const loadAtEnd = loadavg();
        worker.postMessage({ stop: true } satisfies ClientCommand);

        const ratios = spread(results.map((r) => r.ratio));
        const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
        return {
          tables: [
            {
              title: `Submission: save draft + submitCase per second, API (${runtime}) ÷ pgbench (${String(clients)} clients, ${String(seconds)} s runs)`,
              columns: [
                'round',
                'API submissions/s',
                'pgbench submissions/s',
                'ratio',
                'API CPU ms per submission',
              ],
              rows: results.map((r) => [
                r.round,
                r.api.toFixed(1),
                r.pgbench.toFixed(1),
                r.ratio.toFixed(3),
                r.apiCpuMs.toFixed(1),
              ]),
              notes: [
                `Ratio min / median / max: ${formatSpread(ratios, 3)}.`,
                `SQL statements of one save draft + submitCase (both requests, counted at the API's pool, BEGIN/COMMIT included): ${String(statements.length)}.`,
                'pgbench: submission.pgbench.sql (the draft INSERT; then one statement that inserts the case, its event and receipt message, moves attachments and deletes the draft).',
                `Load average (1, 5, 15 min) at the start: ${load(loadAtStart)}; at the end: ${load(loadAtEnd)}.`,
              ],
            },
          ],
          figures: {
            clients,
            seconds,
            runtime,
            rounds: results,
            ratio: ratios,
            statements,
            loadAtStart,
            loadAtEnd,
          },
          targets: [
            {
              what: 'submission: API ÷ pgbench submissions per second (median)',
              measured: ratios.median.toFixed(3),
              target: `>= ${String(TARGET_RATIO)}`,
              met: ratios.median >= TARGET_RATIO,
            },
            {
              what: 'submission: SQL statements of save draft + submitCase',
              measured: String(statements.length),
              target: `<= ${String(TARGET_STATEMENTS)}`,
              met: statements.length <= TARGET_STATEMENTS,
            },
          ],
        };
      } finally {
        await worker.terminate();
        await api.stop();
      }
    } finally {
      if (options.flag('keep')) log(`kept: pgbench -n -f ${PGBENCH_SCRIPT} -T 10 -c 4 ${name}`);
      else await db.drop();
    }
  },
};

/** The statements of one save + send by a citizen none of the clients is (after one warm-up). */
async function countStatements(
  api: Awaited<ReturnType<typeof startCountedApi>>,
  org: { clinicId: string; caseTypeId: string; citizens: string[] },
): Promise<string[]> {
  const personnummer = org.citizens.at(-1);
  if (!personnummer) throw new Error('no citizens seeded');
  const browser = new Browser(api.baseUrl, 'citizen');
  await browser.login(personnummer);
  const once = async () => {
    const saved = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
      input: {
        clinicId: org.clinicId,
        caseTypeId: org.caseTypeId,
        answers: { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] },
      },
    });
    const draftId = saved.data?.saveCaseDraft.id;
    if (!draftId) throw new Error(`saveCaseDraft answered ${JSON.stringify(saved)}`);
    const sent = await browser.graphql(SUBMIT, {
      input: { draftId, idempotencyKey: randomUUID() },
    });
    if (sent.errors) throw new Error(`submitCase answered ${JSON.stringify(sent.errors)}`);
  };
  await once();
  const { statements } = await api.statements.during(once);
  return statements;
}

/** submission.pgbench.sql for `seconds` with `clients` connections; answers its rate. */
async function runPgbench(
  binary: string,
  databaseUrl: string,
  clients: number,
  seconds: number,
): Promise<number> {
  const args = ['-n', '-f', PGBENCH_SCRIPT, '-T', String(seconds), '-c', String(clients)];
  const child = spawn(binary, [...args, databaseUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1];
  if (code !== 0 || !tps)
    throw new Error(`pgbench ${args.join(' ')} failed (${String(code)}):\n${output}`);
  return Number(tps);
}

/** The worker's replies, one at a time in order. */
function replyQueue(worker: Worker): { next(): Promise<ClientReply> } {
  const waiting: ((reply: ClientReply) => void)[] = [];
  const arrived: ClientReply[] = [];
  const deliver = (reply: ClientReply) => {
    const take = waiting.shift();
    if (take) take(reply);
    else arrived.push(reply);
  };
  worker.on('message', deliver);
  worker.on('error', (error) => {
    deliver({ failed: String(error) });
  });
  return {
    next: () => {
      const reply = arrived.shift();
      return reply ? Promise.resolve(reply) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}
