// The API's V8 CPU profile (`node --cpu-prof`) in a few lines: where the measured requests'
// CPU went, by function and by package. Only the samples taken while the rounds ran count
// (the profile's clock and process.hrtime are both the system's monotonic clock).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Table } from '../frame.ts';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type CpuProfile = {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

export type ProfileSummary = {
  table: Table;
  figures: {
    samples: number;
    window?: { from: number; to: number };
    byFunction: [string, number][];
    byPackage: [string, number][];
    /** Samples with the package anywhere on the stack: what it costs with what it calls. */
    byPackageInclusive: [string, number][];
  };
};

/** Microseconds on the monotonic clock the profile's timestamps use. */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

export function summariseCpuProfiles(
  directory: string,
  window?: { from: number; to: number },
  top = 15,
): ProfileSummary | undefined {
  // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: the main thread is thread 0 (a loader
  // hook's worker thread writes its own).
  const files = readdirSync(directory).filter((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
  const latest = files.sort().at(-1);
  if (!latest) return undefined;
  const profile = JSON.parse(readFileSync(join(directory, latest), 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const byPackageInclusive = new Map<string, number>();
  let at = profile.startTime;
  let counted = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.from || at > window.to)) return;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    counted += 1;
    const name = `${frame.functionName || '(anonymous)'} ${where(frame.url)}${frame.url ? `:${String(frame.lineNumber + 1)}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1);
    const pkg = packageOf(frame.url, frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + 1);
    const onStack = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const callFrame = byId.get(node)?.callFrame;
      if (callFrame?.url) onStack.add(packageOf(callFrame.url, callFrame.functionName));
    }
    for (const name of onStack)
      byPackageInclusive.set(name, (byPackageInclusive.get(name) ?? 0) + 1);
  });
  const ranked = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([k, n]): [string, number] => [k, n / counted]);
  const functions = ranked(byFunction);
  const packages = ranked(byPackage);
  const inclusive = ranked(byPackageInclusive);
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
  return {
    table: {
      title: `API CPU profile: self time of ${String(counted)} samples while the rounds ran`,
      columns: [
        'function (self)',
        'share',
        'package (self)',
        'share',
        'package (inclusive)',
        'share',
      ],
      rows: Array.from({ length: top }, (_, i) => [
        functions[i]?.[0] ?? '',
        functions[i] ? pct(functions[i][1]) : '',
        packages[i]?.[0] ?? '',
        packages[i] ? pct(packages[i][1]) : '',
        inclusive[i]?.[0] ?? '',
        inclusive[i] ? pct(inclusive[i][1]) : '',
      ]),
      notes: [`Profile: ${join(directory, latest)} (open it in Chrome DevTools).`],
    },
    figures: {
      samples: counted,
      window,
      byFunction: functions.slice(0, 40),
      byPackage: packages,
      byPackageInclusive: inclusive,
    },
  };
}

function where(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const apps = url.indexOf('/apps/');
  if (apps >= 0) return url.slice(apps + 1);
  const packages = url.indexOf('/packages/');
  return packages >= 0 ? url.slice(packages + 1) : url;
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope = '', name = ''] = url.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const api = url.indexOf('/apps/api/');
  if (api >= 0) return url.slice(api + 1).replace(/\.(js|ts)$/, '');
  if (url.includes('/prisma/')) return '@etj/db';
  if (url.includes('/packages/domain/')) return '@etj/domain';
  return url;
}
