// Writes packages/graphql/schema.graphql; with --check, fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSchema, printSortedSchema } from './schema.ts';

const target = fileURLToPath(new URL('../../../packages/graphql/schema.graphql', import.meta.url));
const printed = printSortedSchema(await createSchema());

if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== printed) {
    console.error(
      'packages/graphql/schema.graphql is stale: run `pnpm --filter @etj/api schema:emit` and commit it.',
    );
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${target}`);
}
