// A plain migration runner: each migration.sql runs whole (one simple-protocol query, so function
// and trigger bodies with `;` inside work) in its own transaction, and is recorded in
// `_prisma_migrations` exactly as `prisma migrate deploy` records it, so either tool can take
// over from the other. An advisory lock (the one Prisma's schema engine takes) serialises
// concurrent runners: the second waits, then finds nothing left to do.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  checksumMatches,
  migrationsDir,
  readMigrations,
  type MigrationFile,
} from './migrations.ts';

/** The advisory lock key of Prisma's schema engine, so we also exclude `prisma migrate`. */
const MIGRATION_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateOptions {
  /** Directory holding `<timestamp>_<name>/migration.sql`; defaults to prisma/migrations. */
  migrationsDir?: string;
  /** Called with one line per applied migration. */
  log?: (line: string) => void;
}

export interface MigrateResult {
  /** Migrations applied by this call, in order. */
  applied: string[];
  /** Migrations that were already applied before this call. */
  alreadyApplied: string[];
  /** Migrations recorded in the database that do not exist locally (e.g. a newer release's). */
  unknown: string[];
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Applies every pending migration to the database at `databaseUrl` and returns what it did.
 * Refuses (throws MigrationError, changing nothing) when an applied migration's file has
 * changed since, or when a migration is recorded as failed and not rolled back.
 */
export async function migrateDatabase(
  databaseUrl: string,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const migrations = readMigrations(options.migrationsDir ?? migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await migrateLocked(client, migrations, options.log);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function migrateLocked(
  client: pg.Client,
  migrations: MigrationFile[],
  log: ((line: string) => void) | undefined,
): Promise<MigrateResult> {
  await client.query(CREATE_MIGRATIONS_TABLE);
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );

  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) {
    throw new MigrationError(
      `Migration ${failed.map((row) => row.migration_name).join(', ')} is recorded as failed in ` +
        '_prisma_migrations. Fix the database by hand, then mark it rolled back or applied ' +
        '(prisma migrate resolve) before migrating again.',
    );
  }

  const applied = new Map<string, AppliedRow>();
  for (const row of rows) {
    if (row.finished_at !== null && row.rolled_back_at === null) {
      applied.set(row.migration_name, row);
    }
  }

  const changed = migrations.filter((migration) => {
    const row = applied.get(migration.name);
    return row !== undefined && !checksumMatches(migration.sql, row.checksum);
  });
  if (changed.length > 0) {
    throw new MigrationError(
      `Applied migration${changed.length > 1 ? 's' : ''} ${changed.map((m) => m.name).join(', ')} ` +
        'changed after being applied (checksum mismatch). Never edit an applied migration: ' +
        'restore the file and add a new migration instead.',
    );
  }

  const local = new Set(migrations.map((migration) => migration.name));
  const result: MigrateResult = {
    applied: [],
    alreadyApplied: migrations.filter((m) => applied.has(m.name)).map((m) => m.name),
    unknown: [...applied.keys()].filter((name) => !local.has(name)),
  };

  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    const started = Date.now();
    await client.query('BEGIN');
    try {
      await client.query(migration.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations"
           (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at,
            applied_steps_count)
         VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new MigrationError(
        `Migration ${migration.name} failed and was rolled back: ${describe(error, migration.sql)}`,
        { cause: error },
      );
    }
    result.applied.push(migration.name);
    log?.(`applied ${migration.name} (${Date.now() - started} ms)`);
  }
  return result;
}

/** The PostgreSQL error with the line of the migration it points at, when it says. */
function describe(error: unknown, sql: string): string {
  if (!(error instanceof Error)) return String(error);
  const position = Number((error as { position?: string }).position);
  if (!Number.isInteger(position) || position <= 0) return error.message;
  const line = sql.slice(0, position - 1).split('\n').length;
  return `${error.message} (migration.sql line ${line})`;
}
