// The built SPAs the API serves in this scenario: the repository's own dist folders (built here
// with turbo when missing), or folders given with --citizen-dist / --staff-dist (e.g. a copy of
// an older build, to measure before and after side by side).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from '../frame.ts';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export type SpaDists = {
  citizen: string;
  staff: string;
  /** How the folders came to be: "as found", "built by the bench", or "given". */
  origin: 'as found' | 'built by the bench' | 'given';
  /** The script files index.html loads first, e.g. ["/citizen/assets/index-CIqyi_sP.js"]. */
  citizenEntryScripts: string[];
};

export function resolveSpaDists(options: BenchOptions, log: (message: string) => void): SpaDists {
  const givenCitizen = options.string('citizen-dist', '');
  const givenStaff = options.string('staff-dist', '');
  const citizen = resolve(givenCitizen || join(REPO_ROOT, 'apps', 'citizen', 'dist'));
  const staff = resolve(givenStaff || join(REPO_ROOT, 'apps', 'staff', 'dist'));
  let origin: SpaDists['origin'] = givenCitizen || givenStaff ? 'given' : 'as found';
  const missing = [citizen, staff].filter((dist) => !existsSync(join(dist, 'index.html')));
  if (missing.length > 0) {
    if (origin === 'given' || options.flag('no-build'))
      throw new Error(`no built SPA in ${missing.join(' and ')}`);
    log(
      'the SPAs are not built: pnpm exec turbo run build --filter=@etj/citizen --filter=@etj/staff',
    );
    const built = spawnSync(
      'pnpm',
      ['exec', 'turbo', 'run', 'build', '--filter=@etj/citizen', '--filter=@etj/staff'],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
      },
    );
    if (built.status !== 0) throw new Error('building the SPAs failed');
    origin = 'built by the bench';
  }
  const html = readFileSync(join(citizen, 'index.html'), 'utf8');
  const citizenEntryScripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
  return { citizen, staff, origin, citizenEntryScripts };
}
