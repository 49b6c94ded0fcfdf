import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import {
  FARSTA,
  inboxItemsOf,
  openFarsta,
  openFromQueue,
  openInbox,
  reviewAndSend,
  test,
} from '../support/case-loop.ts';
import { expectNothingStoredInBrowser } from '../support/journeys.ts';
import {
  apiClockNow,
  personnummerOnLoginPage,
  runProxyLifecycle,
  stockholmMidnight,
  swedishCalendarDate,
  thirteenthBirthday,
} from '../support/proxy.ts';

/** Leila Karimi, Adam's sole guardian (README personas). */
const LEILA = 'Leila Karimi, 19871105-2384';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// Several people log in, with axe on every page, and the clock moves to the birthday.
test.describe.configure({ timeout: 240_000 });

/** The banner that says whom the guardian acts for: on every page while acting for Adam. */
async function expectActingFor(page: Page, child: string): Promise<void> {
  const banner = page.getByRole('region', { name: 'Du agerar för ett barn' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(`Du agerar nu för ${child}`);
  await expect(banner.getByRole('button', { name: 'Sluta agera för Adam' })).toBeVisible();
}

/** The citizen's inbox from the start page, whether or not anything in it is unread. */
async function openInboxFromHome(page: Page): Promise<void> {
  await page.goto('/citizen/');
  await page.getByRole('link', { name: /^Inkorg( \(\d+ olästa?\))?$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inkorg' })).toBeVisible();
}

/** From the start page, "Agera för <first name>" with the keyboard; the banner takes focus. */
async function actFor(page: Page, firstName: string): Promise<void> {
  const button = page.getByRole('button', { name: `Agera för ${firstName}` });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Du agerar för ett barn' })).toBeFocused();
}

test('a guardian adds her child, sends "Förnya recept" for him, meets the padlock, and the proxy ends on his 13th birthday', async ({
  page,
  logIn,
  clock,
  request,
}) => {
  // Adam's and Noah's personnummer depend on the seed date; the login page lists them.
  const adamNumber = await personnummerOnLoginPage(page, 'Adam Karimi');
  const noahNumber = await personnummerOnLoginPage(page, 'Noah Ekström');
  const adam = `Adam Karimi, ${adamNumber}`;
  const birthday = thirteenthBirthday(adamNumber);

  // Leila has no children on her list yet.
  const leila = await logIn('citizen', 'Leila Karimi');
  const proxy = leila.getByRole('region', { name: 'Ombud för barn' });
  await expect(proxy).toBeVisible();
  await expect(proxy.getByText('Du har inte lagt till några barn.')).toBeVisible();
  await expectNoAxeViolations(leila);

  // A number that is not a personnummer is refused, and so is a child she has no custody of.
  const field = proxy.getByRole('textbox', { name: 'Barnets personnummer' });
  await field.fill('2015-12');
  await field.press('Enter');
  await expect(
    proxy.getByRole('link', {
      name: 'Kontrollera personnumret. Skriv det med 12 siffror: ÅÅÅÅMMDD-NNNN.',
    }),
  ).toBeVisible();
  await field.fill(noahNumber);
  await proxy.getByRole('button', { name: 'Lägg till barn' }).click();
  const refusal = proxy.getByRole('link', {
    name: 'Det går inte att lägga till barnet. Du kan bara lägga till barn under 13 år som du är vårdnadshavare för enligt folkbokföringen.',
  });
  await expect(refusal).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(leila);
  await refusal.click();
  await expect(field).toBeFocused();
  await expect(proxy.getByRole('list', { name: 'Barn som du är ombud för' })).toHaveCount(0);

  // Adam is added, with the keyboard.
  await field.fill(adamNumber);
  await field.press('Enter');
  const children = proxy.getByRole('list', { name: 'Barn som du är ombud för' });
  const entry = children.getByRole('listitem').filter({ hasText: 'Adam Karimi' });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(adamNumber);
  await expect(entry).toContainText(
    `Ombudet gäller till och med ${swedishCalendarDate(isoDayBefore(birthday))}.`,
  );
  await expect(proxy.getByRole('status')).toHaveText(
    'Adam Karimi är tillagd. Välj Agera för Adam för att sköta barnets ärenden.',
  );
  await expect(field).toHaveValue('');
  await expectNoAxeViolations(leila);

  // She acts for Adam: the banner, and the start page speaks of him.
  await actFor(leila, 'Adam');
  await expectActingFor(leila, adam);
  await expect(
    leila.getByText('Här samlas ärenden och meddelanden från vården för Adam Karimi.'),
  ).toBeVisible();
  await expect(leila.getByRole('region', { name: 'Ombud för barn' })).toHaveCount(0);
  await expectNoAxeViolations(leila);

  // At Farsta, a type not adapted for proxy has a padlock and no link.
  await openFarsta(leila);
  await expectActingFor(leila, adam);
  const types = leila.getByRole('region', { name: 'Det här kan du göra här' });
  const sickLeave = types.getByRole('listitem').filter({ hasText: 'Förlänga sjukskrivning' });
  await expect(sickLeave).toContainText('Ej tillgänglig för ombud');
  await expect(leila.getByRole('link', { name: 'Förlänga sjukskrivning' })).toHaveCount(0);
  const renew = types.getByRole('listitem').filter({ hasText: 'Förnya recept' });
  await expect(renew).not.toContainText('Ej tillgänglig för ombud');
  await expectNoAxeViolations(leila);

  // "Förnya recept" for Adam, to the receipt.
  await leila.getByRole('link', { name: 'Förnya recept', exact: true }).click();
  await expect(leila.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expectActingFor(leila, adam);
  await leila.getByRole('textbox', { name: 'Läkemedlets namn' }).fill('Flutide');
  await leila.getByRole('textbox', { name: /Styrka/ }).fill('50 mikrogram');
  await expectNoAxeViolations(leila);
  const { reference } = await reviewAndSend(leila);
  await expect(leila.getByText(FARSTA, { exact: true })).toBeVisible();
  await expectActingFor(leila, adam);
  await expectNoAxeViolations(leila);

  // Adam's inbox, in proxy mode, has the case; its page says Leila sent it.
  await openInboxFromHome(leila);
  await expectActingFor(leila, adam);
  const item = inboxItemsOf(leila, reference);
  await expect(item.first()).toBeVisible();
  await expectNoAxeViolations(leila);
  await item.first().getByRole('link').first().click();
  await expect(leila.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expect(leila.getByText(reference, { exact: true })).toBeVisible();
  const sentBy = leila.locator('dl div', { hasText: 'Skickat av' }).locator('dd');
  await expect(sentBy).toHaveText('Leila Karimi');
  await expectActingFor(leila, adam);
  await expectNoAxeViolations(leila);
  await expectNothingStoredInBrowser(leila);

  // Lena, the receiver, sees Adam as the patient and Leila as the sender.
  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);
  const about = lena.getByRole('region', { name: 'Om ärendet' });
  await expect(about).toContainText(adam);
  const sentByRow = about.locator('div', { has: lena.getByText('Skickat av', { exact: true }) });
  await expect(sentByRow.locator('dd')).toHaveText(LEILA);
  await expect(lena.getByText('Flutide')).toBeVisible();
  await expectNoAxeViolations(lena);

  // Ten minutes before Adam's 13th birthday (Stockholm): her earlier session has long timed
  // out, so Leila logs in again and acts for Adam once more.
  const eve = stockholmMidnight(birthday).getTime() - 10 * MINUTE;
  const before = Date.parse((await apiClockNow(request)).now);
  expect(eve - before).toBeGreaterThan(3 * DAY);
  expect(eve - before).toBeLessThan(5 * DAY);
  await clock.advance(eve - before);
  const leilaAgain = await logIn('citizen', 'Leila Karimi');
  await expect(
    leilaAgain
      .getByRole('list', { name: 'Barn som du är ombud för' })
      .getByRole('listitem')
      .filter({ hasText: 'Adam Karimi' }),
  ).toBeVisible();
  await actFor(leilaAgain, 'Adam');
  await expectActingFor(leilaAgain, adam);

  // Midnight passes; the proxy lifecycle runs; on reload she is herself again.
  await clock.advance(20 * MINUTE);
  expect((await apiClockNow(request)).today).toBe(birthday);
  await runProxyLifecycle(request);
  await leilaAgain.reload();
  await expect(leilaAgain.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
  await expect(leilaAgain.getByRole('region', { name: 'Du agerar för ett barn' })).toHaveCount(0);
  const proxyAfter = leilaAgain.getByRole('region', { name: 'Ombud för barn' });
  await expect(proxyAfter).toBeVisible();
  await expect(proxyAfter.getByText('Du har inte lagt till några barn.')).toBeVisible();
  await expect(proxyAfter.getByText('Adam Karimi')).toHaveCount(0);
  await expectNoAxeViolations(leilaAgain);
  await expectNothingStoredInBrowser(leilaAgain);

  // Adam, 13 now, logs in himself: his inbox asks him to give his contact details again.
  const adamHimself = await logIn('citizen', 'Adam Karimi');
  await openInboxFromHome(adamHimself);
  await expect(
    adamHimself.locator('summary', { hasText: 'Ange dina kontaktuppgifter igen' }),
  ).toBeVisible();
  await expect(adamHimself.getByRole('region', { name: 'Du agerar för ett barn' })).toHaveCount(0);
  await expectNoAxeViolations(adamHimself);
  await expectNothingStoredInBrowser(adamHimself);
});

test('a guardian reads the three-month notice that her proxy for Ella ends', async ({
  page,
  logIn,
}) => {
  const ellaNumber = await personnummerOnLoginPage(page, 'Ella Ekström');
  const endsOn = swedishCalendarDate(thirteenthBirthday(ellaNumber));

  const sara = await logIn('citizen', 'Sara Ekström');
  await openInbox(sara);
  const title = `Ditt ombud för Ella Ekström upphör den ${endsOn}`;
  const summary = sara.locator('summary', { hasText: title });
  await expect(summary).toHaveCount(1);
  await expect(summary).toContainText('Nytt meddelande:');
  await expectNoAxeViolations(sara);

  // Opening it with the keyboard shows the words and marks it read.
  await summary.focus();
  await sara.keyboard.press('Enter');
  await expect(
    sara.getByText(`Den ${endsOn} fyller Ella Ekström 13 år och då upphör ditt ombud.`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(summary).not.toContainText('Nytt meddelande');
  await expectNoAxeViolations(sara);

  // Still read after a reload.
  await sara.reload();
  await expect(sara.getByRole('heading', { level: 1, name: 'Inkorg' })).toBeVisible();
  await expect(summary).toBeVisible();
  await expect(summary).not.toContainText('Nytt meddelande');
  await expectNothingStoredInBrowser(sara);
});

/** The calendar day before a YYYY-MM-DD date. */
function isoDayBefore(date: string): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() - 1);
  return at.toISOString().slice(0, 10);
}
