import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsDir, migrationsFingerprint, readMigrations } from './migrations.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

const serverUrl = process.env.DATABASE_URL ?? '';
const created: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(created.map((database) => database.drop()));
});

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function newDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  created.push(database);
  return database;
}

describe('createTestDatabase', () => {
  it('gives each caller its own migrated database', async () => {
    const a = await newDatabase();
    const started = Date.now();
    const b = await newDatabase();
    console.log(`test database created from the template in ${Date.now() - started} ms`);
    expect(a.databaseUrl).not.toBe(b.databaseUrl);

    await withClient(a.databaseUrl, (client) =>
      client.query(
        `INSERT INTO regions (id, code, name, hsa_id, created_at)
         VALUES (gen_random_uuid(), '01', 'Stockholm', 'SE-R-01', now())`,
      ),
    );
    const count = (url: string) =>
      withClient(url, async (client) => (await client.query('SELECT * FROM regions')).rowCount);
    expect(await count(a.databaseUrl)).toBe(1);
    expect(await count(b.databaseUrl)).toBe(0);

    const applied = await withClient(b.databaseUrl, async (client) =>
      (await client.query('SELECT migration_name FROM "_prisma_migrations"')).rows.map(
        (row: { migration_name: string }) => row.migration_name,
      ),
    );
    expect(applied.sort()).toEqual(readMigrations().map((m) => m.name));
  });

  it('drops the database, even with connections open, and only once', async () => {
    const database = await newDatabase();
    const open = new pg.Client({ connectionString: database.databaseUrl });
    open.on('error', () => undefined); // the server ends it
    await open.connect();
    await database.drop();
    await database.drop();
    await expect(
      withClient(database.databaseUrl, (client) => client.query('SELECT 1')),
    ).rejects.toThrow(/does not exist/);
    await open.end().catch(() => undefined);
  });

  it('serves many concurrent callers', async () => {
    const databases = await Promise.all(Array.from({ length: 6 }, () => newDatabase()));
    expect(new Set(databases.map((database) => database.databaseUrl)).size).toBe(6);
  });

  it('builds a template once when several processes ask for it at the same time', async () => {
    // A migration history of its own, so the template does not exist yet.
    const dir = mkdtempSync(join(tmpdir(), 'etj-migrations-'));
    cpSync(migrationsDir, dir, { recursive: true });
    mkdirSync(join(dir, '29990101000000_marker'));
    writeFileSync(
      join(dir, '29990101000000_marker', 'migration.sql'),
      `CREATE TABLE marker (run text); -- ${Math.random()}\n`,
    );
    const template = `etj_template_${migrationsFingerprint(readMigrations(dir))}`;
    const script = [
      `import { createTestDatabase } from ${JSON.stringify(join(import.meta.dirname, 'test-database.ts'))};`,
      `const db = await createTestDatabase({ migrationsDir: ${JSON.stringify(dir)} });`,
      `console.log(db.databaseUrl);`,
      `await db.drop();`,
    ].join('\n');
    try {
      const outputs = await Promise.all(
        [1, 2, 3].map(() =>
          promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
            env: { ...process.env, DATABASE_URL: serverUrl },
          }),
        ),
      );
      expect(new Set(outputs.map((output) => output.stdout.trim())).size).toBe(3);
      const templates = await withClient(
        serverUrl,
        async (client) =>
          (
            await client.query<{ datistemplate: boolean; datallowconn: boolean }>(
              'SELECT datistemplate, datallowconn FROM pg_database WHERE datname = $1',
              [template],
            )
          ).rows,
      );
      expect(templates).toEqual([{ datistemplate: true, datallowconn: false }]);
    } finally {
      await withClient(serverUrl, async (client) => {
        await client.query(`ALTER DATABASE "${template}" WITH IS_TEMPLATE false`).catch(() => {});
        await client.query(`DROP DATABASE IF EXISTS "${template}"`);
      });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
