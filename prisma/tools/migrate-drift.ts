// Fails (exit 1) and prints the missing SQL when prisma/migrations does not produce exactly the
// tables, columns, indexes, enums and foreign keys of schema.prisma. CHECK constraints,
// triggers and functions are invisible to Prisma's diff: hand-written migrations may add them.
// So are expression and partial indexes: those must be exactly the ones hand-written-indexes.ts
// lists, or the check fails too.
//   node prisma/tools/migrate-drift.ts [--migrations <dir>] [--schema <file>]
import { handWrittenIndexProblems } from './hand-written-indexes.ts';
import { parseToolArgs } from './lib/args.ts';
import { runTool } from './lib/run-tool.ts';
import { diffMigrationsToSchema } from './lib/schema-engine.ts';

runTool(async () => {
  const args = parseToolArgs();
  const started = Date.now();
  const diff = await diffMigrationsToSchema(args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const count = diff.migrations.length;
  const indexProblems = handWrittenIndexProblems(diff.handWrittenIndexes);
  if (indexProblems.length > 0) {
    console.error(
      [
        `Drift: the hand-written indexes of the ${count} migrations are not the expected ones:`,
        ...indexProblems,
      ].join('\n'),
    );
    process.exitCode = 1;
    if (diff.empty) return;
  }
  if (diff.empty) {
    const expected = Object.keys(diff.handWrittenIndexes).length;
    console.log(
      `No drift: the ${count} migrations match schema.prisma and the ${expected} hand-written indexes (checked in ${seconds} s).`,
    );
    return;
  }
  console.error(
    [
      `Drift: schema.prisma differs from the ${count} migrations (checked in ${seconds} s).`,
      'Create a migration with `pnpm db:migrate:create <name>`. The missing SQL:',
      '',
      diff.sql,
    ].join('\n'),
  );
  process.exitCode = 1;
});
