// `pnpm bench [scenario ...] [--option value ...]` (`--help` lists them): runs the named scenarios
// (all without names), prints their tables and writes bench/results/<scenario>-*.json.
// Not part of `npm test`: it seeds large databases on the PostgreSQL in DATABASE_URL.
import 'reflect-metadata';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BenchOptions,
  describeMachine,
  renderTable,
  writeResult,
  type BenchContext,
} from './frame.ts';
import { SCENARIOS } from './scenarios.ts';
import { postgresVersion } from './support/bench-database.ts';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results');

async function main(): Promise<void> {
  const { names, options } = BenchOptions.parse(process.argv.slice(2));
  if (options.flag('help')) {
    process.stdout.write(
      [
        'pnpm bench [scenario ...] [--option value ...]   (every scenario without names)',
        '',
        ...SCENARIOS.flatMap((s) => [
          `${s.name}: ${s.summary}`,
          ...s.usage.map((line) => `  ${line}`),
          '',
        ]),
        '',
      ].join('\n'),
    );
    return;
  }
  const unknown = names.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`unknown scenario: ${unknown.join(', ')}`);
  const chosen = names.length === 0 ? SCENARIOS : SCENARIOS.filter((s) => names.includes(s.name));
  if (!process.env.DATABASE_URL)
    throw new Error('Set DATABASE_URL to a PostgreSQL server whose user may create databases.');

  const machine = { ...describeMachine(), postgres: await postgresVersion() };
  for (const scenario of chosen) {
    const started = Date.now();
    const context: BenchContext = {
      options,
      log: (message) => {
        const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(7);
        process.stderr.write(`[${scenario.name} ${seconds}s] ${message}\n`);
      },
    };
    context.log(scenario.summary);
    const report = await scenario.run(context);
    const machineTable = {
      title: 'Machine',
      columns: ['os', 'cpus', 'memory', 'node', 'postgresql'],
      rows: [[machine.os, machine.cpus, machine.memory, machine.node, machine.postgres]],
    };
    const targets = {
      title: 'Targets',
      columns: ['what', 'measured', 'target', 'met'],
      rows: report.targets.map((t) => [t.what, t.measured, t.target, t.met ? 'yes' : 'NO']),
    };
    process.stdout.write(
      `\n## ${scenario.name}\n\n${[...report.tables, targets, machineTable].map(renderTable).join('\n\n')}\n\n`,
    );
    const file = writeResult(RESULTS, scenario.name, {
      scenario: scenario.name,
      finishedAt: new Date().toISOString(),
      options: options.toJSON(),
      machine,
      targets: report.targets,
      figures: report.figures,
    });
    context.log(`result written to ${file}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
