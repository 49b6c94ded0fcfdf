// Shared command-line options of the migration tools.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { migrationsDir, schemaPath } from '../../src/migrations.ts';

export interface ToolArgs {
  positionals: string[];
  empty: boolean;
  /** --migrations <dir>: another migrations directory (tests use a copy). */
  migrationsDir: string;
  /** --schema <file>: another schema.prisma. */
  schemaPath: string;
}

export function parseToolArgs(argv: string[] = process.argv.slice(2)): ToolArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      empty: { type: 'boolean', default: false },
      migrations: { type: 'string' },
      schema: { type: 'string' },
    },
  });
  return {
    positionals,
    empty: values.empty,
    migrationsDir: values.migrations ? resolve(values.migrations) : migrationsDir,
    schemaPath: values.schema ? resolve(values.schema) : schemaPath,
  };
}
