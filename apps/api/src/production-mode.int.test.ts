import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test/harness.ts';
import { createApp } from './app.ts';
import { AdjustableClock } from './common/clock.ts';
import { createLogger } from './common/logger.ts';
import type { EIdentificationProvider } from './adapters/e-identification/e-identification.ts';

const realProvider: EIdentificationProvider = {
  authorizationUrl: ({ state }) => `https://idp.example/authorize?state=${state}`,
  exchangeCode: () => Promise.reject(new Error('not used here')),
};

describe('production mode', () => {
  let h: Harness;

  beforeAll(async () => {
    // With the job runner on, as in a real process: its test door must still be absent.
    h = await startHarness({ mode: 'production' }, { eid: realProvider, jobs: true });
  });

  afterAll(async () => {
    await h.close();
  });

  it('has no test identity provider', async () => {
    const response = await fetch(
      `${h.baseUrl}/test-idp/citizen?state=a&nonce=b&redirect_uri=/api/citizen/auth/callback`,
    );
    expect(response.status).toBe(404);
    const post = await fetch(`${h.baseUrl}/test-idp/citizen`, {
      method: 'POST',
      body: 'subject=190101012384',
    });
    expect(post.status).toBe(404);
  });

  it('has no clock door', async () => {
    const response = await fetch(`${h.baseUrl}/api/test/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 3_600_000 }),
    });
    expect(response.status).toBe(404);
    expect((await fetch(`${h.baseUrl}/api/test/clock`)).status).toBe(404);
  });

  it('has no door to run background jobs', async () => {
    const response = await fetch(`${h.baseUrl}/api/test/jobs/proxy-lifecycle/run`, {
      method: 'POST',
    });
    expect(response.status).toBe(404);
  });

  it('has no notification development page and no caught-mail door', async () => {
    expect((await fetch(`${h.baseUrl}/dev/notifications`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/dev/notifications?lang=en`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/api/test/notifications`)).status).toBe(404);
  });

  it('sends logins to the configured real provider', async () => {
    const response = await fetch(`${h.baseUrl}/api/citizen/auth/login`, { redirect: 'manual' });
    expect(response.headers.get('location')).toMatch(/^https:\/\/idp\.example\/authorize\?state=/);
  });

  it('refuses to start without a real e-identification provider', async () => {
    await expect(
      createApp({
        config: {
          mode: 'production',
          port: 0,
          publicOrigin: 'https://e.example',
          databaseUrl: 'postgresql://x',
          jwtSecret: 'x'.repeat(40),
        },
        prisma: h.prisma,
        clock: new AdjustableClock(),
        logger: createLogger({ level: 'silent' }),
      }),
    ).rejects.toThrow(/real e-identification provider/);
  });
});
