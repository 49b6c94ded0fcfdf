import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import {
  assignTo,
  openFromMyCases,
  openFromQueue,
  sendRenewPrescription,
  test,
} from '../support/case-loop.ts';
import { runJob } from '../support/proxy.ts';

test.describe.configure({ timeout: 240_000 });

/** Wilma takes part in no other journey, so no earlier notification silences hers. */
const CITIZEN = 'Wilma Nyberg';
const ADDRESS = 'wilma.nyberg.e2e@example.com';

type CaughtMail = { to: string[]; subject: string; text: string; messageId: string };

/** What the API's own SMTP catcher has received for one address (the test-only JSON door). */
async function mailsTo(request: APIRequestContext, address: string): Promise<CaughtMail[]> {
  const response = await request.get('/api/test/notifications');
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { mails: CaughtMail[] };
  return body.mails.filter((mail) => mail.to.includes(address));
}

/** The caregiver sends a message of one kind from the open case page. */
async function sendMessage(page: Page, kind: 'Delsvar' | 'Svar', text: string): Promise<void> {
  await page.getByRole('radio', { name: kind, exact: true }).check();
  await page.getByRole('textbox', { name: 'Meddelande till patienten' }).fill(text);
  await page.getByRole('button', { name: 'Skicka till patienten' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /är skickat till patienten/ }),
  ).toBeVisible();
}

test('an answer gives the citizen one content-free e-mail in her language; a second message within the quarter hour gives none', async ({
  logIn,
  request,
}) => {
  // Wilma asks for notifications by e-mail, in English.
  const wilma = await logIn('citizen', CITIZEN);
  await wilma.getByRole('link', { name: 'Aviseringar' }).first().click();
  await expect(wilma.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeVisible();
  await wilma.getByRole('checkbox', { name: 'Via e-post' }).check();
  await wilma.getByRole('textbox', { name: /E-postadress/ }).fill(ADDRESS);
  await wilma
    .getByRole('group', { name: 'Språk i aviseringar' })
    .getByRole('radio', { name: 'English' })
    .check();
  await wilma.getByRole('button', { name: 'Spara' }).click();
  await expect(wilma.getByText('Inställningarna är sparade.')).toBeVisible();
  await expectNoAxeViolations(wilma);

  const { reference } = await sendRenewPrescription(wilma, 'Levotyroxin');
  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);
  await assignTo(lena, 'Sofia Berglund');

  // Sofia answers; the sender job delivers over SMTP to the catcher.
  const sofia = await logIn('staff', 'Sofia Berglund');
  await openFromMyCases(sofia, reference);
  const answer = 'Receptet på Levotyroxin är förnyat och finns på apoteket i morgon.';
  await sendMessage(sofia, 'Delsvar', answer);
  await runJob(request, 'notification-sender');
  const first = await mailsTo(request, ADDRESS);
  expect(first).toHaveLength(1);
  const [mail] = first;
  if (!mail) throw new Error('no mail');
  expect(mail.subject).toMatch(/new message/i);
  expect(mail.text).toMatch(/log in/i);
  const everything = `${mail.subject}\n${mail.text}`;
  for (const secret of [
    'Wilma',
    'Nyberg',
    reference,
    'Farsta',
    'Förnya recept',
    'Renew prescription',
    'Levotyroxin',
    'Sofia',
    'apoteket',
  ]) {
    expect(everything, `the notification must not carry "${secret}"`).not.toContain(secret);
  }
  expect(everything).not.toMatch(/\d{6}[-+]?\d{4}/);

  // A second message within the quiet window: no second e-mail.
  await sendMessage(sofia, 'Svar', 'Hör av dig om du har frågor om dosen.');
  await runJob(request, 'notification-sender');
  expect(await mailsTo(request, ADDRESS)).toHaveLength(1);
});

test('a case receiver who opted in gets one content-free alert when a new case arrives', async ({
  logIn,
  request,
}) => {
  const address = 'lena.mattsson.e2e@example.com';
  const lena = await logIn('staff', 'Lena Mattsson');
  await lena.getByRole('link', { name: 'Aviseringar' }).click();
  await expect(lena.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeVisible();
  await expectNoAxeViolations(lena);
  await lena.getByRole('textbox', { name: /E-postadress för aviseringar/ }).fill(address);
  await lena.getByRole('checkbox', { name: /Nya ärenden kommer in i mottagningens kö/ }).check();
  await lena.getByRole('button', { name: 'Spara' }).click();
  await expect(lena.getByText('Aviseringarna är sparade.')).toBeVisible();
  await expectNoAxeViolations(lena);

  const karin = await logIn('citizen', 'Karin Holm');
  const { reference } = await sendRenewPrescription(karin, 'Metformin');
  await runJob(request, 'notification-sender');
  const alerts = await mailsTo(request, address);
  expect(alerts).toHaveLength(1);
  const [alert] = alerts;
  if (!alert) throw new Error('no alert');
  const everything = `${alert.subject}\n${alert.text}`;
  expect(everything).toMatch(/logga in/i);
  for (const secret of ['Karin', 'Holm', reference, 'Farsta', 'Förnya recept', 'Metformin']) {
    expect(everything, `the alert must not carry "${secret}"`).not.toContain(secret);
  }
});
