import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '../support/fixtures.ts';
import { describeFinding } from '../support/screen-checks.ts';
import {
  CITIZEN_PAGES,
  CITIZEN_SESSIONS,
  SCREENS_DIR,
  STAFF_PAGES,
  STAFF_SESSIONS,
  visitAll,
} from '../support/screen-pages.ts';
import { routeCoverage, routeTable } from '../support/screen-routes.ts';

// Every page, in two languages at three widths, with a full-page screenshot of each: two to four
// minutes a surface on a busy two-core machine; the allowance is for a busier one, not a target.
test.describe.configure({ timeout: 600_000 });

const SURFACES = [
  { surface: 'citizen', pages: CITIZEN_PAGES, sessions: CITIZEN_SESSIONS },
  { surface: 'staff', pages: STAFF_PAGES, sessions: STAFF_SESSIONS },
] as const;

for (const { surface, pages } of SURFACES) {
  test(`the screen check visits every ${surface} route`, () => {
    const coverage = routeCoverage(
      routeTable(surface),
      pages.map((page) => page.route),
    );
    expect(
      coverage,
      `routes of the ${surface} SPA the screen check does not visit (add them to e2e/support/screen-pages.ts), and listed routes the SPA no longer has`,
    ).toEqual({ notVisited: [], notInTable: [] });
    const names = pages.map((page) => page.name);
    expect(names.filter((name, at) => names.indexOf(name) !== at)).toEqual([]);
  });
}

for (const { surface, pages, sessions } of SURFACES) {
  test(`every ${surface} page, in Swedish and English at 375, 768 and 1440 px, scrolls only down, clips no text, has no text under 14 px and no console error or failed request`, async ({
    browser,
  }) => {
    const findings = await visitAll(browser, surface, pages, sessions);
    const lines = findings.map(describeFinding);
    mkdirSync(SCREENS_DIR, { recursive: true });
    writeFileSync(
      resolve(SCREENS_DIR, `findings-${surface}.txt`),
      lines.length ? `${lines.join('\n')}\n` : 'nothing found\n',
    );
    expect(
      lines,
      `screen check of the ${surface} SPA (screenshots in e2e/artifacts/screens)`,
    ).toEqual([]);
  });
}
