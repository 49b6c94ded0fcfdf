// migrate-create and migrate-drift on copies of the migrations, run as the CLIs they are.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsDir, readMigrations, schemaPath } from '../src/migrations.ts';
import { diffMigrationsToSchema, isEmptyScript } from './lib/schema-engine.ts';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'etj-migrate-tools-'));
  temporary.push(dir);
  return dir;
}

/** A copy of the migrations, optionally without some of them. */
function migrationsCopy(keep: (name: string) => boolean = () => true): string {
  const dir = join(workDir(), 'migrations');
  cpSync(migrationsDir, dir, {
    recursive: true,
    filter: (source) => {
      const name = source.slice(migrationsDir.length + 1).split('/')[0] ?? '';
      return !/^\d{14}_/.test(name) || keep(name);
    },
  });
  return dir;
}

async function run(tool: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(import.meta.dirname, tool), ...args],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe('migrate-drift', () => {
  it('is clean for the committed migrations and schema.prisma', async () => {
    const started = Date.now();
    const result = await run('migrate-drift.ts', []);
    console.log(`migrate-drift took ${Date.now() - started} ms`);
    expect(result.output).toMatch(/No drift/);
    expect(result.code).toBe(0);
  });

  it('does not see the hand-written integrity rules (checks and triggers)', async () => {
    const diff = await diffMigrationsToSchema({
      schemaPath,
      migrationsDir: migrationsCopy((name) => !name.endsWith('_integrity')),
    });
    expect(diff.empty).toBe(true);
  });

  it('fails and prints the missing SQL when the migrations are missing', async () => {
    const result = await run('migrate-drift.ts', ['--migrations', migrationsCopy(() => false)]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Drift/);
    expect(result.output).toContain('CREATE TABLE "access_log"');
  });

  it('says which migration does not apply', async () => {
    const result = await run('migrate-drift.ts', [
      '--migrations',
      migrationsCopy((name) => !name.endsWith('_init')),
    ]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/_integrity fails on the shadow database: relation "access_log"/);
    expect(result.output.length).toBeLessThan(2000);
  });
});

describe('migrate-create', () => {
  it('writes the next migration from the schema change, after which there is no drift', async () => {
    const migrations = migrationsCopy();
    const schema = join(workDir(), 'schema.prisma');
    writeFileSync(
      schema,
      `${readFileSync(schemaPath, 'utf8')}\nmodel Extra {\n  id String @id @db.Uuid\n\n  @@map("extras")\n}\n`,
    );
    const before = readMigrations(migrations).map((m) => m.name);

    const started = Date.now();
    const created = await run('migrate-create.ts', [
      'add_extras',
      '--migrations',
      migrations,
      '--schema',
      schema,
    ]);
    console.log(`migrate-create took ${Date.now() - started} ms`);
    expect(created.code).toBe(0);

    const after = readMigrations(migrations);
    expect(after).toHaveLength(before.length + 1);
    const added = after.at(-1)!;
    expect(added.name).toMatch(/^\d{14}_add_extras$/);
    expect(added.name > before.at(-1)!).toBe(true);
    expect(added.sql).toContain('CREATE TABLE "extras"');
    expect(isEmptyScript(added.sql)).toBe(false);

    const drift = await run('migrate-drift.ts', ['--migrations', migrations, '--schema', schema]);
    expect(drift.code).toBe(0);
    // The original schema now lacks the table the migrations create.
    const back = await run('migrate-drift.ts', ['--migrations', migrations]);
    expect(back.code).toBe(1);
    expect(back.output).toContain('DROP TABLE "extras"');
  });

  it('creates nothing when nothing changed', async () => {
    const migrations = migrationsCopy();
    const result = await run('migrate-create.ts', ['nothing', '--migrations', migrations]);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/nothing to create/);
    expect(readdirSync(migrations).some((name) => name.endsWith('_nothing'))).toBe(false);
  });

  it('refuses a bad name', async () => {
    const result = await run('migrate-create.ts', ['Bad Name']);
    expect(result.code).toBe(2);
  });
});
