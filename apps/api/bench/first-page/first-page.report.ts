// The first-page bench's report: its targets, the tables of heading times, assets and
// Lighthouse scores per page, and this build side by side with a baseline.
import { formatSpread, spread, type ScenarioReport, type Table } from '../frame.ts';
import type { ApiProcess } from '../support/api-process.ts';
import { isImmutable, type AuditedAsset } from './asset-audit.ts';
import { initialScripts, isScript, type Visit } from './browser-visit.ts';
import type { LighthouseRun } from './lighthouse-run.ts';
import { type resolveSpaDists } from './spa-dists.ts';

const TARGET_HEADING_MS = 2500;
const TARGET_INITIAL_JS_GZIP = 130_000;
const TARGET_LIGHTHOUSE = 90;

type PageName = 'citizen start page' | 'citizen inbox';
export type Rounds = { page: PageName; path: string; cold: Visit[]; warm: Visit[] };

export type Build = {
  label: 'this build' | 'baseline';
  api: ApiProcess;
  pages: Rounds[];
  lighthouse: LighthouseRun[];
  audited: AuditedAsset[];
};

/** This build ÷ the baseline, round by round (each pair measured back to back). */
export function sideBySide(current: Build, baseline: Build, baselineDist: string): Table {
  const ratios = (a: number[], b: number[]) =>
    formatSpread(spread(a.flatMap((value, i) => (b[i] ? [value / b[i]] : []))), 2);
  const initialGzip = (build: Build, index: number) => {
    const first = build.pages[index]?.cold[0];
    const sizes = new Map(build.audited.map((a) => [a.path, a.gzipBytes]));
    return first ? initialScripts(first).reduce((n, r) => n + (sizes.get(r.path) ?? 0), 0) : 0;
  };
  const rows = current.pages.flatMap((page, index) => {
    const other = baseline.pages[index];
    if (!other) return [];
    return (['cold', 'warm'] as const).map((which) => [
      page.page,
      which === 'cold' ? 'first (cold cache)' : 'second (warm cache)',
      `${ms(spread(page[which].map((v) => v.headingMs)).median)} ms`,
      `${ms(spread(other[which].map((v) => v.headingMs)).median)} ms`,
      ratios(
        page[which].map((v) => v.headingMs),
        other[which].map((v) => v.headingMs),
      ),
      which === 'cold'
        ? `${kB(initialGzip(current, index))} / ${kB(initialGzip(baseline, index))}`
        : '',
    ]);
  });
  const scores = (build: Build) =>
    build.lighthouse.length ? String(spread(build.lighthouse.map((r) => r.score)).median) : '-';
  return {
    title: 'Side by side: this build and the baseline, visited in turn in every round',
    columns: [
      'page',
      'visit',
      'h1 this build (median)',
      'h1 baseline (median)',
      'this ÷ baseline, min / median / max',
      'initial JS kB gzip, this / baseline',
    ],
    rows,
    notes: [
      `Baseline: ${baselineDist}, served by a second API process of this code on the same database.`,
      `Lighthouse performance (median): this build ${scores(current)}, baseline ${scores(baseline)}.`,
    ],
  };
}

export function isSpaPath(path: string): boolean {
  return path.startsWith('/citizen/') || path.startsWith('/staff/');
}

export function ms(value: number): string {
  return value.toFixed(0);
}

function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

function fileName(path: string): string {
  return path.endsWith('/') ? path : (path.split('/').pop() ?? path);
}

