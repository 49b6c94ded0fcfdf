import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import { sendRenewPrescription, test } from '../support/case-loop.ts';
import { expectNothingStoredInBrowser } from '../support/journeys.ts';

// Ten cases triaged and three answered by three people, with axe ten times along the way: a few
// minutes on a busy machine (an allowance, not a target).
test.describe.configure({ timeout: 600_000 });

const WIDTHS = { phone: 375, tablet: 768, desktop: 1440 } as const;

async function atWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
}

/** One GraphQL operation on the citizen API with the page's session. */
async function citizenGraphql<T>(page: Page, query: string, variables: object): Promise<T> {
  const response = await page.request.post('/api/citizen/graphql', {
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/**
 * The citizen sends one "Förnya recept" through the form, then `count - 1` more with the same
 * answers through the API the form uses (save the draft, review it, send it): the references
 * in the order sent.
 */
async function sendCases(page: Page, count: number): Promise<string[]> {
  const saved: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    const body = request.postDataJSON() as {
      operationName?: string;
      variables?: { input?: Record<string, unknown> };
    } | null;
    if (body?.operationName === 'CitizenSaveCaseDraft' && body.variables?.input) {
      saved.push(body.variables.input);
    }
  });
  const first = await sendRenewPrescription(page, 'Levaxin');
  const template = saved.at(-1);
  expect(template, 'the form saved its draft').toBeTruthy();
  const { draftId: _draft, revision: _revision, ...input } = template ?? {};
  const references = [first.reference];
  for (let n = 1; n < count; n += 1) {
    const draft = await citizenGraphql<{ saveCaseDraft: { id: string } }>(
      page,
      'mutation ($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }',
      { input },
    );
    await citizenGraphql(page, 'mutation ($id: ID!) { reviewCaseDraft(id: $id) { ready } }', {
      id: draft.saveCaseDraft.id,
    });
    const sent = await citizenGraphql<{ submitCase: { reference: string } }>(
      page,
      'mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { reference } }',
      { input: { draftId: draft.saveCaseDraft.id, idempotencyKey: randomUUID() } },
    );
    references.push(sent.submitCase.reference);
  }
  return references;
}

/** The element with focus, as text (a link's reference, a confirmation's words). */
const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent.trim() ?? '');

test('a receiver triages ten cases and a caregiver answers three, by keyboard', async ({
  logIn,
}) => {
  const karin = await logIn('citizen', 'Karin Holm');
  const references = await sendCases(karin, 10);
  expect(new Set(references).size).toBe(10);

  // Lena opens the queue and its shortcut help.
  const lena = await logIn('staff', 'Lena Mattsson');
  await atWidth(lena, WIDTHS.desktop);
  await lena.getByRole('link', { name: 'Inkommande ärenden' }).click();
  const table = lena.getByRole('table', { name: 'Inkommande ärenden' });
  await expect(table).toBeVisible();
  await lena.keyboard.press('?');
  const help = lena.getByRole('dialog', { name: 'Kortkommandon' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('button', { name: 'Stäng' })).toBeFocused();
  await expect(help).toContainText('Nästa ärende i listan');
  await expectNoAxeViolations(lena);
  await lena.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The new cases come last among the unassigned ones: show more until all ten are listed.
  const more = lena.getByRole('button', { name: 'Visa fler' });
  const last = table.getByRole('link', { name: references[9], exact: true });
  for (let pages = 1; (await last.count()) === 0 && pages < 20; pages += 1) {
    const rows = await table.getByRole('row').count();
    await more.focus();
    await lena.keyboard.press('Enter');
    await expect(table.getByRole('row')).not.toHaveCount(rows);
  }
  await expect(last).toBeVisible();
  for (const width of [WIDTHS.phone, WIDTHS.tablet, WIDTHS.desktop]) {
    await atWidth(lena, width);
    await expectNoAxeViolations(lena);
  }

  // j moves down the list to the first of the ten; Enter opens it.
  await lena.locator('body').focus();
  for (let presses = 0; (await focusedText(lena)) !== references[0] && presses < 300;) {
    await lena.keyboard.press('j');
    presses += 1;
  }
  expect(await focusedText(lena)).toBe(references[0]);
  await lena.keyboard.press('Enter');

  // Each case: a to the caregiver list, the caregiver typed, Ctrl+Enter assigns, j to the next.
  const widths = [WIDTHS.desktop, WIDTHS.tablet, WIDTHS.phone];
  for (const [index, reference] of references.entries()) {
    await expect(
      lena.getByRole('heading', { level: 1, name: `Ärende ${reference}` }),
    ).toBeVisible();
    const caregiver = index < 3 ? 'Per Hedlund' : 'Sofia Berglund';
    const list = lena.getByRole('combobox', { name: 'Vårdgivare' });
    await expect(list).toBeVisible();
    await lena.keyboard.press('a');
    await expect(list).toBeFocused();
    await expect(
      lena.getByRole('status').filter({ hasText: 'Välj vårdgivare och tilldela.' }),
    ).toHaveCount(1);
    await lena.keyboard.type(caregiver);
    await expect(list.locator('option:checked')).toHaveText(new RegExp(`^${caregiver},`));
    await lena.keyboard.press('Control+Enter');
    const done = lena.getByRole('status').filter({ hasText: `Ärendet är tilldelat ${caregiver}.` });
    await expect(done).toBeFocused();
    await expect(lena.getByRole('region', { name: 'Om ärendet' })).toContainText(caregiver);
    const next = references[index + 1];
    if (next) {
      await expect(
        done.getByRole('link', { name: `Nästa ärende i listan: ${next}` }),
      ).toBeVisible();
    }
    const width = widths[index];
    if (width) {
      await atWidth(lena, width);
      await expectNoAxeViolations(lena);
      await atWidth(lena, WIDTHS.desktop);
    }
    if (next) await lena.keyboard.press('j');
  }
  await expectNothingStoredInBrowser(lena);

  // Per answers his three from "Mina ärenden", newest event first.
  const per = await logIn('staff', 'Per Hedlund');
  await per.getByRole('link', { name: 'Mina ärenden' }).click();
  await expect(per.getByRole('table', { name: 'Mina ärenden' })).toBeVisible();
  const his = [references[2], references[1], references[0]];
  await per.keyboard.press('j');
  expect(await focusedText(per)).toBe(his[0]);
  await per.keyboard.press('Enter');
  for (const [index, reference] of his.entries()) {
    const width = widths[index] ?? WIDTHS.desktop;
    await atWidth(per, width);
    await expect(per.getByRole('heading', { level: 1, name: `Ärende ${reference}` })).toBeVisible();
    await per.keyboard.press('r');
    const text = per.getByRole('textbox', { name: 'Meddelande till patienten' });
    await expect(text).toBeFocused();
    await per.keyboard.type('Hej! Receptet är förnyat och finns på apoteket.');
    await expect(text).toHaveValue('Hej! Receptet är förnyat och finns på apoteket.');
    await per.keyboard.press('Control+Enter');
    const sent = per.getByRole('status').filter({ hasText: 'Svaret är skickat till patienten.' });
    await expect(sent).toBeFocused();
    await expect(per.getByRole('region', { name: 'Om ärendet' })).toContainText('Besvarad');
    await expect(sent.getByRole('link', { name: 'Till mina ärenden' })).toBeVisible();
    await expectNoAxeViolations(per);
    const next = his[index + 1];
    if (next) {
      await expect(
        sent.getByRole('link', { name: `Nästa ärende i listan: ${next}` }),
      ).toBeVisible();
      await per.keyboard.press('j');
    }
  }
  await expectNothingStoredInBrowser(per);
});
