import { type Page } from '@playwright/test';
import { expect, loginAs, test } from '../support/fixtures.ts';
import { acceptTermsIfAsked } from '../support/journeys.ts';

/**
 * Once `hold()` is called, keeps the answers to the form's draft query back until `release()`:
 * the draft the form asks for on the way back from the review page arrives when the test says.
 */
async function draftHolder(page: Page) {
  let holding: Promise<void> | null = null;
  let release = () => {};
  let held = 0;
  await page.route('**/api/citizen/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (holding && body?.operationName === 'CitizenCaseDraft') {
      held += 1;
      await holding;
    }
    await route.continue();
  });
  return {
    hold: () => {
      held = 0;
      holding = new Promise<void>((resolve) => {
        release = resolve;
      });
    },
    held: () => held,
    release: () => {
      holding = null;
      release();
    },
  };
}

const medicineName = (page: Page) => page.getByRole('textbox', { name: 'Läkemedlets namn' });

async function backWhileTheDraftLoads(
  page: Page,
  draft: Awaited<ReturnType<typeof draftHolder>>,
  goBack: () => Promise<unknown>,
  typed: string,
) {
  await page.getByRole('button', { name: 'Granska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Granska ditt ärende' })).toBeVisible();

  draft.hold();
  await goBack();
  await expect(page).toHaveURL(/\/citizen\/clinics\/[^/]+\/case-types\/[^/?]+\?draft=/);
  await expect.poll(draft.held).toBe(1);
  // Nothing to type into yet that the draft, once it answers, could overwrite.
  await expect(medicineName(page)).toHaveCount(0);
  draft.release();

  const field = medicineName(page);
  await expect(field).toHaveValue('Levaxin');
  await field.fill(typed);
  // The pause saves the draft; what was typed stays after the save has answered.
  await expect(
    page.getByRole('status').filter({ hasText: /^Utkastet sparades \d\d\.\d\d\.$/ }),
  ).toBeVisible();
  await expect(field).toHaveValue(typed);
  await field.fill('Levaxin');
}

test('Back from the review page, by the link or by the browser, keeps what is typed next', async ({
  page,
}) => {
  await loginAs(page, 'citizen', 'Margit Andersson');
  await acceptTermsIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await page.getByRole('link', { name: 'Hitta mottagning' }).click();
  await page.getByRole('textbox', { name: 'Mottagning eller ort' }).fill('Farsta');
  await page.getByRole('button', { name: 'Sök' }).click();
  await page.getByRole('link', { name: 'Farsta vårdcentral' }).click();
  await page.getByRole('link', { name: 'Förnya recept', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await medicineName(page).fill('Levaxin');
  await page.getByRole('textbox', { name: /Styrka/ }).fill('50 mikrogram');

  const draft = await draftHolder(page);
  await backWhileTheDraftLoads(page, draft, () => page.goBack(), 'Levaxin 75');
  await backWhileTheDraftLoads(
    page,
    draft,
    () => page.getByRole('link', { name: 'Ändra dina svar' }).click(),
    'Levaxin 100',
  );
});
