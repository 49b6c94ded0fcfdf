import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import { test } from '../support/case-loop.ts';
import { runJob } from '../support/proxy.ts';

test.describe.configure({ timeout: 240_000 });

/** An address no other journey uses. */
const ADDRESS = 'driftstatus.e2e@example.com';
const TITLE = 'Inloggningen krånglar';

type CaughtMail = { to: string[]; subject: string; text: string };

/** The API's own SMTP catcher's mails to the address, after the sender has run. */
async function deliveredTo(request: APIRequestContext): Promise<CaughtMail[]> {
  await runJob(request, 'notification-sender');
  const response = await request.get('/api/test/notifications');
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { mails: CaughtMail[] };
  return body.mails.filter((mail) => mail.to.includes(ADDRESS));
}

/** The path of a link in a mail (`/citizen/driftstatus/confirm?token=…`). */
function linkIn(mail: CaughtMail, kind: 'confirm' | 'unsubscribe'): string {
  const match = new RegExp(`/citizen/driftstatus/${kind}\\?token=[\\w-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${kind} link`);
  return match[0];
}

/** Presses the page's one action button from the keyboard. */
async function pressWithKeyboard(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
}

test('anyone subscribes to driftstatus by keyboard, without login, confirms by the mail, gets what is published and unsubscribes by the mail', async ({
  browser,
  logIn,
  request,
}) => {
  // A visitor who is not logged in.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/citizen/driftstatus');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Driftstatus' })).toBeVisible();
  await expect(visitor.getByText('Inga kända störningar just nu.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(visitor);

  // The form, by keyboard: the address, Tab to the language (Swedish, as the page), Tab, Enter.
  await visitor.getByRole('textbox', { name: /E-postadress/ }).focus();
  await visitor.keyboard.type(ADDRESS);
  await visitor.keyboard.press('Tab');
  await expect(visitor.getByRole('radio', { name: 'Svenska' })).toBeFocused();
  await expect(visitor.getByRole('radio', { name: 'Svenska' })).toBeChecked();
  await visitor.keyboard.press('Tab');
  await expect(visitor.getByRole('button', { name: 'Prenumerera' })).toBeFocused();
  await visitor.keyboard.press('Enter');
  await expect(
    visitor.getByRole('status').filter({ hasText: /får du strax ett mejl/ }),
  ).toBeVisible();
  await expectNoAxeViolations(visitor);

  const [confirmation] = await deliveredTo(request);
  if (!confirmation) throw new Error('no confirmation mail');
  expect(confirmation.subject).toBe('Bekräfta din prenumeration på driftinformation');
  await visitor.goto(linkIn(confirmation, 'confirm'));
  await expect(
    visitor.getByRole('heading', { level: 1, name: 'Bekräfta prenumerationen' }),
  ).toBeVisible();
  await expectNoAxeViolations(visitor);
  await pressWithKeyboard(visitor, 'Bekräfta prenumerationen');
  await expect(visitor.getByText(/Prenumerationen är bekräftad/)).toBeVisible();

  // The national service administration publishes a disturbance going on now.
  const elin = await logIn('staff', 'Elin Karlsson');
  await elin
    .getByRole('navigation', { name: 'Nationell förvaltning' })
    .getByRole('link', { name: 'Driftstatus' })
    .click();
  await expect(elin.getByRole('heading', { level: 1, name: 'Driftstatus' })).toBeVisible();
  await expectNoAxeViolations(elin);
  await elin.getByRole('checkbox', { name: 'E-tjänsterna för invånare' }).check();
  await elin.getByRole('textbox', { name: 'Rubrik på svenska' }).fill(TITLE);
  await elin.getByRole('textbox', { name: 'Rubrik på engelska' }).fill('Login trouble');
  await elin
    .getByRole('textbox', { name: 'Beskrivning på svenska' })
    .fill('Vi felsöker inloggningen.');
  await elin
    .getByRole('textbox', { name: 'Beskrivning på engelska' })
    .fill('We are looking into the login.');
  await elin.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(elin.getByText('Publicerat. Prenumeranterna får ett mejl.')).toBeVisible();

  // The public page and the banner show it; the subscriber gets it by mail.
  await visitor.goto('/citizen/driftstatus');
  await expect(
    visitor.getByRole('heading', { level: 3, name: `Driftstörning: ${TITLE}` }),
  ).toBeVisible();
  const banner = visitor.getByRole('region', { name: 'Driftinformation' });
  await expect(banner.getByText(TITLE)).toBeVisible();
  await expectNoAxeViolations(visitor);
  const mails = await deliveredTo(request);
  const published = mails.find((m) => m.subject === `Driftstörning: ${TITLE}`);
  if (!published) throw new Error('no announcement mail');
  expect(published.text).toContain('Vi felsöker inloggningen.');

  // Unsubscribing by the mail's link, by keyboard.
  await visitor.goto(linkIn(published, 'unsubscribe'));
  await expect(
    visitor.getByRole('heading', { level: 1, name: 'Avsluta prenumerationen' }),
  ).toBeVisible();
  await pressWithKeyboard(visitor, 'Avsluta prenumerationen');
  await expect(visitor.getByText(/Prenumerationen är avslutad/)).toBeVisible();
  await expectNoAxeViolations(visitor);

  // Ended with closing words, which no longer reach the address; the banner goes away.
  const group = elin.getByRole('group', {
    name: `Uppdatera eller avsluta: Driftstörning: ${TITLE}`,
  });
  await group.getByRole('textbox', { name: 'Text på svenska' }).fill('Felet är åtgärdat.');
  await group.getByRole('textbox', { name: 'Text på engelska' }).fill('Fixed.');
  await group.getByRole('button', { name: 'Avsluta nu' }).click();
  await expect(elin.getByText('Avslutat. Prenumeranterna får ett mejl.')).toBeVisible();
  expect(await deliveredTo(request)).toHaveLength(mails.length);
  await visitor.goto('/citizen/driftstatus');
  await expect(visitor.getByText('Inga kända störningar just nu.', { exact: false })).toBeVisible();
  await expect(visitor.getByRole('region', { name: 'Driftinformation' })).toHaveCount(0);
});
