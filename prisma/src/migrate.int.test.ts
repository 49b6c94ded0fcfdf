// The migration runner against a real server: DATABASE_URL (PostgreSQL 15 in CI) or, without
// it, the embedded PostgreSQL 18 the global setup starts. One test always runs on a separately
// started embedded 18, so both versions are covered wherever DATABASE_URL is set.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { prismaApplyMigrations } from '../tools/lib/schema-engine.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { migrateDatabase, MigrationError } from './migrate.ts';
import { migrationsDir, readMigrations } from './migrations.ts';
import { databaseUrlFor, freePort } from './test-database.ts';

const serverUrl = process.env.DATABASE_URL ?? '';
const allMigrations = readMigrations().map((m) => m.name);
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A new, empty database (not from the template: these tests migrate it themselves). */
async function emptyDatabase(server = serverUrl): Promise<string> {
  const name = `etj_test_${Date.now().toString(36)}_m${Math.random().toString(36).slice(2, 10)}`;
  await query(server, `CREATE DATABASE "${name}"`);
  cleanups.push(async () => {
    await query(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  return databaseUrlFor(server, name);
}

/** A copy of the migrations directory that a test may change. */
function migrationsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'etj-migrations-'));
  cpSync(migrationsDir, dir, { recursive: true });
  cleanups.push(() => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  });
  return dir;
}

