#!/usr/bin/env node
// CI tests against its own PostgreSQL (DATABASE_URL), so the embedded PostgreSQL that
// `npm start` gives every newcomer would otherwise never run there. This starts it once the
// way the API does without DATABASE_URL (same function, as root too), on a fresh data
// directory, applies the migrations, checks that it answers, and stops it.
//   node scripts/bootstrap.mjs embedded-check      (ETJ_DB_PORT: port, default 54398)
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../prisma/src/embedded.ts';
import { migrateDatabase } from '../prisma/src/migrate.ts';

// The database package's own driver (the scripts folder has no dependencies of its own).
const pg = createRequire(new URL('../prisma/package.json', import.meta.url))('pg');

const started = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'etj-embedded-check-'));
let server;
try {
  server = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.ETJ_DB_PORT ?? 54398),
  });
  const migrated = await migrateDatabase(server.databaseUrl);
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT current_setting('server_version_num')::int AS version, count(*)::int AS migrations FROM _prisma_migrations WHERE finished_at IS NOT NULL",
    );
    const [{ version, migrations }] = rows;
    if (version < 180000) throw new Error(`expected PostgreSQL 18, got ${version}`);
    if (migrations === 0) throw new Error('no migration was recorded');
    console.log(
      `embedded PostgreSQL ${version} answered with ${migrations} migrations ` +
        `(${migrated.applied.length} applied now) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await client.end();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
