// Starts the real API on a fresh PostgreSQL database for one test file, and drives it over HTTP
// the way a browser does: cookies, redirects and the local test identity provider.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createTestDatabase, type PrismaClient, type TestDatabase } from '@etj/db';
import { TERMS_VERSIONS } from '@etj/domain';
import { createApp } from '../src/app.ts';
import { AdjustableClock } from '../src/common/clock.ts';
import { createLogger } from '../src/common/logger.ts';
import { SESSION_COOKIE } from '../src/identity/session.cookies.ts';
import type { AppConfig } from '../src/config.ts';
import type { EIdentificationProvider } from '../src/adapters/e-identification/e-identification.ts';
import { startAppJobs } from '../src/jobs/app-jobs.ts';
import { StatisticsRollupRepository } from '../src/statistics/statistics-rollup.repository.ts';
import { ProxyLifecycleRepository } from '../src/proxy-lifecycle/proxy-lifecycle.repository.ts';
import { RetentionRepository } from '../src/retention/retention.repository.ts';
import type { JobRunner } from '../src/common/job-runner.ts';
import { withJobDoor } from '../src/test-support/job.routes.ts';
import { createNotificationDelivery } from '../src/notifications/notification-delivery.ts';
import { createServiceStatusMails } from '../src/service-status/service-status.mail.ts';
import { withNotificationDevPages } from '../src/notifications/notification-dev.routes.ts';
import { withNotificationOps } from '../src/notifications/notification-ops.routes.ts';
import type { NotificationSenderService } from '../src/notifications/notification-sender.service.ts';
import type { SmtpCatcher } from '../src/notifications/smtp-catcher.ts';
import { assertNoLeaks, forbiddenStrings, type OutgoingText } from './notification-leak-check.ts';
import { createCountingPrismaClient, StatementCounter } from './statement-counter.ts';

export type Harness = {
  baseUrl: string;
  /** This harness's own database (for a second client or job runner in a test). */
  databaseUrl: string;
  prisma: PrismaClient;
  clock: AdjustableClock;
  /** Counts the SQL statements the API's Prisma client sends (see statement-counter.ts). */
  statements: StatementCounter;
  /** The background jobs on pg-boss, only when asked for (`startHarness(_, { jobs: true })`). */
  jobs?: JobRunner;
  /** This harness's own real SMTP catcher, which the sender delivers e-mail to. */
  mail: SmtpCatcher;
  /** The notification sender (nodemailer to `mail`, SMS to the local gateway's table). */
  notifications: NotificationSenderService;
  /**
   * Delivers what is still queued, checks every e-mail and SMS this harness produced for
   * content (notification-leak-check.ts; throws on a leak), then stops and drops the database.
   */
  close(): Promise<void>;
};

/** The server secret of every harness (unless overridden): tests derive link tokens from it. */
export const HARNESS_JWT_SECRET = 'integration-test-secret-that-is-long-enough';

export async function startHarness(
  overrides: Partial<AppConfig> = {},
  deps: {
    eid?: EIdentificationProvider;
    jobs?: boolean;
    /** Join this harness's database (a second API instance); only its owner drops it. */
    sameDatabaseAs?: Harness;
    /** The API's logger (a test that reads what the API logs); default: TEST_LOG_LEVEL or silent. */
    logger?: Logger;
  } = {},
): Promise<Harness> {
  const shared = deps.sameDatabaseAs?.databaseUrl;
  const database: TestDatabase = shared
    ? { databaseUrl: shared, drop: () => Promise.resolve() }
    : await createTestDatabase();
  const statements = new StatementCounter();
  const prisma = createCountingPrismaClient(database.databaseUrl, statements, {
    maxConnections: 4,
  });
  const clock = new AdjustableClock();
  clock.freeze(new Date('2026-11-25T09:00:00Z'));
  const config: AppConfig = {
    mode: 'test',
    port: 0,
    publicOrigin: 'http://localhost',
    databaseUrl: database.databaseUrl,
    jwtSecret: HARNESS_JWT_SECRET,
    ...overrides,
  };
  const logger = deps.logger ?? createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await createApp({ config, prisma, clock, logger, eid: deps.eid });
  // Every harness has its own catcher and sender (the local SMS gateway), whatever the mode.
  const notifications = await createNotificationDelivery({
    config: { ...config, smtpUrl: undefined, smsGateway: undefined },
    prisma,
    clock,
    logger,
    catcherKeep: 100_000,
    contentMails: createServiceStatusMails(prisma, config),
  });
  const catcher = notifications.catcher;
  if (!catcher) throw new Error('the harness needs its SMTP catcher');
  // pg-boss only for tests that ask for it; no schedules, jobs run through runNow / the door.
  const jobs = deps.jobs
    ? await startAppJobs(
        {
          proxyLifecycle: new ProxyLifecycleRepository(prisma),
          notificationSender: notifications.sender,
          retention: new RetentionRepository(prisma),
          statistics: new StatisticsRollupRepository(prisma),
          clock,
          logger,
        },
        {
          databaseUrl: database.databaseUrl,
          logger,
          schedules: false,
          pollingIntervalSeconds: 0.5,
        },
      )
    : undefined;
  const web = withNotificationOps(
    withNotificationDevPages(
      withJobDoor(app.express, { production: config.mode === 'production', runner: jobs }),
      { production: config.mode === 'production', sources: notifications.devSources },
    ),
    { opsToken: config.opsToken, outbox: notifications.devSources.outbox },
  );
  const server: Server = await new Promise((resolve) => {
    const s = web.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    databaseUrl: database.databaseUrl,
    prisma,
    clock,
    statements,
    jobs,
    mail: catcher,
    notifications: notifications.sender,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await jobs?.stop();
      try {
        await checkNotificationsForContent(prisma, catcher, notifications.sender, config);
      } finally {
        await notifications.close();
        await app.stop();
        await prisma.$disconnect();
        await database.drop();
      }
    },
  };
}

