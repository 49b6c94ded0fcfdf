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
