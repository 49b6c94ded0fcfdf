import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import { test } from '../support/case-loop.ts';

// The statistics page by keyboard: a login, a chart's CSV and axe on the page
// with its charts and with a table: a minute or two on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** Presses Enter on a link or button reached by focus, as a keyboard user would. */
async function pressEnterOn(page: Page, control: Locator): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
}

/**
 * The figures, once the API's statistics job (run when the server starts) has rolled the demo
 * data up: until then the page says nothing is computed yet, so it is opened again.
 */
async function waitForFigures(page: Page): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Statistik' })).toBeVisible();
    await expect(page.getByText(/^Uppgifterna gäller till och med \d+ \S+ \d{4}\.$/)).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 90_000 });
}

/** The key figures table's cells in the row of `measure`. */
function figureCells(page: Page, measure: RegExp): Locator {
  return page
    .getByRole('table', { name: 'Nyckeltal för perioden och perioden före' })
    .getByRole('row', { name: measure })
    .getByRole('cell');
}

test('the clinic administrator reads Farsta’s statistics, narrows them and reads a chart as a table, by keyboard', async ({
  logIn,
}) => {
  const maria = await logIn('staff', 'Maria Sundin');
  await pressEnterOn(maria, maria.getByRole('link', { name: 'Statistik' }));
  await expect(maria.getByRole('heading', { level: 1, name: 'Statistik' })).toBeVisible();
  await waitForFigures(maria);

  // The seeded year and the demo cases, in the default twelve months: a count, not withheld
  // (thousands are grouped with a space, as Swedish writes them).
  await expect(figureCells(maria, /^Skickade ärenden/).first()).toHaveText(/^[1-9][\d\s]*$/);
  await expect(maria.getByText(/antal mellan 1 och 4 visas som ”färre än 5”/)).toBeVisible();
  // One clinic: nothing to choose between, and no chart per clinic.
  await expect(maria.getByRole('combobox', { name: 'Mottagning' })).toHaveCount(0);
  await expect(maria.getByRole('region', { name: 'Ärenden per mottagning' })).toHaveCount(0);
  const byMonth = maria.getByRole('region', { name: 'Ärenden per månad' });
  await expect(byMonth.getByRole('img', { name: 'Ärenden per månad' })).toBeVisible();
  await expectNoAxeViolations(maria);

  // Another period and one case type, applied by keyboard.
  const from = maria.getByLabel('Från och med');
  const fromBefore = await from.inputValue();
  await pressEnterOn(maria, maria.getByRole('button', { name: 'Senaste 30 dagarna' }));
  await expect(from).not.toHaveValue(fromBefore);
  const caseType = maria.getByRole('combobox', { name: 'Ärendetyp' });
  await caseType.focus();
  await expect(caseType).toBeFocused();
  await maria.keyboard.press('ArrowDown');
  await expect(caseType).not.toHaveValue('');
  const chosen = (await caseType.locator('option:checked').textContent()) ?? '';
  expect(chosen).not.toBe('Alla ärendetyper');
  await pressEnterOn(maria, maria.getByRole('button', { name: 'Visa statistik' }));
  const fromShown = /^(\d{4})-(\d{2})-(\d{2})$/.exec(await from.inputValue());
  expect(fromShown).toBeTruthy();
  await expect(maria.getByRole('status').filter({ hasText: /^Visar statistik för / })).toHaveText(
    new RegExp(`^Visar statistik för ${String(Number(fromShown?.[3]))} `),
  );
  const byType = maria.getByRole('region', { name: 'Ärenden per ärendetyp' });

  // The chart as a table: caption, headers, and only the chosen type.
  await pressEnterOn(maria, byType.getByRole('button', { name: 'Visa som tabell' }));
  const table = byType.getByRole('table', {
    name: 'Skickade ärenden per ärendetyp, perioden och perioden före',
  });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader').first()).toHaveText('Ärendetyp');
  await expect(byType.getByRole('button', { name: 'Visa som diagram' })).toBeFocused();
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(chosen);
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(/^(\d+|färre än 5)$/);
  await expectNoAxeViolations(maria);

  // The table's CSV: BOM, semicolons, the same header and row.
  const download = maria.waitForEvent('download');
  await pressEnterOn(maria, byType.getByRole('button', { name: 'Ladda ned CSV' }));
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^statistik-byCaseType-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv.startsWith('\uFEFF"Ärendetyp";"Perioden ')).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[1]).toMatch(new RegExp(`^"${chosen}";"(\\d+|färre än 5)";"(\\d+|färre än 5)"$`));
});

test('the national service administration sees every region and the logins', async ({ logIn }) => {
  const elin = await logIn('staff', 'Elin Karlsson');
  await pressEnterOn(elin, elin.getByRole('link', { name: 'Statistik' }));
  await waitForFigures(elin);
  await expect(elin.getByRole('combobox', { name: 'Mottagning' })).toBeVisible();
  const regions = elin.getByRole('region', { name: 'Ärenden per region' });
  await pressEnterOn(elin, regions.getByRole('button', { name: 'Visa som tabell' }));
  await expect(
    regions.getByRole('table', { name: 'Skickade ärenden per region, perioden och perioden före' }),
  ).toBeVisible();
  await expect(regions.getByRole('rowheader', { name: 'Region Stockholm' })).toBeVisible();
  await expect(elin.getByRole('region', { name: 'Inloggningar per dag' })).toBeVisible();
  await expectNoAxeViolations(elin);
});
