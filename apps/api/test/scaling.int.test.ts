// The API keeps nothing that matters in process memory, so any number of
// processes can serve one database behind a load balancer. Two API instances (two apps, two
// pools, two clocks) share one database here, and a browser's requests go to either: a login
// started on one finishes on the other, a session made on one is used, kept alive and ended
// on the other, and the job runner's one-at-a-time rule holds across both.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../src/common/job-runner.ts';
import { createLogger } from '../src/common/logger.ts';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createPerson } from './factories.ts';

const MINUTE = 60_000;
const CITIZEN_ME = '{ citizenMe { id } }';

let one: Harness;
let two: Harness;
let citizen: { id: string; identityNumber: string };

beforeAll(async () => {
  one = await startHarness();
  two = await startHarness({}, { sameDatabaseAs: one });
  citizen = await createPerson(one.prisma, { birthDate: '1984-02-29' });
});

afterAll(async () => {
  await two.close();
  await one.close();
});

/** One browser (one cookie jar) whose requests a load balancer sends to either instance. */
function balancedBrowser(): { viaOne: Browser; viaTwo: Browser } {
  const jar = new Map<string, string>();
  return {
    viaOne: new Browser(one.baseUrl, 'citizen', jar),
    viaTwo: new Browser(two.baseUrl, 'citizen', jar),
  };
}

/** Both instances' clocks moved alike, as the servers' system clocks move together. */
function advanceBoth(ms: number): void {
  one.clock.advance(ms);
  two.clock.advance(ms);
}

describe('two API instances on one database', () => {
  it('finish on one a login started on the other', async () => {
    const { viaOne, viaTwo } = balancedBrowser();
    const started = await viaOne.startLogin();
    expect(started.status).toBe(303);
    const callback = await viaOne.answerIdp(started, { subject: citizen.identityNumber });
    const done = await viaTwo.request(callback);
    expect(done.headers.get('location')).toBe('/citizen/?lang=sv');
    for (const browser of [viaOne, viaTwo]) {
      const me = await browser.graphql<{ citizenMe: { id: string } }>(CITIZEN_ME);
      expect(me.data?.citizenMe.id).toBe(citizen.id);
    }
  });

  it('use, keep alive and end on one a session made on the other', async () => {
    const { viaOne, viaTwo } = balancedBrowser();
    await viaOne.login(citizen.identityNumber);
    expect((await viaTwo.graphql(CITIZEN_ME)).errors).toBeUndefined();

    // Activity seen by the second instance keeps the session alive on the first.
    advanceBoth(50 * MINUTE);
    expect((await viaTwo.graphql(CITIZEN_ME)).errors).toBeUndefined();
    advanceBoth(50 * MINUTE);
    expect((await viaOne.graphql(CITIZEN_ME)).errors).toBeUndefined();

    const stale = `etj_citizen=${viaOne.cookie('etj_citizen') ?? ''}`;
    expect((await viaTwo.logout()).status).toBe(303);
    const replay = await fetch(`${one.baseUrl}/api/citizen/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: stale },
      body: JSON.stringify({ query: CITIZEN_ME }),
    });
    const body = (await replay.json()) as { errors?: { extensions?: unknown }[] };
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_SESSION' });
  });

  it('run a job one at a time whichever instance sends it or works it', async () => {
    await one.prisma.$executeRawUnsafe(
      'CREATE TABLE scaling_probe_runs (runner text NOT NULL, started timestamptz NOT NULL, ended timestamptz NOT NULL)',
    );
    const logger = createLogger({ level: 'silent' });
    const runners = await Promise.all(
      ['one', 'two'].map(async (name, i) => {
        const runner = await JobRunner.start({
          databaseUrl: one.databaseUrl,
          logger,
          schedules: false,
          pollingIntervalSeconds: 0.5,
        });
        const prisma = [one, two][i]?.prisma ?? one.prisma;
        await runner.register({
          name: 'scaling-probe',
          async run() {
            const started = new Date();
            await sleep(300);
            await prisma.$executeRaw`
              INSERT INTO scaling_probe_runs VALUES (${name}, ${started}, ${new Date()})`;
          },
        });
        return runner;
      }),
    );
    try {
      const [first, second] = runners;
      if (!first || !second) throw new Error('two runners expected');
      const outcomes = await Promise.all([
        first.runNow('scaling-probe'),
        second.runNow('scaling-probe'),
        first.runNow('scaling-probe'),
        second.runNow('scaling-probe'),
      ]);
      expect(outcomes).toEqual(['completed', 'completed', 'completed', 'completed']);
      const runs = await one.prisma.$queryRaw<{ started: Date; ended: Date }[]>`
        SELECT started, ended FROM scaling_probe_runs ORDER BY started`;
      expect(runs).toHaveLength(4);
      // The singleton rule lives in PostgreSQL: no run starts before the one before it ended.
      for (let i = 1; i < runs.length; i += 1)
        expect(runs[i]?.started.getTime()).toBeGreaterThanOrEqual(
          runs[i - 1]?.ended.getTime() ?? 0,
        );
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
    }
  });
});
