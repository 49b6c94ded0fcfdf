// Lighthouse's performance category with its default (mobile) settings: a Moto G Power sized
// screen, simulated slow 4G and 4x CPU, on Debian's Chromium started by chrome-launcher. Each
// run launches a new Chromium (cold cache). Nothing leaves the machine: the page is on the
// loopback and the flags keep Chromium's own background traffic off.
import { CHROMIUM_FLAGS, chromiumPath } from './browser-visit.ts';

export type LighthouseRun = {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  speedIndexMs: number;
  cls: number;
  /** Lighthouse's measure of this machine's speed (its CPU multiplier assumes ~1000+). */
  benchmarkIndex?: number;
  lighthouseVersion: string;
  warnings: string[];
};

export async function runLighthouse(url: string): Promise<LighthouseRun> {
  // Both are ESM-only; loaded when a run asks for them, so other scenarios do not pay for it.
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    if (!result) throw new Error('Lighthouse gave no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (value === undefined) throw new Error(`Lighthouse audit ${id} has no value`);
      return value;
    };
    const score = lhr.categories.performance?.score;
    if (score === null || score === undefined)
      throw new Error('Lighthouse gave no performance score');
    return {
      score: Math.round(score * 100),
      fcpMs: numeric('first-contentful-paint'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      speedIndexMs: numeric('speed-index'),
      cls: numeric('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      lighthouseVersion: lhr.lighthouseVersion,
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
  }
}
