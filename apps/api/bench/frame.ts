// The bench's small frame: scenarios register here, the runner repeats them, and every scenario
// reports tables (printed as Markdown, ready for the README) and figures (kept as JSON).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

/** Options from the command line: `--cases 10000 --rounds 3 --smoke`. */
export class BenchOptions {
  constructor(private readonly values: ReadonlyMap<string, string>) {}

  static parse(args: readonly string[]): { names: string[]; options: BenchOptions } {
    const names: string[] = [];
    const values = new Map<string, string>();
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i] ?? '';
      if (arg === '--') continue;
      if (!arg.startsWith('--')) {
        names.push(arg);
        continue;
      }
      const [key = '', inline] = arg.slice(2).split('=', 2);
      const next = args[i + 1];
      if (inline !== undefined) values.set(key, inline);
      else if (next !== undefined && !next.startsWith('--')) {
        values.set(key, next);
        i += 1;
      } else values.set(key, 'true');
    }
    return { names, options: new BenchOptions(values) };
  }

  /** A whole number option; `1e6` and `1_000_000` are accepted. */
  int(name: string, fallback: number): number {
    const raw = this.values.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw.replaceAll('_', ''));
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`--${name} wants a whole number, got ${raw}`);
    return value;
  }

  flag(name: string): boolean {
    const raw = this.values.get(name);
    return raw !== undefined && raw !== 'false';
  }

  string(name: string, fallback: string): string {
    return this.values.get(name) ?? fallback;
  }

  /** Every option as given, for the result file. */
  toJSON(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
}

export type Table = {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Lines printed under the table (targets, causes, caveats). */
  notes?: string[];
};

export type ScenarioReport = {
  tables: Table[];
  /** Everything measured, raw, for the JSON result file. */
  figures: Record<string, unknown>;
  /** Targets from the issues: each says whether this run met it. */
  targets: { what: string; measured: string; target: string; met: boolean }[];
};

export type BenchContext = {
  options: BenchOptions;
  /** Progress on stderr, with the seconds since the scenario started. */
  log: (message: string) => void;
};

export type Scenario = {
  name: string;
  /** One line: what is measured. */
  summary: string;
  /** Its options, one line each, for `--help`. */
  usage: string[];
  run(context: BenchContext): Promise<ScenarioReport>;
};

export type Machine = {
  os: string;
  cpus: string;
  memory: string;
  node: string;
  postgres?: string;
};

export function describeMachine(): Machine {
  const cores = cpus();
  return {
    os: `${platform()} ${release()}`,
    cpus: `${cores.length} x ${cores[0]?.model.trim() ?? 'unknown'}`,
    memory: `${gib(totalmem())} GiB (${gib(freemem())} GiB free at start)`,
    node: process.version,
  };
}

function gib(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1);
}

/** The p-th percentile (0..100) of `values` by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export type Spread = { min: number; median: number; max: number };

/** Min, median and max: how a figure moved over the repetitions on a noisy machine. */
export function spread(values: readonly number[]): Spread {
  return {
    min: Math.min(...values),
    median: percentile(values, 50),
    max: Math.max(...values),
  };
}

export function formatSpread(s: Spread, digits = 2): string {
  return `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}`;
}

/** A Markdown table, columns padded so it also reads well in a terminal. */
export function renderTable(table: Table): string {
  const cells = [table.columns, ...table.rows.map((row) => row.map(String))];
  const widths = table.columns.map((_, i) =>
    Math.max(3, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 3)).join(' | ')} |`;
  return [
    `### ${table.title}`,
    '',
    line(table.columns),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...table.rows.map((row) => line(row.map(String))),
    ...(table.notes?.length ? ['', ...table.notes] : []),
  ].join('\n');
}

/** Writes `results/<scenario>-<timestamp>.json` and `results/<scenario>-latest.json`. */
export function writeResult(directory: string, scenario: string, result: unknown): string {
  mkdirSync(directory, { recursive: true });
  const stamp = new Date()
    .toISOString()
    .replaceAll(':', '-')
    .replace(/\.\d+Z$/, 'Z');
  const file = join(directory, `${scenario}-${stamp}.json`);
  const text = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(file, text);
  writeFileSync(join(directory, `${scenario}-latest.json`), text);
  return file;
}
