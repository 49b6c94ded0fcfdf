// One visit of a page in Chromium with its CPU slowed down 4x (CDP), timed from navigation start
// (the page's own performance.timeOrigin) to the frame in which its h1 first has a box and
// text, with every resource the page fetched (Resource Timing: sizes on the wire and decoded,
// and when each arrived) and the response headers the browser saw.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium with the flags that keep it off the (closed) network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path =
    process.env.CHROMIUM_PATH ??
    ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
  if (!path)
    throw new Error(
      'The first-page bench needs Chromium: apt-get install chromium (or set CHROMIUM_PATH).',
    );
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

export type VisitedResource = {
  /** Path and query on the API's origin (the full URL elsewhere). */
  path: string;
  initiatorType: string;
  /** Milliseconds since navigation start. */
  startTime: number;
  responseEnd: number;
  /** Bytes on the wire, headers included; 0 when the HTTP cache answered. */
  transferSize: number;
  encodedBodySize: number;
  decodedBodySize: number;
  status?: number;
  contentEncoding?: string;
  cacheControl?: string;
  etag?: boolean;
};

export type Visit = {
  url: string;
  /** Milliseconds from navigation start to the frame that first shows the h1. */
  headingMs: number;
  headingText: string;
  /** The Accept-Encoding the browser sent for the document. */
  acceptEncoding: string;
  /** The document itself and every resource it fetched, until the network was idle. */
  resources: VisitedResource[];
};

/** What READ_TIMINGS answers from the page. */
type Measured = {
  heading?: { at: number; text: string };
  resources: {
    name: string;
    initiatorType: string;
    startTime: number;
    responseEnd: number;
    transferSize: number;
    encodedBodySize: number;
    decodedBodySize: number;
  }[];
};

const IDLE = `new Promise((resolve) => requestIdleCallback(() => resolve(true), { timeout: 10000 }))`;

// Read in the page (as source: the bench is compiled without the DOM's types).
const READ_TIMINGS = `(() => ({
  heading: window.__benchHeading,
  resources: [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ].map((e) => ({
    name: e.name,
    initiatorType: e.initiatorType,
    startTime: e.startTime,
    responseEnd: e.responseEnd,
    transferSize: e.transferSize,
    encodedBodySize: e.encodedBodySize,
    decodedBodySize: e.decodedBodySize,
  })),
}))()`;

// Runs before any of the page's scripts. A MutationObserver sees the h1 arrive; the time taken is
// the next animation frame's (rendering happens right after it), so a heading inserted while
// the main thread is still busy counts only once it can be painted.
const HEADING_PROBE = `(() => {
  const shown = () => {
    const h = document.querySelector('h1');
    if (!h || !(h.textContent || '').trim()) return undefined;
    const box = h.getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? h : undefined;
  };
  const observer = new MutationObserver(() => {
    const h = shown();
    if (!h) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchHeading = { at: performance.now(), text: (h.textContent || '').trim() };
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export type VisitOptions = {
  /** CDP Emulation.setCPUThrottlingRate (1: none). */
  cpuSlowdown: number;
  timeoutMs?: number;
  /** A PNG of the page once it settled, to see what was measured. */
  screenshot?: string;
};

/** Visits `url` in a new tab of `context` (a fresh context is a cold cache; a used one is warm). */
export async function visit(
  context: BrowserContext,
  url: string,
  options: VisitOptions,
): Promise<Visit> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    await page.addInitScript({ content: HEADING_PROBE });
    const headers = new Map<string, { status: number; headers: Record<string, string> }>();
    const pending: Promise<void>[] = [];
    let acceptEncoding = '';
    page.on('request', (request) => {
      if (request.isNavigationRequest())
        pending.push(
          request.allHeaders().then(
            (all) => {
              acceptEncoding = all['accept-encoding'] ?? '';
            },
            () => undefined,
          ),
        );
    });
    page.on('response', (response) => {
      pending.push(
        response.allHeaders().then(
          (all) => {
            headers.set(response.url(), { status: response.status(), headers: all });
          },
          () => undefined,
        ),
      );
    });
    const timeout = options.timeoutMs ?? 60_000;
    await page.goto(url, { waitUntil: 'commit', timeout });
    // A function, not source text: the page's CSP forbids evaluating strings.
    await page.waitForFunction(
      () => (globalThis as { __benchHeading?: unknown }).__benchHeading !== undefined,
      undefined,
      { timeout, polling: 50 },
    );
    // What the page fetches after the heading (lazy chunks, fonts, its queries) counts in the
    // totals: wait for a quiet network, then for an idle main thread (a throttled CPU can still
    // be parsing what will ask for more), then for a quiet network again.
    await page.waitForLoadState('networkidle', { timeout });
    await page.evaluate(IDLE);
    await page.waitForLoadState('networkidle', { timeout });
    if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
    await Promise.all(pending);
    const measured = await page.evaluate<Measured>(READ_TIMINGS);
    if (!measured.heading) throw new Error(`no heading showed on ${url}`);
    const origin = new URL(url).origin;
    return {
      url,
      headingMs: measured.heading.at,
      headingText: measured.heading.text,
      acceptEncoding,
      resources: measured.resources.map((r) => {
        const seen = headers.get(r.name);
        const target = new URL(r.name);
        return {
          path: target.origin === origin ? `${target.pathname}${target.search}` : r.name,
          initiatorType: r.initiatorType,
          startTime: r.startTime,
          responseEnd: r.responseEnd,
          transferSize: r.transferSize,
          encodedBodySize: r.encodedBodySize,
          decodedBodySize: r.decodedBodySize,
          status: seen?.status,
          contentEncoding: seen?.headers['content-encoding'],
          cacheControl: seen?.headers['cache-control'],
          etag: seen ? seen.headers.etag !== undefined : undefined,
        };
      }),
    };
  } finally {
    await page.close();
  }
}

export function isScript(resource: { path: string }): boolean {
  return /\.m?js(\?|$)/.test(resource.path);
}

/** The scripts that had arrived when the heading showed: what the first page needed. */
export function initialScripts(visited: Visit): VisitedResource[] {
  return visited.resources.filter((r) => isScript(r) && r.responseEnd <= visited.headingMs);
}
