import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import {
  assignTo,
  inboxItemsOf,
  openFromMyCases,
  openFromQueue,
  openInbox,
  sendRenewPrescription,
  test,
} from '../support/case-loop.ts';
import { expectNothingStoredInBrowser } from '../support/journeys.ts';

// A journey with a citizen and two staff members, axe at three widths: a minute or two.
test.describe.configure({ timeout: 240_000 });

/** The unread count the document title says ("Inkorg (2 olästa) – …"); 0 without one. */
async function unreadInTitle(page: Page): Promise<number> {
  const match = /^Inkorg \((\d+) olästa?\) – /.exec(await page.title());
  return match?.[1] ? Number(match[1]) : 0;
}

/** Tabs forward from where focus is until `target` has it; fails after `limit` presses. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${String(limit)} presses of Tab never reached the link`);
}

test('the citizen finds a new answer in her inbox by keyboard: one entry per case, the answer first and marked, the count in the title and heading', async ({
  logIn,
}) => {
  // Karin sends two cases; the first is answered after the second is sent.
  const karin = await logIn('citizen', 'Karin Holm');
  const answered = await sendRenewPrescription(karin, 'Levaxin');
  const waiting = await sendRenewPrescription(karin, 'Omeprazol');

  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, answered.reference);
  await assignTo(lena, 'Per Hedlund');
  const per = await logIn('staff', 'Per Hedlund');
  await openFromMyCases(per, answered.reference);
  await per.getByRole('radio', { name: 'Svar', exact: true }).check();
  await per
    .getByRole('textbox', { name: 'Meddelande till patienten' })
    .fill('Hej! Receptet är förnyat och finns på apoteket.');
  await per.getByRole('checkbox', { name: 'Receptet är förnyat' }).check();
  await per.getByRole('button', { name: 'Skicka till patienten' }).click();
  await expect(
    per.getByRole('status').filter({ hasText: 'Svaret är skickat till patienten.' }),
  ).toBeVisible();

  // The inbox: the count in the document title and in the h1.
  await openInbox(karin);
  const before = await unreadInTitle(karin);
  expect(before).toBeGreaterThan(0);
  const heading = karin.getByRole('heading', { level: 1 });
  await expect(heading).toHaveAccessibleName(
    new RegExp(`^Inkorg ${String(before)} olästa? meddelanden?$`),
  );

  // One entry per case: the answered case first, its answer marked and said first.
  const answeredItems = inboxItemsOf(karin, answered.reference);
  const waitingItems = inboxItemsOf(karin, waiting.reference);
  await expect(answeredItems).toHaveCount(1);
  await expect(waitingItems).toHaveCount(1);
  const entries = karin.locator('ul.etj-inbox > li');
  const texts = await entries.allTextContents();
  const answeredAt = texts.findIndex((t) => t.includes(`Ärende ${answered.reference}`));
  const waitingAt = texts.findIndex((t) => t.includes(`Ärende ${waiting.reference}`));
  expect(answeredAt).toBeGreaterThanOrEqual(0);
  expect(answeredAt).toBeLessThan(waitingAt);
  const answerLink = answeredItems.getByRole('link', {
    name: 'Nytt svar: Förnya recept',
    exact: true,
  });
  await expect(answerLink).toBeVisible();
  await expect(answeredItems.locator('.etj-entry-tag--new')).toHaveText('Nytt svar');
  await expect(answeredItems).toContainText('Svar från Per Hedlund');
  // The case with only its receipt says when it was sent, not the receipt.
  await expect(
    waitingItems.getByRole('link', { name: 'Förnya recept', exact: true }),
  ).toBeVisible();
  await expect(waitingItems).toContainText(/Skickat \d+ \w+ \d{4}/);
  await expect(waitingItems).not.toContainText('Ärendet är skickat');

  // Axe clean on a phone, a tablet and a desktop.
  for (const width of [375, 768, 1440]) {
    await karin.setViewportSize({ width, height: 900 });
    await expect(answerLink).toBeVisible();
    await expectNoAxeViolations(karin);
  }

  // By keyboard from the top of the page to the answer, and into the case.
  await karin.reload();
  await expect(heading).toBeVisible();
  await tabTo(karin, answerLink);
  await karin.keyboard.press('Enter');
  await expect(karin.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expect(karin.getByText('Hej! Receptet är förnyat och finns på apoteket.')).toBeVisible();
  await expectNoAxeViolations(karin);

  // Back in the inbox the answer is read: no tag, one fewer unread.
  await karin.getByRole('link', { name: 'Till inkorgen' }).last().click();
  await expect(heading).toBeVisible();
  await expect(
    answeredItems.getByRole('link', { name: 'Förnya recept', exact: true }),
  ).toBeVisible();
  await expect(answeredItems.locator('.etj-entry-tag')).toHaveCount(0);
  await expect.poll(() => unreadInTitle(karin)).toBe(before - 1);
  await expectNothingStoredInBrowser(karin);
});
