// Prisma's schema engine as WebAssembly (@prisma/schema-engine-wasm), driven through the PGlite
// driver adapter: the native engine `prisma migrate` needs cannot be downloaded here, and the
// engine's diff against a live server through adapter-pg fails, so every diff runs against an
// in-memory PGlite "shadow" database that has exactly the migrations applied.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { readMigrations, type MigrationFile } from '../../src/migrations.ts';

interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports: Record<string, object>,
  ) => { exports: Record<string, unknown> };
}

let loaded = false;

/** Instantiates the engine's WebAssembly once per process. */
function loadEngine(): typeof engineModule {
  if (loaded) return engineModule;
  // The engine reports a Rust panic here before throwing; without it the message is lost.
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      console.error(`schema engine panic: ${message}`);
    },
  };
  const require = createRequire(import.meta.url);
  const wasmFile = require
    .resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    .replace(/\.js$/, '.wasm');
  const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WasmApi };
  const instance = new wasm.Instance(new wasm.Module(readFileSync(wasmFile)), {
    './schema_engine_bg.js': engineModule,
  });
  engineModule.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  loaded = true;
  return engineModule;
}

export interface SchemaDiff {
  /** The SQL that takes a database with every migration applied to schema.prisma. */
  sql: string;
  /** True when the migrations already produce exactly schema.prisma's tables. */
  empty: boolean;
  /** The migrations that were applied to the shadow database. */
  migrations: MigrationFile[];
  /**
   * Indexes the migrations create that Prisma cannot describe (an expression or a predicate),
   * by name, as PostgreSQL states them: the schema engine neither sees nor diffs them.
   */
  handWrittenIndexes: Record<string, string>;
}

/** Diffs "all migrations applied" against schema.prisma on a fresh in-memory PGlite. */
export async function diffMigrationsToSchema(options: {
  schemaPath: string;
  migrationsDir: string;
}): Promise<SchemaDiff> {
  const engineApi = loadEngine();
  const migrations = readMigrations(options.migrationsDir);
  const schema = readFileSync(options.schemaPath, 'utf8');
  const files = [{ path: options.schemaPath, content: schema }];

  const shadow = await emptyShadowDatabase();
  try {
    for (const migration of migrations) {
      try {
        await shadow.exec(migration.sql);
      } catch (error) {
        throw new Error(
          `migration ${migration.name} fails on the shadow database: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    const engine = await engineApi.SchemaEngine.new(
      { datamodels: [[options.schemaPath, schema]] },
      () => undefined,
      bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(shadow)),
    );
    try {
      const result = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: dirname(options.schemaPath) },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      });
      const sql = result.stdout ?? '';
      const indexes = await shadow.query<{ name: string; definition: string }>(
        `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
           FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = current_schema()
            AND (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL)`,
      );
      const handWrittenIndexes = Object.fromEntries(
        indexes.rows.map((row) => [row.name, row.definition]),
      );
      return { sql, empty: isEmptyScript(sql), migrations, handWrittenIndexes };
    } finally {
      engine.free();
    }
  } finally {
    await shadow.close();
  }
}

/**
 * Runs Prisma's own `migrate deploy` logic (the engine's applyMigrations) against a PostgreSQL
 * server through adapter-pg, with the given migrations (default: all). Used to prove that our
 * runner and Prisma's read each other's `_prisma_migrations`. Note adapter-pg splits a file on
 * every `;`, so migrations with function bodies cannot be applied this way.
 */
export async function prismaApplyMigrations(
  databaseUrl: string,
  options: { migrationsDir: string; only?: readonly string[] },
): Promise<string[]> {
  const engineApi = loadEngine();
  const migrations = readMigrations(options.migrationsDir).filter(
    (migration) => !options.only || options.only.includes(migration.name),
  );
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const engine = await engineApi.SchemaEngine.new(
      { datamodels: undefined },
      () => undefined,
      bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool)),
    );
    try {
      const lockPath = join(options.migrationsDir, 'migration_lock.toml');
      const output = await engine.applyMigrations({
        migrationsList: {
          baseDir: options.migrationsDir,
          lockfile: {
            path: 'migration_lock.toml',
            content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
          },
          shadowDbInitScript: '',
          migrationDirectories: migrations.map((migration) => ({
            path: migration.name,
            migrationFile: {
              path: 'migration.sql',
              content: { tag: 'ok' as const, value: migration.sql },
            },
          })),
        },
        filters: { externalTables: [], externalEnums: [] },
      });
      return output.appliedMigrationNames;
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

/**
 * A fresh in-memory PGlite. Its initdb runs inside WebAssembly and takes seconds, so the
 * freshly initialised data directory is cached (node_modules/.cache, keyed by the PGlite build)
 * and loaded from there next time, in well under a second.
 */
async function emptyShadowDatabase(): Promise<PGlite> {
  const packageDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  const build = createHash('sha256')
    .update(realpathSync(fileURLToPath(import.meta.resolve('@electric-sql/pglite'))))
    .digest('hex')
    .slice(0, 12);
  const cacheFile = join(packageDir, 'node_modules', '.cache', 'etj-db', `pglite-${build}.tar`);
  if (existsSync(cacheFile)) {
    try {
      const cached = new PGlite({ loadDataDir: new Blob([readFileSync(cacheFile)]) });
      await cached.waitReady;
      return cached;
    } catch {
      // A damaged cache: initialise from scratch and write it again.
    }
  }
  const shadow = new PGlite();
  await shadow.waitReady;
  try {
    const dump = await shadow.dumpDataDir('none');
    mkdirSync(dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, cacheFile);
  } catch (error) {
    console.warn(`could not cache the PGlite data directory: ${(error as Error).message}`);
  }
  return shadow;
}

/** True for a script of only comments and whitespace ("-- This is an empty migration."). */
export function isEmptyScript(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}
