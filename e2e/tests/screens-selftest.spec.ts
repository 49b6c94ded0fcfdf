import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import {
  BrowserWatch,
  describeFinding,
  findingsAt,
  LAYOUT_CHECK_OPTIONS,
  type LayoutProblem,
  layoutProblems,
} from '../support/screen-checks.ts';
import { logInFresh } from '../support/case-loop.ts';
import { routeCoverage } from '../support/screen-routes.ts';

/** The problems as "kind selector", enough to compare. */
function named(problems: LayoutProblem[]): string[] {
  return problems.map((problem) => `${problem.kind} ${problem.selector}`);
}

async function check(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(layoutProblems, LAYOUT_CHECK_OPTIONS);
}

const WRONG_PAGE = `<!doctype html>
<html lang="sv"><head><style>
  body { margin: 0; font: 16px/1.5 sans-serif; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; font-size: 10px; }
  .card::before { content: attr(data-label); display: block; font-size: 11px; }
</style></head><body><main>
  <h1>Sidan</h1>
  <div style="max-width: 300px"><table id="wide" style="white-space: nowrap">
    <tr><td>Ett mycket långt ärende som inte får plats i en smal kolumn alls</td></tr>
  </table></div>
  <table style="table-layout: fixed; width: 200px"><tr>
    <td id="cut" style="overflow: hidden; white-space: nowrap">En text som klipps av i cellen här</td>
  </tr></table>
  <p id="dots" style="width: 100px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">Ellipsen kapar denna text</p>
  <p id="tiny" style="font-size: 12px">Liten text</p>
  <p class="card" id="card" data-label="Kolumn">Värde</p>
  <span class="visually-hidden">Bara för skärmläsare, i liten stil</span>
  <div style="overflow-x: auto; max-width: 300px"><table style="white-space: nowrap">
    <tr><td>En bred tabell i en rullbar ruta gör inte sidan bredare</td></tr>
  </table></div>
  <p style="display: none; font-size: 8px">Dold text</p>
</main></body></html>`;

test('the layout check names the wide table, the clipped cell, the cut ellipsis and the small texts, and nothing else', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.setContent(WRONG_PAGE);
  const problems = await check(page);
  expect(named(problems).sort()).toEqual([
    'clipped-text p#dots',
    'clipped-text td#cut',
    'horizontal-scroll table#wide',
    'small-text p#card::before',
    'small-text p#tiny',
  ]);
  const tiny = problems.find((problem) => problem.selector === 'p#tiny');
  expect(tiny).toMatchObject({ text: 'Liten text', detail: 'font-size 12px < 14px' });
  expect(problems.find((problem) => problem.kind === 'horizontal-scroll')?.detail).toMatch(
    /^page scrollWidth \d+ > viewport 375/,
  );

  // The same page, made right, passes.
  await page.addStyleTag({
    content: `table, td, p { white-space: normal !important; font-size: 16px !important; }
      td, p { overflow: visible !important; width: auto !important; }
      table { table-layout: auto !important; width: auto !important; }
      .card::before { font-size: 14px !important; }`,
  });
  expect(named(await check(page))).toEqual([]);
});

test('a word too long for a narrow screen widens the page, and the check names its element', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.setContent(
    '<main><h1 id="title" style="font-size: 40px">Tillgänglighetsredogörelsesammanfattningen</h1></main>',
  );
  const problems = await check(page);
  expect(named(problems)).toEqual(['horizontal-scroll h1#title']);
});

test('a report names surface, page, width, language and the element with its text', () => {
  const [line] = findingsAt(
    { surface: 'staff', page: 'queue', width: 375, language: 'en' },
    [
      {
        kind: 'clipped-text',
        selector: 'td#cut',
        text: 'Förnya recept',
        detail: 'scrollWidth 90 > clientWidth 60',
      },
    ],
    [],
  ).map(describeFinding);
  expect(line).toBe(
    'staff queue @ 375px en: clipped-text td#cut "Förnya recept": scrollWidth 90 > clientWidth 60',
  );
});

test('the route comparison names a route nobody visits and a visited route that is gone', () => {
  expect(routeCoverage(['/', '/queue', '/new-page'], ['/', '/queue', '/old-page'])).toEqual({
    notVisited: ['/new-page'],
    notInTable: ['/old-page'],
  });
});

test('on the real staff queue, a narrow column with one-line cells and small text fails the check, and so do a console error and a missing file', async ({
  browser,
}) => {
  const context = await browser.newContext();
  try {
    const page = await logInFresh(context, 'staff', 'Lena Mattsson');
    const watch = new BrowserWatch(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/staff/queue');
    await expect(page.locator('main table').first()).toBeVisible();
    watch.take();

    // The table as it was before cards: a narrow column, every cell on one line.
    await page.addStyleTag({
      content: `main div { max-width: 40rem !important; overflow: visible !important; }
        main table { display: table !important; width: auto !important; }
        main thead { display: table-header-group !important; position: static !important;
          height: auto !important; clip-path: none !important; }
        main tbody { display: table-row-group !important; }
        main tr { display: table-row !important; }
        main th, main td { display: table-cell !important; white-space: nowrap !important; }
        main [data-label]::before { content: none !important; }`,
    });
    const wide = await check(page);
    expect(named(wide).join('\n')).toMatch(/^horizontal-scroll .*table/m);

    // Cells cut to a fixed width instead.
    await page.addStyleTag({
      content: `main table { table-layout: fixed !important; width: 100% !important; }
        main th, main td { overflow: hidden !important; }`,
    });
    expect(named(await check(page)).join('\n')).toMatch(/^clipped-text .*t[dh]/m);

    // Small print.
    await page.addStyleTag({ content: 'main h1 { font-size: 12px !important; }' });
    expect(named(await check(page)).join('\n')).toMatch(/^small-text .*h1/m);

    // A console error and a request for a file that is not there (a missing icon).
    await page.evaluate(async () => {
      console.error('The screen check must see this');
      await fetch('/no-such-icon.ico');
    });
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...watch.take().map((problem) => `${problem.kind}: ${problem.detail}`));
        return seen;
      })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^console-error: The screen check must see this/),
          expect.stringMatching(/^failed-request: GET .*\/no-such-icon\.ico: HTTP 404$/),
        ]),
      );
  } finally {
    await context.close();
  }
});
