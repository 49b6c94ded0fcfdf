import { expect, expectNoAxeViolations, loginAs, test } from '../support/fixtures.ts';
import { expectNothingStoredInBrowser } from '../support/journeys.ts';

test('citizen logs in, accepts the terms and logs out; Back shows nothing', async ({ page }) => {
  await page.goto('/citizen/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kontakta din vårdmottagning' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole('link', { name: 'Logga in' })
    .or(page.getByRole('button', { name: 'Logga in' }))
    .first()
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Logga in som invånare' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Logga in som Jonas Ekström' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Godkänn användarvillkoren' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Godkänn och fortsätt' }).click();
  await expect(
    page.getByText('Kryssa i att du har läst och godkänner användarvillkoren').first(),
  ).toBeVisible();
  await page
    .getByRole('checkbox', { name: 'Jag har läst och godkänner användarvillkoren' })
    .check();
  await page.getByRole('button', { name: 'Godkänn och fortsätt' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await expect(page.getByText('Jonas Ekström').first()).toBeVisible();
  await expect(page.getByText('19830208-2394').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNothingStoredInBrowser(page);

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Du har loggats ut' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kontakta din vårdmottagning' }),
  ).toBeVisible();
  await expect(page.getByText('Jonas Ekström')).toHaveCount(0);
  await expect(page.getByText('19830208-2394')).toHaveCount(0);
  await expectNothingStoredInBrowser(page);
});

test('a deep link before the terms are accepted leads back to them', async ({ page }) => {
  await loginAs(page, 'citizen', 'Fredrik Åberg');
  const terms = page.getByRole('heading', { level: 1, name: 'Godkänn användarvillkoren' });
  await expect(terms).toBeVisible();
  // The API refuses the inbox until the terms are accepted; the app goes back to them.
  await page.goto('/citizen/inbox');
  await expect(page).toHaveURL(/\/citizen\/$/);
  await expect(terms).toBeVisible();
});

test('a deceased person is refused with a clear message', async ({ page }) => {
  await loginAs(page, 'citizen', 'Gunnar Persson');
  await expect(page).toHaveURL(/\/citizen\/login\?error=DECEASED/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(
    page.getByText('Personnumret går inte att logga in med enligt folkbokföringen.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a person with only a samordningsnummer is refused', async ({ page }) => {
  await loginAs(page, 'citizen', 'Tomasz Kowalczyk');
  await expect(page).toHaveURL(/\/citizen\/login\?error=NO_PERSONNUMMER/);
  await expect(page.getByText(/samordningsnummer/i).first()).toBeVisible();
});

test('the information pages are readable and accessible, in Swedish and English', async ({
  page,
}) => {
  for (const [path, heading] of [
    ['/citizen/accessibility', 'Tillgänglighetsredogörelse'],
    ['/citizen/privacy', 'Så behandlar vi personuppgifter'],
    ['/citizen/terms', 'Användarvillkor'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto('/citizen/?lang=en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Contact your healthcare clinic' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