/**
 * The suite-wide leak check, run by every harness on close: whatever is still queued is
 * delivered through the real sender (due or not), then every mail the catcher holds and every
 * SMS the local gateway recorded is checked against the database's names, identity numbers,
 * clinics, case types, references, message texts and notes.
 */
async function checkNotificationsForContent(
  prisma: PrismaClient,
  catcher: SmtpCatcher,
  sender: NotificationSenderService,
  config: AppConfig,
): Promise<void> {
  catcher.failNext(0);
  await sender.drain({ dueBy: new Date('9999-12-31T00:00:00Z') });
  const sms = await prisma.localSmsMessage.findMany({ select: { id: true, text: true } });
  const outgoing: OutgoingText[] = [
    ...catcher.mails().map((m, i) => ({
      kind: 'mail' as const,
      id: m.messageId ?? `#${i}`,
      texts: [m.subject, m.text, m.html ?? ''],
    })),
    ...sms.map((s) => ({ kind: 'sms' as const, id: s.id, texts: [s.text] })),
  ];
  assertNoLeaks(outgoing, await forbiddenStrings(prisma), config.publicOrigin);
}

/** A browser-like client for one SPA surface: keeps cookies, follows the login dance. */
export class Browser {
  constructor(
    private readonly baseUrl: string,
    readonly surface: 'citizen' | 'staff',
    private readonly cookies = new Map<string, string>(),
  ) {}

  /** The same browser (same cookie jar) talking to the other SPA's endpoints. */
  withSurface(surface: 'citizen' | 'staff'): Browser {
    return new Browser(this.baseUrl, surface, this.cookies);
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Starts a login; answers the API's first response (a redirect to the identity provider). */
  startLogin(query = `returnTo=/${this.surface}/&lang=sv`): Promise<Response> {
    return this.request(`/api/${this.surface}/auth/login?${query}`);
  }

  /** Answers the test identity provider's page; returns the callback path it redirects to. */
  async answerIdp(loginResponse: Response, fields: Record<string, string>): Promise<string> {
    const idpUrl = new URL(loginResponse.headers.get('location') ?? '', this.baseUrl);
    const posted = await this.request(idpUrl.pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        ...Object.fromEntries(idpUrl.searchParams),
        ...fields,
      }).toString(),
    });
    return posted.headers.get('location') ?? '';
  }

  /**
   * Logs in through the test identity provider and, when a session began, accepts the current
   * terms as the SPA's first page asks (the API refuses nearly everything before); returns
   * where the API finally redirected.
   */
  async login(subject: string): Promise<string> {
    const { location, signedIn } = await this.signIn(subject);
    if (signedIn) await this.acceptTerms();
    return location;
  }

  /** Logs in and leaves the current terms unaccepted: for tests of the terms themselves. */
  async loginWithoutAcceptingTerms(subject: string): Promise<string> {
    return (await this.signIn(subject)).location;
  }

  /** Accepts the surface's current terms for whoever is logged in; throws if refused. */
  async acceptTerms(): Promise<void> {
    const [mutation, version] =
      this.surface === 'citizen'
        ? ['acceptCitizenTerms', TERMS_VERSIONS.CITIZEN]
        : ['acceptStaffTerms', TERMS_VERSIONS.STAFF];
    const result = await this.graphql(`mutation($v: String!) { ${mutation}(version: $v) { id } }`, {
      v: version,
    });
    if (result.errors) throw new Error(`accepting the terms: ${JSON.stringify(result.errors)}`);
  }

  private async signIn(subject: string): Promise<{ location: string; signedIn: boolean }> {
    const callback = await this.answerIdp(await this.startLogin(), { subject });
    const done = await this.request(callback);
    const cookie = `${SESSION_COOKIE[this.surface]}=`;
    return {
      location: done.headers.get('location') ?? '',
      signedIn: done.headers.getSetCookie().some((line) => line.startsWith(cookie)),
    };
  }

  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller states the shape it expects
  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }> {
    const response = await this.request(`/api/${this.surface}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: T | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
  }

  async logout(): Promise<Response> {
    return this.request(`/api/${this.surface}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'lang=sv',
    });
  }
}
