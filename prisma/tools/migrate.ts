// Applies pending migrations to DATABASE_URL (or the URL given as argument).
//   node prisma/tools/migrate.ts [databaseUrl]
import { migrateDatabase } from '../src/migrate.ts';
import { runTool } from './lib/run-tool.ts';

runTool(async () => {
  const url = process.argv[2] ?? process.env.DATABASE_URL;
  if (!url) {
    console.error('usage: migrate [databaseUrl]   (or set DATABASE_URL)');
    process.exitCode = 2;
    return;
  }
  const result = await migrateDatabase(url, {
    log: (line) => {
      console.log(line);
    },
  });
  console.log(
    `${result.applied.length} applied, ${result.alreadyApplied.length} already applied` +
      (result.unknown.length > 0 ? `; unknown to this checkout: ${result.unknown.join(', ')}` : ''),
  );
});
