import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loginAs, test as base } from './fixtures.ts';
import { acceptTermsIfAsked } from './journeys.ts';

/** The clinic every case-loop journey works at. */
export const FARSTA = 'Farsta vårdcentral';

/** A case as the journeys know it: its reference (E-YYYY-XXXXXXXX) and its id in the URLs. */
export type SentCase = { reference: string; caseId: string };

/** Logs a persona in on a browser of their own; staff land on the start page at Farsta. */
export type LogIn = (surface: 'citizen' | 'staff', personaName: string) => Promise<Page>;

export async function logInFresh(
  context: BrowserContext,
  surface: 'citizen' | 'staff',
  personaName: string,
): Promise<Page> {
  const page = await context.newPage();
  await loginAs(page, surface, personaName);
  await acceptTermsIfAsked(page);
  const home = page.getByRole('heading', { level: 1, name: 'Översikt' });
  const chooser = page.getByRole('heading', { level: 1, name: 'Välj arbetsplats' });
  await expect(home.or(chooser)).toBeVisible();
  if (surface === 'staff' && (await chooser.isVisible())) {
    await page.getByRole('radio', { name: FARSTA }).check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
  }
  await expect(home).toBeVisible();
  return page;
}

/**
 * `logIn(surface, persona)`: each persona in a browser context of their own (own cookies), so
 * a journey can pass a case between citizen, receiver and caregiver; closed after the test.
 */
export const test = base.extend<{ logIn: LogIn }>({
  logIn: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (surface, personaName) => {
      const context = await browser.newContext();
      contexts.push(context);
      return logInFresh(context, surface, personaName);
    });
    for (const context of contexts) await context.close();
  },
});

/** From the citizen's start page to the clinic's contact card, searching with Enter. */
export async function openFarsta(page: Page): Promise<void> {
  await page.goto('/citizen/');
  await page.getByRole('link', { name: 'Hitta mottagning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hitta mottagning' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Mottagning eller ort' }).fill('Farsta');
  await page.getByRole('textbox', { name: 'Mottagning eller ort' }).press('Enter');
  await page.getByRole('link', { name: FARSTA }).click();
  await expect(page.getByRole('heading', { level: 1, name: FARSTA })).toBeVisible();
}

/** Review and send the open form; returns the receipt's reference and the case id. */
export async function reviewAndSend(page: Page): Promise<SentCase> {
  await page.getByRole('button', { name: 'Granska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Granska ditt ärende' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Skicka' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ditt ärende är skickat' }),
  ).toBeVisible();
  const referenceText = page.getByText(/^E-\d{4}-[0-9A-F]{8}$/);
  await expect(referenceText).toBeVisible();
  const reference = (await referenceText.textContent())?.trim() ?? '';
  const caseId = /\/citizen\/cases\/([^/]+)\/receipt/.exec(page.url())?.[1];
  expect(caseId, `case id in ${page.url()}`).toBeTruthy();
  return { reference, caseId: decodeURIComponent(caseId ?? '') };
}

/** The citizen sends "Förnya recept" at Farsta for one medicine. */
export async function sendRenewPrescription(page: Page, medicine: string): Promise<SentCase> {
  await openFarsta(page);
  await page.getByRole('link', { name: 'Förnya recept', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Läkemedlets namn' }).fill(medicine);
  await page.getByRole('textbox', { name: /Styrka/ }).fill('10 mg');
  return reviewAndSend(page);
}

/**
 * From the staff start page through "Inkommande ärenden" to the case: the queue shows new cases
 * first, but other journeys may have sent more, so it pages with "Visa fler" until it is there.
 */
export async function openFromQueue(page: Page, reference: string): Promise<void> {
  await page.goto('/staff/');
  await page.getByRole('link', { name: 'Inkommande ärenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inkommande ärenden' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Inkommande ärenden' });
  await expect(table).toBeVisible();
  const link = table.getByRole('link', { name: reference, exact: true });
  const more = page.getByRole('button', { name: 'Visa fler' });
  for (let pages = 1; (await link.count()) === 0 && pages < 20; pages += 1) {
    const rows = await table.getByRole('row').count();
    await more.click();
    await expect(table.getByRole('row')).not.toHaveCount(rows);
  }
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: `Ärende ${reference}` })).toBeVisible();
}

/** The receiver, on the case page, assigns it to a caregiver (chosen by name) with the keyboard. */
export async function assignTo(page: Page, caregiverName: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Vårdgivare' });
  const option = select.locator('option', { hasText: caregiverName });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute('value')) ?? '');
  // Tab from the list to "Tilldela" and press Enter.
  await select.press('Tab');
  await expect(page.getByRole('button', { name: 'Tilldela' })).toBeFocused();
  await page.keyboard.press('Enter');
  const done = page
    .getByRole('status')
    .filter({ hasText: `Ärendet är tilldelat ${caregiverName}.` });
  // The confirmation may go on with a link to the next case of the list the receiver came from.
  await expect(done).toHaveText(new RegExp(`^Ärendet är tilldelat ${caregiverName}\\.`));
  await expect(done).toBeFocused();
  await expect(page.getByRole('region', { name: 'Om ärendet' })).toContainText(caregiverName);
}

/** A caregiver, from the start page through "Mina ärenden", opens the case. */
export async function openFromMyCases(page: Page, reference: string): Promise<void> {
  await page.goto('/staff/');
  await page.getByRole('link', { name: 'Mina ärenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await page
    .getByRole('table', { name: 'Mina ärenden' })
    .getByRole('link', { name: reference, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Ärende ${reference}` })).toBeVisible();
}

/** The citizen's inbox, reached from the start page's link with the unread count. */
export async function openInbox(page: Page): Promise<void> {
  await page.goto('/citizen/');
  await page.getByRole('link', { name: /^Inkorg \(\d+ olästa?\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inkorg' })).toBeVisible();
}

/** The inbox entries that belong to one case (each shows "Ärende <reference>"). */
export function inboxItemsOf(page: Page, reference: string) {
  return page.getByRole('listitem').filter({ hasText: `Ärende ${reference}` });
}