async function tables(url: string): Promise<string[]> {
  const rows = await query<{ tablename: string }>(
    url,
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  return rows.map((row) => row.tablename);
}

describe('migrateDatabase', () => {
  it('applies every migration to an empty database and records them as Prisma does', async () => {
    const url = await emptyDatabase();
    const [{ server_version: version } = { server_version: '?' }] = await query<{
      server_version: string;
    }>(url, 'SHOW server_version');
    console.log(`migrating on PostgreSQL ${version}`);

    const result = await migrateDatabase(url);
    expect(result).toEqual({ applied: allMigrations, alreadyApplied: [], unknown: [] });
    expect(await tables(url)).toEqual(
      expect.arrayContaining(['_prisma_migrations', 'access_log', 'cases', 'staff_assignments']),
    );
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((row) => row.migration_name)).toEqual(allMigrations);
    for (const [index, migration] of readMigrations().entries()) {
      expect(rows[index]?.checksum).toBe(migration.checksum);
      expect(rows[index]?.finished_at).toBeInstanceOf(Date);
      expect(rows[index]?.applied_steps_count).toBe(1);
    }
  });

  it('does nothing the second time', async () => {
    const url = await emptyDatabase();
    await migrateDatabase(url);
    const before = await query(url, 'SELECT * FROM "_prisma_migrations" ORDER BY id');
    const again = await migrateDatabase(url);
    expect(again).toEqual({ applied: [], alreadyApplied: allMigrations, unknown: [] });
    expect(await query(url, 'SELECT * FROM "_prisma_migrations" ORDER BY id')).toEqual(before);
  });

  it('applies each migration once when several processes migrate at the same time', async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([1, 2, 3, 4].map(() => migrateDatabase(url)));
    expect(results.flatMap((result) => result.applied).sort()).toEqual(allMigrations);
    const rows = await query(url, 'SELECT migration_name FROM "_prisma_migrations"');
    expect(rows).toHaveLength(allMigrations.length);
  });

  it('refuses to run when an applied migration was changed', async () => {
    const url = await emptyDatabase();
    const dir = migrationsCopy();
    await migrateDatabase(url, { migrationsDir: dir });
    const [first] = readMigrations(dir);
    writeFileSync(join(dir, first!.name, 'migration.sql'), `${first!.sql}\n-- edited\n`);
    mkdirSync(join(dir, '29990101000000_later'));
    writeFileSync(
      join(dir, '29990101000000_later', 'migration.sql'),
      'CREATE TABLE later (id int);',
    );

    await expect(migrateDatabase(url, { migrationsDir: dir })).rejects.toThrow(
      new RegExp(`${first!.name} changed after being applied`),
    );
    expect(await tables(url)).not.toContain('later');
  });

  it('rolls a failing migration back whole and records nothing for it', async () => {
    const url = await emptyDatabase();
    const dir = migrationsCopy();
    mkdirSync(join(dir, '29990101000000_broken'));
    writeFileSync(
      join(dir, '29990101000000_broken', 'migration.sql'),
      'CREATE TABLE half_done (id int);\nSELECT no_such_function();\n',
    );
    const failure = migrateDatabase(url, { migrationsDir: dir });
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toThrow(/29990101000000_broken failed.*no_such_function.*line 2/);
    expect(await tables(url)).not.toContain('half_done');
    const rows = await query<{ migration_name: string }>(
      url,
      'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(allMigrations);
  });

  it('refuses to run over a migration recorded as failed', async () => {
    const url = await emptyDatabase();
    await migrateDatabase(url);
    await query(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at)
       VALUES ('00000000-0000-0000-0000-000000000001', 'x', '29990101000000_failed', now())`,
    );
    await expect(migrateDatabase(url)).rejects.toThrow(
      /29990101000000_failed is recorded as failed/,
    );
  });

  it("agrees with Prisma's own migrate deploy about _prisma_migrations, both ways", async () => {
    // Ours first: Prisma's engine finds nothing left to apply.
    const ours = await emptyDatabase();
    await migrateDatabase(ours);
    expect(await prismaApplyMigrations(ours, { migrationsDir })).toEqual([]);

    // Prisma first (only the init: adapter-pg cannot apply function bodies): ours continues.
    const theirs = await emptyDatabase();
    const init = allMigrations.filter((name) => name.endsWith('_init'));
    expect(await prismaApplyMigrations(theirs, { migrationsDir, only: init })).toEqual(init);
    const result = await migrateDatabase(theirs);
    expect(result.alreadyApplied).toEqual(init);
    expect(result.applied).toEqual(allMigrations.filter((name) => !init.includes(name)));
    expect(await prismaApplyMigrations(theirs, { migrationsDir })).toEqual([]);
  });
});

describe('on embedded PostgreSQL 18', () => {
  it('starts, migrates, and keeps its data across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'etj-embedded-'));
    cleanups.push(() => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    });
    const port = await freePort();

    let started = Date.now();
    const first = await startEmbeddedPostgres({ dataDir, port, database: 'etj' });
    const initialiseAndStart = Date.now() - started;
    try {
      const [{ server_version_num: version } = { server_version_num: '0' }] = await query<{
        server_version_num: string;
      }>(first.databaseUrl, 'SHOW server_version_num');
      expect(Number(version)).toBeGreaterThanOrEqual(180000);
      expect(first.databaseUrl).toBe(`postgresql://postgres:postgres@127.0.0.1:${port}/etj`);
      expect((await migrateDatabase(first.databaseUrl)).applied).toEqual(allMigrations);
      expect((await migrateDatabase(first.databaseUrl)).applied).toEqual([]);
    } finally {
      await first.stop();
    }

    started = Date.now();
    const second = await startEmbeddedPostgres({ dataDir, port, database: 'etj' });
    const restart = Date.now() - started;
    try {
      expect(await tables(second.databaseUrl)).toContain('access_log');
      expect((await migrateDatabase(second.databaseUrl)).applied).toEqual([]);
    } finally {
      await second.stop();
    }
    console.log(
      `embedded PostgreSQL: initialise + start ${initialiseAndStart} ms, restart ${restart} ms`,
    );
  });

  it('reports why the server did not start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'etj-embedded-'));
    cleanups.push(() => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    });
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir, port });
    try {
      // Same port again: the second server cannot bind it.
      await expect(
        startEmbeddedPostgres({ dataDir: join(dataDir, 'second'), port }),
      ).rejects.toThrow(/did not start.*port/s);
    } finally {
      await server.stop();
    }
  });
});