export function report(input: {
  pages: Rounds[];
  audited: AuditedAsset[];
  lighthouse: LighthouseRun[];
  cpuSlowdown: number;
  dists: ReturnType<typeof resolveSpaDists>;
  citizen: string | undefined;
  load: string;
}): ScenarioReport {
  const { pages, audited, lighthouse, cpuSlowdown } = input;
  const byPath = new Map(audited.map((a) => [a.path, a]));
  const tables: Table[] = [];
  const targets: { what: string; measured: string; target: string; met: boolean }[] = [];

  // 1. Time until the heading shows.
  const visitRows = pages.flatMap((p) =>
    (['cold', 'warm'] as const).map((which) => {
      const visits = p[which];
      const headings = spread(visits.map((v) => v.headingMs));
      const requests = spread(visits.map((v) => v.resources.length));
      const network = spread(
        visits.map((v) => v.resources.filter((r) => r.transferSize > 0).length),
      );
      const bytes = spread(visits.map((v) => v.resources.reduce((n, r) => n + r.transferSize, 0)));
      return [
        p.page,
        which === 'cold' ? 'first (cold cache)' : 'second (warm cache)',
        `"${visits[0]?.headingText ?? ''}"`,
        formatSpread(headings, 0),
        String(requests.median),
        String(network.median),
        kB(bytes.median),
      ];
    }),
  );
  tables.push({
    title: `Time until the h1 shows, Chromium with ${String(cpuSlowdown)}x CPU slowdown (ms from navigation start)`,
    columns: [
      'page',
      'visit',
      'h1',
      'min / median / max ms',
      'requests',
      'over the network',
      'kB transferred (median)',
    ],
    rows: visitRows,
    notes: [
      `${String(pages[0]?.cold.length ?? 0)} rounds; each a fresh browser context (cold) and a second visit in it (warm).`,
      'The network is the loopback, unthrottled: the CPU slowdown alone stands for a slow phone.',
      `Chromium asked for the document with Accept-Encoding: ${pages[0]?.cold[0]?.acceptEncoding ?? '?'}.`,
      `Target: under ${String(TARGET_HEADING_MS)} ms. Load average at the end: ${input.load}.`,
    ],
  });
  for (const p of pages) {
    const cold = spread(p.cold.map((v) => v.headingMs));
    targets.push({
      what: `${p.page}: h1 visible, first visit, ${String(cpuSlowdown)}x CPU slowdown (median)`,
      measured: `${ms(cold.median)} ms`,
      target: `< ${String(TARGET_HEADING_MS)} ms`,
      met: cold.median < TARGET_HEADING_MS,
    });
  }

  // 2. Initial JS: what had arrived when the heading showed.
  const initialRows = pages.map((p) => {
    const first = p.cold[0];
    const scripts = first ? initialScripts(first) : [];
    const later = first
      ? first.resources.filter((r) => isScript(r) && r.responseEnd > first.headingMs)
      : [];
    const gzip = scripts.reduce((n, r) => n + (byPath.get(r.path)?.gzipBytes ?? 0), 0);
    return {
      page: p.page,
      gzip,
      row: [
        p.page,
        String(scripts.length),
        kB(scripts.reduce((n, r) => n + r.transferSize, 0)),
        kB(scripts.reduce((n, r) => n + r.decodedBodySize, 0)),
        kB(gzip),
        [...new Set(scripts.map((r) => r.contentEncoding ?? 'none'))].join(', '),
        `${String(later.length)} (${kB(later.reduce((n, r) => n + r.decodedBodySize, 0))} kB)`,
      ],
    };
  });
  tables.push({
    title: 'Initial JS: the scripts that had arrived when the h1 showed (first visit)',
    columns: [
      'page',
      'files',
      'kB transferred',
      'kB decoded',
      'kB gzip -9',
      'Content-Encoding',
      'scripts after the h1 (decoded)',
    ],
    rows: initialRows.map((r) => r.row),
    notes: [
      `Target: at most ${kB(TARGET_INITIAL_JS_GZIP)} kB gzip on the citizen start page; the rest loads per route.`,
    ],
  });
  const startInitial = initialRows[0];
  if (startInitial)
    targets.push({
      what: 'citizen start page: initial JS, gzip',
      measured: `${kB(startInitial.gzip)} kB`,
      target: `<= ${kB(TARGET_INITIAL_JS_GZIP)} kB`,
      met: startInitial.gzip <= TARGET_INITIAL_JS_GZIP && startInitial.gzip > 0,
    });

  // 3. How each asset is served.
  const sorted = [...audited].sort((a, b) => a.path.localeCompare(b.path));
  tables.push({
    title: 'Assets as served (asked directly: Accept-Encoding br, gzip, identity)',
    columns: [
      'asset',
      'kind',
      'hashed',
      'kB',
      'kB gzip -9',
      'br answer',
      'gzip answer',
      'Cache-Control',
      'ETag',
      'source map',
    ],
    rows: sorted.map((a) => [
      fileName(a.path),
      a.kind,
      a.hashed ? 'yes' : 'no',
      kB(a.identityBytes),
      kB(a.gzipBytes),
      a.brEncoding ? `${a.brEncoding} ${kB(a.brBytes)} kB` : 'none',
      a.gzipEncoding ? `${a.gzipEncoding} ${kB(a.gzipServedBytes)} kB` : 'none',
      a.cacheControl || '(none)',
      a.etag ? 'yes' : 'no',
      a.maps.length === 0
        ? '-'
        : a.maps
            .map(
              (m) =>
                `${String(m.status)}${m.isSourceMap ? ' MAP' : m.status === 200 ? ` ${m.contentType.split(';')[0] ?? ''}` : ''}`,
            )
            .join(', '),
    ]),
    notes: [
      'source map: the status of <asset>.map (and of its sourceMappingURL); MAP = a source map is public.',
      'Targets: hashed JS and CSS precompressed (br and gzip answered; under 1 kB optional); hashed assets `immutable` for a year; HTML `no-store`; no public maps.',
    ],
  });
  // Files under 1 kB fit in one packet either way; compressing them is not asked for.
  const text = sorted.filter(
    (a) => a.hashed && (a.kind === 'js' || a.kind === 'css') && a.identityBytes >= 1024,
  );
  const compressed = text.filter((a) => a.brEncoding === 'br' && a.gzipEncoding === 'gzip');
  targets.push({
    what: 'hashed JS and CSS of 1 kB or more served with br and gzip',
    measured: `${String(compressed.length)} of ${String(text.length)}`,
    target: 'all',
    met: text.length > 0 && compressed.length === text.length,
  });
  const hashed = sorted.filter((a) => a.hashed);
  const immutable = hashed.filter((a) => isImmutable(a.cacheControl));
  targets.push({
    what: 'hashed assets cached `immutable`, max-age a year',
    measured: `${String(immutable.length)} of ${String(hashed.length)}`,
    target: 'all',
    met: hashed.length > 0 && immutable.length === hashed.length,
  });
  const html = sorted.filter((a) => a.kind === 'html');
  targets.push({
    what: 'HTML `no-store`',
    measured: [...new Set(html.map((a) => a.cacheControl || '(none)'))].join(', '),
    target: 'no-store',
    met: html.length > 0 && html.every((a) => /\bno-store\b/.test(a.cacheControl)),
  });
  const publicMaps = sorted.flatMap((a) => a.maps.filter((m) => m.isSourceMap));
  targets.push({
    what: 'public source maps',
    measured: publicMaps.length === 0 ? 'none' : publicMaps.map((m) => fileName(m.path)).join(', '),
    target: 'none',
    met: publicMaps.length === 0,
  });
  // Hashed assets the first visit got that the second fetched again (a 304 counts: it is a trip).
  const refetched = spread(
    pages.flatMap((p) =>
      p.warm.map((warm, i) => {
        const got = new Set(p.cold[i]?.resources.map((r) => r.path));
        return warm.resources.filter(
          (r) => r.transferSize > 0 && got.has(r.path) && byPath.get(r.path)?.hashed === true,
        ).length;
      }),
    ),
  );
  targets.push({
    what: 'second visit: hashed assets fetched again over the network (max)',
    measured: String(refetched.max),
    target: '0',
    met: refetched.max === 0,
  });

  // 4. Lighthouse.
  if (lighthouse.length > 0) {
    const score = spread(lighthouse.map((r) => r.score));
    tables.push({
      title: 'Lighthouse on the citizen start page (mobile: simulated slow 4G, 4x CPU)',
      columns: [
        'run',
        'performance',
        'FCP ms',
        'LCP ms',
        'TBT ms',
        'Speed Index ms',
        'CLS',
        'benchmarkIndex',
      ],
      rows: [
        ...lighthouse.map((r, i) => [
          String(i + 1),
          String(r.score),
          ms(r.fcpMs),
          ms(r.lcpMs),
          ms(r.tbtMs),
          ms(r.speedIndexMs),
          r.cls.toFixed(3),
          r.benchmarkIndex === undefined ? '?' : ms(r.benchmarkIndex),
        ]),
        [
          'min / median / max',
          formatSpread(score, 0),
          formatSpread(spread(lighthouse.map((r) => r.fcpMs)), 0),
          formatSpread(spread(lighthouse.map((r) => r.lcpMs)), 0),
          formatSpread(spread(lighthouse.map((r) => r.tbtMs)), 0),
          formatSpread(spread(lighthouse.map((r) => r.speedIndexMs)), 0),
          '',
          '',
        ],
      ],
      notes: [
        `Lighthouse ${lighthouse[0]?.lighthouseVersion ?? ''}, default (mobile) settings, performance only, a new Chromium per run.`,
        ...[...new Set(lighthouse.flatMap((r) => r.warnings))].map((w) => `Warning: ${w}`),
      ],
    });
    targets.push({
      what: 'Lighthouse performance, citizen start page (median)',
      measured: String(score.median),
      target: `>= ${String(TARGET_LIGHTHOUSE)}`,
      met: score.median >= TARGET_LIGHTHOUSE,
    });
  }

  return {
    tables,
    targets,
    figures: {
      cpuSlowdown,
      spas: input.dists,
      inboxCitizen: input.citizen === undefined ? undefined : 'the demo citizen with most cases',
      loadAverageAtEnd: input.load,
      visits: pages.map((p) => ({
        page: p.page,
        path: p.path,
        cold: p.cold,
        warm: p.warm,
      })),
      assets: audited,
      lighthouse,
    },
  };
}
