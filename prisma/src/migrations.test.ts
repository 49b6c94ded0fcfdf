import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checksumMatches, migrationsFingerprint, readMigrations, sha256Hex } from './migrations.ts';

const dirs: string[] = [];
function migrationsFixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'etj-migrations-'));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readMigrations', () => {
  it('reads migrations in name order with the sha256 of each file', () => {
    const dir = migrationsFixture({
      '20260102000000_second': 'SELECT 2;\n',
      '20260101000000_first': 'SELECT 1;\n',
    });
    const migrations = readMigrations(dir);
    expect(migrations.map((m) => m.name)).toEqual([
      '20260101000000_first',
      '20260102000000_second',
    ]);
    expect(migrations[0]!.checksum).toBe(
      // sha256("SELECT 1;\n")
      sha256Hex('SELECT 1;\n'),
    );
    expect(migrations[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a migration directory without migration.sql', () => {
    const dir = migrationsFixture({});
    mkdirSync(join(dir, '20260101000000_empty'));
    expect(() => readMigrations(dir)).toThrow(/has no migration\.sql/);
  });

  it('is empty when the directory does not exist', () => {
    expect(readMigrations(join(tmpdir(), 'etj-no-such-dir'))).toEqual([]);
  });

  it("includes this package's init and integrity migrations", () => {
    const names = readMigrations().map((m) => m.name);
    expect(names.some((name) => name.endsWith('_init'))).toBe(true);
    expect(names.some((name) => name.endsWith('_integrity'))).toBe(true);
  });
});

describe('checksumMatches', () => {
  it('matches the same script with either line ending, like Prisma', () => {
    const unix = 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n';
    const windows = unix.replaceAll('\n', '\r\n');
    expect(checksumMatches(unix, sha256Hex(unix))).toBe(true);
    expect(checksumMatches(windows, sha256Hex(unix))).toBe(true);
    expect(checksumMatches(unix, sha256Hex(windows))).toBe(true);
  });

  it('does not match a changed script', () => {
    expect(checksumMatches('SELECT 1;', sha256Hex('SELECT 2;'))).toBe(false);
  });
});

describe('migrationsFingerprint', () => {
  it('changes when a migration changes', () => {
    const a = readMigrations(migrationsFixture({ '20260101000000_a': 'SELECT 1;' }));
    const b = readMigrations(migrationsFixture({ '20260101000000_a': 'SELECT 2;' }));
    expect(migrationsFingerprint(a)).not.toBe(migrationsFingerprint(b));
    expect(migrationsFingerprint(a)).toBe(migrationsFingerprint([...a]));
  });
});
