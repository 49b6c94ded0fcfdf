import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import { test } from '../support/case-loop.ts';

// The administrator logs in and works two pages with axe on each: a minute on a quiet machine.
test.describe.configure({ timeout: 240_000 });

/** Moves focus with Tab until `control` has it (at most `max` presses), as a keyboard user would. */
async function tabTo(page: Page, control: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await control.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(control).toBeFocused();
}

test('the clinic administrator gives and takes back a role by keyboard, and the admin log says so', async ({
  logIn,
}) => {
  // Maria, the administrator at Farsta, opens "Behörigheter" from the start page.
  const maria = await logIn('staff', 'Maria Sundin');
  const link = maria.getByRole('link', { name: 'Behörigheter' });
  await tabTo(maria, link);
  await maria.keyboard.press('Enter');
  await expect(maria.getByRole('heading', { level: 1, name: 'Behörigheter' })).toBeVisible();
  const table = maria.getByRole('table', {
    name: 'Personal med uppdrag på mottagningen och deras roller',
  });
  await expect(table.getByRole('row', { name: /Maria Sundin \(du\)/ })).toBeVisible();
  await expectNoAxeViolations(maria);

  // A colleague the seed staffs Farsta with as undersköterska (case receiver): no other journey
  // logs in as them, so a role given and taken back here changes nobody else's pages.
  const row = table.getByRole('row').filter({ hasText: 'Undersköterska' }).first();
  const change = row.getByRole('button', { name: /^Ändra roller för / });
  const name = ((await change.textContent()) ?? '').replace('Ändra roller för ', '').trim();
  expect(name).not.toBe('');
  await expect(row).toContainText('Ärendemottagare');

  async function setAuditor(on: boolean): Promise<void> {
    await tabTo(maria, change);
    await maria.keyboard.press('Enter');
    // The form takes focus at its heading; the roles come next.
    await expect(
      maria.getByRole('heading', { level: 2, name: `Roller för ${name}` }),
    ).toBeFocused();
    const auditor = maria.getByRole('checkbox', { name: /^Granskare/ });
    await tabTo(maria, auditor);
    if ((await auditor.isChecked()) !== on) await maria.keyboard.press('Space');
    await expect(auditor).toBeChecked({ checked: on });
    await tabTo(maria, maria.getByRole('button', { name: 'Spara roller' }));
    await maria.keyboard.press('Enter');
    await expect(maria.getByRole('status')).toHaveText(`Rollerna för ${name} är sparade.`);
  }

  await setAuditor(true);
  await expect(row).toContainText('Ärendemottagare, Granskare');
  await expectNoAxeViolations(maria);
  await setAuditor(false);
  await expect(row).not.toContainText('Granskare');

  // The last administrator cannot step down: the page says why, and nothing changes.
  const own = table.getByRole('row', { name: /Maria Sundin \(du\)/ });
  await tabTo(maria, own.getByRole('button', { name: 'Ändra roller för Maria Sundin' }));
  await maria.keyboard.press('Enter');
  const admin = maria.getByRole('checkbox', { name: /^Administratör/ });
  await tabTo(maria, admin);
  await maria.keyboard.press('Space');
  await tabTo(maria, maria.getByRole('button', { name: 'Spara roller' }));
  await maria.keyboard.press('Enter');
  await expect(maria.getByRole('alert')).toContainText(
    'Mottagningen måste ha minst en administratör.',
  );
  await expectNoAxeViolations(maria);
  await maria.getByRole('button', { name: 'Avbryt' }).press('Enter');

  // The admin log: both changes, newest first, with who made them and in which role.
  await maria.goto('/staff/?lang=sv');
  await tabTo(maria, maria.getByRole('link', { name: 'Administrationslogg' }));
  await maria.keyboard.press('Enter');
  await expect(maria.getByRole('heading', { level: 1, name: 'Administrationslogg' })).toBeVisible();
  const log = maria.getByRole('table', { name: 'Administrativa åtgärder, senaste först' });
  const rows = log.getByRole('row');
  await expect(rows.nth(1)).toContainText(`Tog bort rollen Granskare för ${name}`);
  await expect(rows.nth(1)).toContainText('Maria Sundin');
  await expect(rows.nth(1)).toContainText('Administratör');
  await expect(rows.nth(2)).toContainText(`Gav ${name} rollen Granskare`);
  await expectNoAxeViolations(maria);
});
