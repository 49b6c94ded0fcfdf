// `prisma generate` without the native engines: generate never runs the schema engine, it only
// checks that PRISMA_SCHEMA_ENGINE_BINARY names an existing file, so point it at Node itself.
// Writes the client to prisma/generated/client (gitignored). `--if-present` (postinstall) only
// warns when the Prisma CLI is not installed, e.g. in a production-only install.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(packageDir, 'package.json'));

let cli: string;
try {
  cli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
} catch {
  if (process.argv.includes('--if-present')) {
    console.warn('@etj/db: prisma CLI not installed, skipping prisma generate');
    process.exit(0);
  }
  throw new Error('@etj/db: the prisma CLI is not installed (pnpm install)');
}

const result = spawnSync(process.execPath, [cli, 'generate', '--schema', 'schema.prisma'], {
  cwd: packageDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    PRISMA_GENERATE_NO_HINTS: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
