// The citizen's first page: the real API in its own process serving the built SPAs on
// a throwaway database with the demo data, visited by Chromium with its CPU slowed down 4x.
// Each round is a cold visit in a fresh browser context followed by a second (warm) visit in the
// same context, which shows whether the HTTP cache spares the hashed assets. Then how each asset
// is served (encodings, caching, source maps), and Lighthouse's mobile performance score.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../frame.ts';
import { startApiProcess, type ApiProcess } from '../support/api-process.ts';
import { createBenchDatabase } from '../support/bench-database.ts';
import { auditAsset } from './asset-audit.ts';
import { launchChromium, visit } from './browser-visit.ts';
import { busiestCitizen, citizenSessionCookie } from './citizen-session.ts';
import { runLighthouse } from './lighthouse-run.ts';
import { resolveSpaDists } from './spa-dists.ts';
import { type Build, isSpaPath, ms, report, type Rounds, sideBySide } from './first-page.report.ts';

export const firstPageScenario: Scenario = {
  name: 'first-page',
  summary:
    "the citizen SPA's first page in Chromium with 4x CPU slowdown: time until the h1 shows, initial JS, how assets are served, Lighthouse mobile score",
  usage: [
    '--rounds N             cold visits (fresh context), each followed by a warm one (default 5)',
    '--lighthouse-rounds N  Lighthouse runs on the citizen start page (default 3; 0 skips)',
    '--inbox false          skip the logged-in inbox',
    '--cpu-slowdown N       CDP CPU throttling rate of the visits (default 4)',
    '--citizen-dist DIR     serve this citizen build (default apps/citizen/dist, built when missing)',
    '--staff-dist DIR       serve this staff build (default apps/staff/dist)',
    '--no-build             fail instead of building missing SPAs',
    '--baseline-citizen-dist DIR  also serve this older citizen build (a second API process) and',
    '                       visit both in turn each round: ratios this ÷ baseline',
    '--baseline-staff-dist DIR    the staff build beside it (default: the current one)',
    '--screenshots DIR      a PNG of each page after its first visit settled',
    '--smoke                1 round, 1 Lighthouse run, no inbox (also under pnpm bench:smoke)',
  ],
  async run({ options, log }) {
    // `pnpm bench:smoke` (which passes no --smoke of its own) is a smoke run too.
    const smoke = options.flag('smoke') || process.env.npm_lifecycle_event === 'bench:smoke';
    const screenshots = options.string('screenshots', '');
    if (screenshots) mkdirSync(screenshots, { recursive: true });
    const rounds = smoke ? 1 : Math.max(1, options.int('rounds', 5));
    const lighthouseRounds = smoke ? 1 : options.int('lighthouse-rounds', 3);
    const withInbox = !smoke && options.string('inbox', 'true') !== 'false';
    const cpuSlowdown = Math.max(1, options.int('cpu-slowdown', 4));

    const dists = resolveSpaDists(options, log);
    log(`SPAs ${dists.origin}: ${dists.citizen}, ${dists.staff}`);
    const baselineCitizen = options.string('baseline-citizen-dist', '');
    const db = await createBenchDatabase();
    // One secret for both processes: the session cookie then holds on either (sessions are rows).
    const env = { JWT_SECRET: randomBytes(32).toString('hex') };
    const builds: Build[] = [];
    let citizen: string | undefined;
    try {
      log('starting the API (its start script) on a new database; it seeds the demo data');
      builds.push(
        newBuild(
          'this build',
          await startApiProcess({
            databaseUrl: db.databaseUrl,
            citizenDist: dists.citizen,
            staffDist: dists.staff,
            env,
            log,
          }),
          withInbox,
        ),
      );
      if (baselineCitizen) {
        log(`starting a second API serving the baseline ${baselineCitizen}`);
        builds.push(
          newBuild(
            'baseline',
            await startApiProcess({
              databaseUrl: db.databaseUrl,
              citizenDist: baselineCitizen,
              staffDist: options.string('baseline-staff-dist', dists.staff),
              env,
              log,
            }),
            withInbox,
          ),
        );
      }
      const [current] = builds;
      if (!current) throw new Error('no API started');
      const cookie = withInbox
        ? await citizenSessionCookie(current.api.baseUrl, (citizen = await busiestCitizen(db)))
        : undefined;
      const browser = await launchChromium();
      try {
        for (let round = 1; round <= rounds; round += 1) {
          for (const [index] of current.pages.entries()) {
            // The builds side by side within a round, so a busy moment of the machine hits both.
            for (const build of builds) {
              const page = build.pages[index];
              if (!page) continue;
              const context = await browser.newContext({ locale: 'sv-SE' });
              try {
                if (page.page === 'citizen inbox' && cookie) await context.addCookies([cookie]);
                const url = `${build.api.baseUrl}${page.path}`;
                const shot = `${build.label === 'baseline' ? 'baseline' : 'current'}${page.path.replaceAll('/', '-').replace(/-$/, '')}.png`;
                const cold = await visit(context, url, {
                  cpuSlowdown,
                  screenshot: screenshots && round === 1 ? join(screenshots, shot) : undefined,
                });
                const warm = await visit(context, url, { cpuSlowdown });
                page.cold.push(cold);
                page.warm.push(warm);
                log(
                  `round ${String(round)}/${String(rounds)} ${build.label}, ${page.page}: h1 "${cold.headingText}" at ${ms(cold.headingMs)} ms cold, ${ms(warm.headingMs)} ms warm`,
                );
              } finally {
                await context.close();
              }
            }
          }
        }
      } finally {
        await browser.close();
      }
      for (const build of builds) {
        const [start, inbox] = build.pages;
        if (inbox && start && inbox.cold[0]?.headingText === start.cold[0]?.headingText)
          throw new Error(
            'the inbox visit showed the logged-out start page: the login did not hold',
          );
        // Every asset any cold visit fetched from the SPAs (not the API's GraphQL answers).
        const paths = new Set(
          build.pages.flatMap((p) =>
            p.cold.flatMap((v) => v.resources.map((r) => r.path)).filter(isSpaPath),
          ),
        );
        for (const path of paths) build.audited.push(await auditAsset(build.api.baseUrl, path));
      }

      for (let round = 1; round <= lighthouseRounds; round += 1) {
        for (const build of builds) {
          const run = await runLighthouse(`${build.api.baseUrl}/citizen/`);
          build.lighthouse.push(run);
          log(
            `Lighthouse ${String(round)}/${String(lighthouseRounds)} ${build.label}: performance ${String(run.score)}, LCP ${ms(run.lcpMs)} ms, TBT ${ms(run.tbtMs)} ms`,
          );
        }
      }
    } finally {
      for (const build of builds) await build.api.stop();
      await db.drop();
    }
    const [current, baseline] = builds;
    if (!current) throw new Error('no API started');
    const result = report({
      pages: current.pages,
      audited: current.audited,
      lighthouse: current.lighthouse,
      cpuSlowdown,
      dists,
      citizen,
      load: loadavg()
        .map((n) => n.toFixed(2))
        .join(' '),
    });
    if (baseline) {
      result.tables.push(sideBySide(current, baseline, baselineCitizen));
      result.figures.baseline = {
        citizenDist: baselineCitizen,
        visits: baseline.pages,
        assets: baseline.audited,
        lighthouse: baseline.lighthouse,
      };
    }
    return result;
  },
};

function newBuild(label: Build['label'], api: ApiProcess, withInbox: boolean): Build {
  const pages: Rounds[] = [{ page: 'citizen start page', path: '/citizen/', cold: [], warm: [] }];
  if (withInbox) pages.push({ page: 'citizen inbox', path: '/citizen/inbox', cold: [], warm: [] });
  return { label, api, pages, lighthouse: [], audited: [] };
}
