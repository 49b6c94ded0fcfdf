import { expect, expectNoAxeViolations, loginAs, test } from '../support/fixtures.ts';
import { acceptTermsIfAsked } from '../support/journeys.ts';

test('staff with several clinics logs in, picks one and switches to another', async ({ page }) => {
  await page.goto('/staff/');
  await expectNoAxeViolations(page);
  await loginAs(page, 'staff', 'Amira Saleh');
  await acceptTermsIfAsked(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Välj arbetsplats' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Farsta vårdcentral' }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await expect(page.getByText('Amira Saleh').first()).toBeVisible();
  await expect(page.getByText('Distriktssköterska').first()).toBeVisible();
  await expect(page.getByText(/Farsta vårdcentral \(Mottagning\)/).first()).toBeVisible();
  await expect(page.getByText(/Ärendemottagare/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole('link', { name: 'Byt arbetsplats' })
    .or(page.getByRole('button', { name: 'Byt arbetsplats' }))
    .first()
    .click();
  await page.getByRole('radio', { name: 'BVC Hägersten' }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByText(/BVC Hägersten \(Mottagning\)/).first()).toBeVisible();
  await expect(page.getByText(/Administratör/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Du har loggats ut' })).toBeVisible();
});

test('staff whose assignment has ended is refused', async ({ page }) => {
  await loginAs(page, 'staff', 'Kristoffer Ahlgren');
  await expect(page).toHaveURL(/\/staff\/login\?error=NO_ACTIVE_ASSIGNMENT/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('logging out of the staff SPA leaves the citizen session in the same browser alone', async ({
  page,
}) => {
  await loginAs(page, 'citizen', 'Sara Ekström');
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await loginAs(page, 'staff', 'Sofia Berglund');
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Du har loggats ut' })).toBeVisible();
  await page.goto('/citizen/');
  await expect(page.getByText('Sara Ekström').first()).toBeVisible();
});

test('the staff information pages are readable and accessible, in Swedish and English', async ({
  page,
}) => {
  for (const [path, heading] of [
    ['/staff/accessibility', 'Tillgänglighetsredogörelse'],
    ['/staff/privacy', 'Så behandlar vi personuppgifter'],
    ['/staff/terms', 'Användarvillkor'],
    ['/staff/logged-out?reason=expired', 'Du har loggats ut'],
    ['/staff/login?error=NOT_IN_HSA_CATALOG', 'Inloggningen gick inte att slutföra'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto('/staff/?lang=en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Log in to work with requests' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/test-idp/staff?state=s&nonce=n&redirect_uri=/api/staff/auth/callback');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Logga in som personal' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
