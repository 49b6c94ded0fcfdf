import { expect, expectNoAxeViolations, loginAs, test } from '../support/fixtures.ts';
import { acceptTermsIfAsked } from '../support/journeys.ts';

const MINUTE = 60_000;

test('inactivity warns before 60 minutes and then logs out (clock moved, not waited for)', async ({
  page,
  clock,
}) => {
  await page.clock.install();
  await loginAs(page, 'citizen', 'Karin Holm');
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();

  await clock.advance(56 * MINUTE);
  await page.clock.fastForward('00:31');
  const warning = page
    .getByRole('alertdialog', { name: 'Du loggas snart ut' })
    .or(page.getByRole('dialog', { name: 'Du loggas snart ut' }));
  await expect(warning).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fortsätt vara inloggad' })).toBeFocused();
  await expectNoAxeViolations(page);

  await clock.advance(5 * MINUTE);
  await page.clock.fastForward('00:31');
  await expect(page.getByRole('heading', { level: 1, name: 'Du har loggats ut' })).toBeVisible();
  await expect(page.getByText(/60 minuter/).first()).toBeVisible();
});

test('continuing from the warning keeps the user logged in', async ({ page, clock }) => {
  await page.clock.install();
  await loginAs(page, 'citizen', 'Leila Karimi');
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();

  await clock.advance(56 * MINUTE);
  await page.clock.fastForward('00:31');
  await page.getByRole('button', { name: 'Fortsätt vara inloggad' }).click();
  await expect(page.getByRole('button', { name: 'Fortsätt vara inloggad' })).toHaveCount(0);

  await clock.advance(30 * MINUTE);
  await page.clock.fastForward('00:31');
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await expect(page.getByText('Leila Karimi').first()).toBeVisible();
});
