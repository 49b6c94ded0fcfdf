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

const OPS_TOKEN = 'ops-token-that-is-long-enough-to-be-accepted';

describe('production mode', () => {
  let h: Harness;

  beforeAll(async () => {
    // With the job runner on, as in a real process: its test door must still be absent.
    h = await startHarness(
      { mode: 'production', opsToken: OPS_TOKEN },
      { eid: realProvider, jobs: true },
    );
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

  it('shows notifications parked as failed to the operations token only, without their address', async () => {
    const { randomUUID } = await import('node:crypto');
    const at = h.clock.now();
    await h.prisma.notificationOutbox.create({
      data: {
        id: randomUUID(),
        personId: randomUUID(),
        channel: 'EMAIL',
        address: 'parked@example.com',
        templateKey: 'NEW_MESSAGE',
        locale: 'sv',
        status: 'FAILED',
        attempts: 5,
        lastError: 'SMTP_550',
        nextAttemptAt: at,
        createdAt: at,
      },
    });
    const url = `${h.baseUrl}/api/ops/notifications/failed`;
    expect((await fetch(url)).status).toBe(401);
    const wrong = await fetch(url, { headers: { authorization: `Bearer ${OPS_TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(url, { headers: { authorization: `Bearer ${OPS_TOKEN}` } });
    expect(right.status).toBe(200);
    const text = await right.text();
    expect(text).not.toContain('parked@example.com');
    const body = JSON.parse(text) as { count: number; rows: { lastError: string }[] };
    expect(body.count).toBe(1);
    expect(body.rows.map((r) => r.lastError)).toEqual(['SMTP_550']);
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
