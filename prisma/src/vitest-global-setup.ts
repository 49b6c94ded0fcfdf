// vitest `globalSetup` for integration tests: without DATABASE_URL, starts one embedded
// PostgreSQL for the whole run (in a temporary directory) and points DATABASE_URL at it, so
// every worker's createTestDatabase() shares it instead of starting its own.
//   test: { globalSetup: ['@etj/db/vitest-global-setup'] }
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.ts';
import { freePort, THROWAWAY_SETTINGS } from './test-database.ts';

let server: EmbeddedPostgres | undefined;
let dataDir: string | undefined;

export async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  dataDir = mkdtempSync(join(tmpdir(), 'etj-test-pg-'));
  const started = Date.now();
  server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    settings: THROWAWAY_SETTINGS,
  });
  process.env.DATABASE_URL = server.databaseUrl;
  console.log(`embedded PostgreSQL for the tests started in ${Date.now() - started} ms`);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
