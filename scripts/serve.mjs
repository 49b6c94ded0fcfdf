#!/usr/bin/env node
// `npm start`: builds both SPAs, then runs the API, which starts its embedded PostgreSQL
// (unless DATABASE_URL is set), migrates, seeds the demo data once and serves everything.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Before the build, not a minute later: as root the embedded PostgreSQL runs as user `postgres`,
// which must be able to reach the project's folder (see prisma/src/embedded-access.ts).
if (!process.env.DATABASE_URL) {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const { embeddedPostgresAccessProblem } = await import('../prisma/src/embedded-access.ts');
  const problem = embeddedPostgresAccessProblem([
    root,
    process.env.ETJ_DATA_DIR ?? join(root, '.data', 'postgres'),
  ]);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

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
