import { expect, expectNoAxeViolations, loginAs, test } from '../support/fixtures.ts';
import { acceptTermsIfAsked } from '../support/journeys.ts';

// Response-time targets on the demo data: the clinic administrator's target
// per e-service, and the time left in the queue and in Mina ärenden, sorted by it.

test('the clinic administrator sees and sets the target to first answer in working hours', async ({
  page,
}) => {
  await loginAs(page, 'staff', 'Maria Sundin');
  await acceptTermsIfAsked(page);
  await page.getByRole('link', { name: 'E-tjänster på mottagningen' }).click();
  await page.getByRole('link', { name: 'Förnya recept' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Inställningar för Förnya recept' }),
  ).toBeVisible();
  const target = page.getByRole('textbox', { name: /Mål för tid till första svar/ });
  await expect(target).toHaveValue('16');

  // Out of range: the summary and the field say so, nothing is saved.
  await target.fill('600');
  await page.getByRole('button', { name: 'Spara' }).click();
  const summary = page.getByRole('group', { name: /Du behöver rätta följande/ });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', {
      name: 'Skriv ett antal timmar som ett heltal mellan 1 och 500, eller lämna tomt.',
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await target.fill('16');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är sparade' })).toBeVisible();
  await expect(target).toHaveValue('16');
});

test('the receiver and the caregiver see the time left and sort by it', async ({ page }) => {
  await loginAs(page, 'staff', 'Lena Mattsson');
  await acceptTermsIfAsked(page);
  await page.getByRole('link', { name: 'Inkommande ärenden' }).click();
  const table = page.getByRole('table', { name: 'Inkommande ärenden' });
  await expect(
    table.getByRole('columnheader', { name: 'Tid kvar till första svar' }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Sortering' }).selectOption({
    label: 'Minst tid kvar till första svar',
  });
  await page.getByRole('button', { name: 'Visa ärenden' }).click();
  // The demo has Farsta cases waiting past their due time: the most urgent comes first.
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText(/Försenat|kvar/);
  await expect(first).toContainText(/Senast /);
  await expect(table.getByText('Ingen svarstid att visa')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The case itself says the same among its details.
  await first.getByRole('link').first().click();
  const details = page.getByRole('region', { name: 'Om ärendet' });
  await expect(details).toContainText('Tid kvar till första svar');
  await expect(details).toContainText(/Försenat|kvar/);
  await expectNoAxeViolations(page);
});

test('a caregiver sorts Mina ärenden by time left', async ({ page }) => {
  await loginAs(page, 'staff', 'Per Hedlund');
  await acceptTermsIfAsked(page);
  await page.getByRole('link', { name: 'Mina ärenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Sortering' }).selectOption({
    label: 'Minst tid kvar till första svar',
  });
  await expect(page.getByRole('checkbox', { name: 'Visa även avslutade ärenden' })).toHaveCount(0);
  await expect(
    page
      .getByRole('table', { name: 'Mina ärenden' })
      .or(page.getByText('Du har inga ärenden just nu.')),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
