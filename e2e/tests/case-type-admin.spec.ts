import { expect, expectNoAxeViolations, loginAs, test } from '../support/fixtures.ts';
import { acceptTermsIfAsked } from '../support/journeys.ts';

test('the clinic administrator sets a holiday notice and closure on an e-service', async ({
  page,
}) => {
  await loginAs(page, 'staff', 'Maria Sundin');
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'E-tjänster på mottagningen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'E-tjänster på mottagningen' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Resevaccination Egen/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Förnya recept' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Inställningar för Förnya recept' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A closure that ends before it starts is refused, with the summary and the field error.
  await page.getByLabel('Stängd från och med').fill('2026-12-27');
  await page.getByLabel('Stängd till och med').fill('2026-12-20');
  await page.getByRole('button', { name: 'Spara' }).click();
  const summary = page.getByRole('group', { name: /Du behöver rätta följande/ });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', { name: 'Slutdatumet kan inte vara före startdatumet.' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByLabel('Meddelande på svenska')
    .fill('Under julhelgen svarar vi på receptförnyelser från den 28 december.');
  await page
    .getByLabel('Meddelande på engelska')
    .fill('Over Christmas we answer prescription renewals from 28 December.');
  await page.getByLabel('Stängd till och med').fill('2026-12-27');
  await page.getByLabel('Stängd från och med').fill('2026-12-24');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'är sparade' })).toBeVisible();
  await expect(page.getByLabel('Meddelande på svenska')).toHaveValue(/julhelgen/);
  await expect(page.getByLabel('Stängd från och med')).toHaveValue('2026-12-24');

  await page.getByRole('link', { name: 'Tillbaka till e-tjänster på mottagningen' }).click();
  await expect(page.getByRole('row', { name: /Förnya recept/ })).toContainText(
    'Stängd 2026-12-24 – 2026-12-27',
  );
});

test('the clinic administrator builds an own e-service, publishes it and then version 2', async ({
  page,
}) => {
  const name = `Hälsointyg för resa ${String(Date.now()).slice(-5)}`;
  await loginAs(page, 'staff', 'Maria Sundin');
  await acceptTermsIfAsked(page);
  await page.getByRole('link', { name: 'Egna e-tjänster' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Egna e-tjänster' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Namn på svenska').fill(name);
  await page.getByLabel('Namn på engelska (frivilligt)').fill('Travel health certificate');
  await page.getByRole('button', { name: 'Skapa' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Bygg formulär: ${name}` }),
  ).toBeVisible();

  // The new type starts with one question; change it and add a second, a choice.
  const first = page.getByRole('region', { name: /^Fråga 1/ });
  await first.getByLabel('Frågan på svenska').fill('Vart ska du resa?');
  await first.getByLabel('Frågan på engelska').fill('Where are you travelling?');
  await page
    .getByLabel('Typ av fråga att lägga till')
    .selectOption({ label: 'Ett val (radioknappar)' });
  await page.getByRole('button', { name: 'Lägg till fråga' }).click();
  const second = page.getByRole('region', { name: /^Fråga 2/ });
  await expect(second.getByLabel('Frågan på svenska')).toBeFocused();
  await second.getByLabel('Frågan på svenska').fill('Hur länge är du borta?');
  await second.getByLabel('Alternativ 1 på svenska').fill('Kortare än en månad');
  await second.getByLabel('Alternativ 2 på svenska').fill('En månad eller längre');
  await second.getByLabel('Invånaren måste svara').check();
  // A condition by keyboard: the second question waits until the first is answered.
  await second.getByRole('button', { name: 'Lägg till villkor' }).focus();
  await page.keyboard.press('Enter');
  await expect(second.getByLabel('Fråga i villkor 1')).toBeFocused();
  await expect(second.getByLabel('Fråga i villkor 1')).toHaveValue('message');
  await page.keyboard.press('Tab');
  await expect(second.getByLabel('Jämförelse i villkor 1')).toBeFocused();
  await expect(second.getByLabel('Jämförelse i villkor 1')).toHaveValue('answered');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByRole('region', { name: 'Förhandsgranskning' });
  await expect(preview.getByRole('heading', { name: name })).toBeVisible();
  await expect(preview.getByRole('radio', { name: 'Kortare än en månad' })).toHaveCount(0);
  await preview.getByRole('textbox', { name: /^Vart ska du resa\?/ }).fill('Thailand');
  await expect(preview.getByRole('radio', { name: 'Kortare än en månad' })).toBeVisible();
  await expect(preview.getByText('Vart ska du resa?')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Publicera' }).click();
  const dialog = page.getByRole('dialog', { name: `Publicera version 1 av ${name}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('En publicerad version ändras aldrig');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Ja, publicera' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Version 1 är publicerad.' }),
  ).toBeVisible();

  await first
    .getByLabel('Frågan på svenska')
    .fill('Vilket land eller vilka länder ska du resa till?');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();
  await page.getByRole('button', { name: 'Publicera' }).click();
  await page
    .getByRole('dialog', { name: `Publicera version 2 av ${name}?` })
    .getByRole('button', { name: 'Ja, publicera' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Version 2 är publicerad.' }),
  ).toBeVisible();

  const history = page.getByRole('table', { name: 'Versioner' });
  await expect(history.getByRole('row', { name: /^2 Publicerad/ })).toBeVisible();
  await expect(history.getByRole('row', { name: /^1 Ersatt av en nyare version/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the region administrator turns a national e-service off and on again', async ({ page }) => {
  await loginAs(page, 'staff', 'Thomas Wallin');
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('link', { name: 'E-tjänster på mottagningen' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Regionens utbud' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regionens utbud' })).toBeVisible();
  await expectNoAxeViolations(page);

  const advice = page.getByRole('checkbox', { name: 'Rådgivning' });
  await expect(advice).toBeChecked();
  await advice.uncheck();
  await expect(page.getByRole('status')).toHaveText('Rådgivning erbjuds inte längre i regionen.');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Rådgivning' })).not.toBeChecked();

  await page.getByRole('checkbox', { name: 'Rådgivning' }).check();
  await expect(page.getByRole('status')).toHaveText('Rådgivning erbjuds nu i regionen.');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Rådgivning' })).toBeChecked();
  await expectNoAxeViolations(page);
});
