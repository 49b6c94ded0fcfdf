// The migration files: prisma/migrations/<timestamp>_<name>/migration.sql, applied in name order,
// with the checksum `prisma migrate deploy` records for them (sha256 of the file, lowercase hex).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** prisma/migrations of this package. */
export const migrationsDir: string = join(
  dirname(dirname(fileURLToPath(import.meta.url))),
  'migrations',
);

/** prisma/schema.prisma of this package. */
export const schemaPath: string = join(
  dirname(dirname(fileURLToPath(import.meta.url))),
  'schema.prisma',
);

export interface MigrationFile {
  /** Directory name, e.g. `20260101120000_init`; the `migration_name` Prisma records. */
  name: string;
  /** The whole migration.sql. */
  sql: string;
  /** sha256 of migration.sql in lowercase hex, as Prisma computes it. */
  checksum: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Whether `sql` is the script that was recorded with `checksum`. Like Prisma, tolerates the
 * file having been checked out with the other line endings.
 */
export function checksumMatches(sql: string, checksum: string): boolean {
  const wanted = checksum.toLowerCase();
  return [sql, sql.replaceAll('\r\n', '\n'), sql.replaceAll(/\r?\n/g, '\r\n')].some(
    (variant) => sha256Hex(variant) === wanted,
  );
}

/** Reads every migration in `dir` in the order they are applied (by directory name). */
export function readMigrations(dir: string = migrationsDir): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = join(dir, name, 'migration.sql');
      if (!existsSync(file)) {
        throw new Error(`Migration directory ${name} has no migration.sql (${file})`);
      }
      const sql = readFileSync(file, 'utf8');
      return { name, sql, checksum: sha256Hex(sql) };
    });
}

/** A short fingerprint of the whole migration history (names and contents). */
export function migrationsFingerprint(migrations: readonly MigrationFile[]): string {
  const hash = createHash('sha256');
  for (const migration of migrations) hash.update(`${migration.name}\0${migration.checksum}\n`);
  return hash.digest('hex').slice(0, 16);
}
