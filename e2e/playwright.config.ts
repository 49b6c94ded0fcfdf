import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4100);
const chromium =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) {
  throw new Error(
    'The browser tests need Chromium: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).',
  );
}

/** Journeys run against the real API and the built SPAs, on a fresh seeded database. */
export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // Allowances for a loaded CI machine (axe on a full page took over 10 s there), not targets.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'pnpm --filter @etj/api run start',
    url: `http://localhost:${PORT}/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      APP_MODE: 'test',
      ETJ_FRESH_DATABASE: '1',
      ETJ_DATA_DIR: process.env.ETJ_E2E_DATA_DIR ?? '/tmp/etj-e2e-postgres',
      ETJ_DB_PORT: process.env.ETJ_E2E_DB_PORT ?? '54339',
      LOG_LEVEL: 'warn',
    },
  },
});
