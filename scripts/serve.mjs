#!/usr/bin/env node
// `npm start`: builds both SPAs, then runs the API, which starts its embedded PostgreSQL
// (unless DATABASE_URL is set), migrates, seeds the demo data once and serves everything.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@etj/citizen',
    '--filter=@etj/staff',
    '--output-logs=errors-only',
  ],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const api = spawn('pnpm', ['--filter', '@etj/api', 'run', 'start'], {
  stdio: 'inherit',
  env: { LOG_LEVEL: 'warn', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => api.kill(signal));
}
api.on('exit', (code) => process.exit(code ?? 0));
