import { expect, expectNoAxeViolations, loginAs, test } from '../support/fixtures.ts';
import { acceptTermsIfAsked, expectNothingStoredInBrowser } from '../support/journeys.ts';

// A long journey (five axe checks, a draft left and resumed): the same allowance as the other
// long journeys, so a busy machine does not fail it on time alone.
test.describe.configure({ timeout: 240_000 });

test('citizen finds a clinic, fills in "Förnya recept", leaves it as a draft, comes back, reviews and sends it', async ({
  page,
}) => {
  await loginAs(page, 'citizen', 'Karin Holm');
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();

  // Find the clinic.
  await page.getByRole('link', { name: 'Hitta mottagning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hitta mottagning' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Mottagning eller ort' }).fill('Farsta');
  await page.getByRole('button', { name: 'Sök' }).click();
  await expect(page.getByRole('link', { name: 'Farsta vårdcentral' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Its contact card.
  await page.getByRole('link', { name: 'Farsta vårdcentral' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Farsta vårdcentral' })).toBeVisible();
  await expect(page.getByText('Tisdag–torsdag')).toBeVisible();
  await expectNoAxeViolations(page);

  // The form: Granska with nothing filled in shows the error summary, which takes focus.
  await page.getByRole('link', { name: 'Förnya recept', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expect(page.getByText(/Tjänsten är inte till för akuta ärenden/)).toBeVisible();
  await page.getByRole('button', { name: 'Granska' }).click();
  const summary = page.getByText('Du behöver rätta följande innan du kan gå vidare:');
  await expect(summary).toBeVisible();
  const summaryLink = page.getByRole('link', {
    name: 'Läkemedlets namn (Läkemedel 1): Du behöver fylla i det här.',
  });
  await expect(summaryLink).toBeVisible();
  await expectNoAxeViolations(page);
  await summaryLink.click();
  await expect(page.getByRole('textbox', { name: 'Läkemedlets namn' })).toBeFocused();

  // Two medicines, then save the draft.
  await page.getByRole('textbox', { name: 'Läkemedlets namn' }).fill('Levaxin');
  await page.getByRole('textbox', { name: /Styrka/ }).fill('50 mikrogram');
  await page.getByRole('button', { name: 'Lägg till läkemedel' }).click();
  const second = page.getByRole('group', { name: 'Läkemedel 2' });
  await expect(second.getByRole('textbox', { name: 'Läkemedlets namn' })).toBeFocused();
  await second.getByRole('textbox', { name: 'Läkemedlets namn' }).fill('Omeprazol');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByText(/Utkastet är sparat/)).toBeVisible();

  // Back to the start page; the draft is under "Mina utkast".
  await page.goto('/citizen/');
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  const drafts = page.getByRole('region', { name: 'Mina utkast' });
  await drafts.getByRole('link', { name: 'Förnya recept, Farsta vårdcentral' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: 'Läkemedel 1' })
      .getByRole('textbox', { name: 'Läkemedlets namn' }),
  ).toHaveValue('Levaxin');
  await expect(
    page
      .getByRole('group', { name: 'Läkemedel 2' })
      .getByRole('textbox', { name: 'Läkemedlets namn' }),
  ).toHaveValue('Omeprazol');

  // Review.
  await page.getByRole('button', { name: 'Granska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Granska ditt ärende' })).toBeVisible();
  await expect(page.getByText('Ditt ärende är granskat och sparat som utkast.')).toBeVisible();
  await expect(page.getByText('Levaxin')).toBeVisible();
  await expect(page.getByText('Omeprazol')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNothingStoredInBrowser(page);

  // "Ändra" goes back to the form with the answers.
  await page.getByRole('link', { name: 'Ändra' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Läkemedlets namn' }).first()).toHaveValue(
    'Levaxin',
  );

  // Review again and send: the receipt has a reference and takes focus.
  await page.getByRole('button', { name: 'Granska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Granska ditt ärende' })).toBeVisible();
  await expect(page.getByText(/Vid akuta ärenden: ring 112/)).toBeVisible();
  await page.getByRole('button', { name: 'Skicka' }).click();
  const receipt = page.getByRole('heading', { level: 1, name: 'Ditt ärende är skickat' });
  await expect(receipt).toBeVisible();
  await expect(receipt).toBeFocused();
  await expect(page.getByText(/^E-\d{4}-[0-9A-F]{8}$/)).toBeVisible();
  await expect(page.getByText('Farsta vårdcentral', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNothingStoredInBrowser(page);
});
