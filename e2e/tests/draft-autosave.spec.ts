import { expect, expectNoAxeViolations, loginAs, test } from '../support/fixtures.ts';
import { acceptTermsIfAsked } from '../support/journeys.ts';

const MINUTE = 60_000;
const CITIZEN = 'Erik Lund';

test.describe.configure({ timeout: 240_000 });

test('a form in progress is saved as a draft while typing, so the inactivity logout loses nothing', async ({
  page,
  clock,
}) => {
  await page.clock.install();
  await loginAs(page, 'citizen', CITIZEN);
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();

  // To the form by keyboard: find the clinic, open its card, open "Förnya recept".
  await page.getByRole('link', { name: 'Hitta mottagning' }).focus();
  await page.keyboard.press('Enter');
  const search = page.getByRole('textbox', { name: 'Mottagning eller ort' });
  await search.focus();
  await page.keyboard.type('Farsta');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Farsta vårdcentral' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Farsta vårdcentral' })).toBeVisible();
  await page.getByRole('link', { name: 'Förnya recept', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();

  // Part of the form, typed; nobody presses "Spara utkast".
  await page.getByRole('textbox', { name: 'Läkemedlets namn' }).focus();
  await page.keyboard.type('Levaxin');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /Styrka/ })).toBeFocused();
  await page.keyboard.type('50 mikrogram');
  await page.getByRole('button', { name: 'Lägg till läkemedel' }).focus();
  await page.keyboard.press('Enter');
  const second = page.getByRole('group', { name: 'Läkemedel 2' });
  await expect(second.getByRole('textbox', { name: 'Läkemedlets namn' })).toBeFocused();
  await page.keyboard.type('Omeprazol');

  // A pause in the typing saves the draft; the status line says so quietly.
  await page.clock.fastForward(2_000);
  const status = page.getByRole('status').filter({ hasText: /^Utkastet sparades \d\d\.\d\d\.$/ });
  await expect(status).toBeVisible();
  await expect(page.getByRole('button', { name: 'Spara utkast' })).toBeEnabled();
  await expectNoAxeViolations(page);

  // The citizen walks away: the warning, then the logout after 60 minutes without activity.
  await clock.advance(56 * MINUTE);
  await page.clock.fastForward('00:31');
  const warning = page.getByRole('alertdialog', { name: 'Du loggas snart ut' });
  await expect(warning).toBeVisible();
  await expectNoAxeViolations(page);
  await clock.advance(5 * MINUTE);
  await page.clock.fastForward('00:31');
  await expect(page.getByRole('heading', { level: 1, name: 'Du har loggats ut' })).toBeVisible();
  await expect(page.getByText(/60 minuter/).first()).toBeVisible();

  // Logged in again, the draft is under "Mina utkast" with every answer given.
  await loginAs(page, 'citizen', CITIZEN);
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  const drafts = page.getByRole('region', { name: 'Mina utkast' });
  await drafts.getByRole('link', { name: 'Förnya recept, Farsta vårdcentral' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  const first = page.getByRole('group', { name: 'Läkemedel 1' });
  await expect(first.getByRole('textbox', { name: 'Läkemedlets namn' })).toHaveValue('Levaxin');
  await expect(first.getByRole('textbox', { name: /Styrka/ })).toHaveValue('50 mikrogram');
  await expect(second.getByRole('textbox', { name: 'Läkemedlets namn' })).toHaveValue('Omeprazol');
  await expectNoAxeViolations(page);
});
