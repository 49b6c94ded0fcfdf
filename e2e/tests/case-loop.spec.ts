import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import {
  assignTo,
  FARSTA,
  inboxItemsOf,
  openFarsta,
  openFromMyCases,
  openFromQueue,
  openInbox,
  reviewAndSend,
  sendRenewPrescription,
  test,
} from '../support/case-loop.ts';
import { expectNothingStoredInBrowser } from '../support/journeys.ts';

/** Karin Holm's personnummer (README personas). */
const KARIN_PERSONNUMMER = '19790417-2389';

// Each journey passes a case between several people, each logging in, with axe on every page:
// a minute or two each, more on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** A 1×1 PNG, recognised by its content. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('citizen sends "Förnya recept", the receiver assigns it, the caregiver answers, the citizen reads the answer', async ({
  logIn,
}) => {
  // Karin sends the case.
  const karin = await logIn('citizen', 'Karin Holm');
  const { reference } = await sendRenewPrescription(karin, 'Sertralin');
  await expectNoAxeViolations(karin);

  // Lena finds it among the incoming cases and assigns it to Per.
  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);
  await expect(lena.getByRole('region', { name: 'Om ärendet' })).toContainText('Ny');
  await expect(lena.getByRole('region', { name: 'Om ärendet' })).toContainText('Karin Holm');
  await expect(lena.getByText('Sertralin')).toBeVisible();
  await expectNoAxeViolations(lena);
  await assignTo(lena, 'Per Hedlund');
  await expect(lena.getByRole('region', { name: 'Om ärendet' })).toContainText('Tilldelad');
  await expectNoAxeViolations(lena);

  // Per answers from "Mina ärenden": the prescription is renewed.
  const per = await logIn('staff', 'Per Hedlund');
  await per.getByRole('link', { name: 'Mina ärenden' }).click();
  await expect(per.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await expect(per.getByRole('link', { name: reference, exact: true })).toBeVisible();
  await expectNoAxeViolations(per);
  await openFromMyCases(per, reference);
  await expectNoAxeViolations(per);
  await per.getByRole('radio', { name: 'Svar', exact: true }).check();
  const text = per.getByRole('textbox', { name: 'Meddelande till patienten' });
  const standard = per.getByRole('combobox', { name: 'Standardsvar' });
  if ((await standard.count()) > 0) {
    const first = await standard.locator('option').nth(1).getAttribute('value');
    await standard.selectOption(first ?? '');
    await per.getByRole('button', { name: 'Infoga standardsvar' }).click();
    await expect(text).toBeFocused();
    await expect(text).not.toHaveValue('');
  } else {
    await text.fill('Hej! Receptet är förnyat och finns på apoteket.');
  }
  await per.getByRole('checkbox', { name: 'Receptet är förnyat' }).check();
  await per.getByRole('button', { name: 'Skicka till patienten' }).click();
  const sent = per.getByRole('status').filter({ hasText: 'Svaret är skickat till patienten.' });
  await expect(sent).toBeVisible();
  await expect(sent).toBeFocused();
  await expect(per.getByRole('region', { name: 'Om ärendet' })).toContainText('Besvarad');
  await expect(per.getByRole('heading', { level: 3, name: /^Svar, / })).toBeVisible();
  await expect(per.getByText('Inte läst av patienten än')).toBeVisible();
  await expectNoAxeViolations(per);

  // Karin reads the answer from her inbox.
  await openInbox(karin);
  await expectNoAxeViolations(karin);
  await inboxItemsOf(karin, reference)
    .getByRole('link', { name: 'Nytt svar: Förnya recept', exact: true })
    .click();
  await expect(karin.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expect(karin.getByText(reference, { exact: true })).toBeVisible();
  await expect(karin.getByText('Ditt recept är förnyat', { exact: true })).toBeVisible();
  const facts = karin.locator('dl.etj-case-facts');
  await expect(facts.locator('div', { hasText: 'Status' }).locator('dd')).toHaveText('Besvarat');
  await expectNoAxeViolations(karin);

  // Back in the inbox the answer is read.
  await karin.getByRole('link', { name: 'Till inkorgen' }).last().click();
  await expect(karin.getByRole('heading', { level: 1, name: 'Inkorg' })).toBeVisible();
  const items = inboxItemsOf(karin, reference);
  await expect(items.getByRole('link', { name: 'Förnya recept', exact: true })).toBeVisible();
  await expect(items.getByRole('link', { name: /Nytt svar/ })).toHaveCount(0);
  await expectNothingStoredInBrowser(karin);

  // Per sees that Karin has read it.
  await per.reload();
  await expect(per.getByText(/^Läst av patienten /)).toBeVisible();
  await expectNothingStoredInBrowser(per);
});

test('a counter-question goes to the citizen and her reply back to the caregiver', async ({
  logIn,
}) => {
  const karin = await logIn('citizen', 'Karin Holm');
  const { reference } = await sendRenewPrescription(karin, 'Enalapril');
  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);
  await assignTo(lena, 'Sofia Berglund');

  // Sofia asks a counter-question, sending it with the keyboard.
  const sofia = await logIn('staff', 'Sofia Berglund');
  await openFromMyCases(sofia, reference);
  await sofia.getByRole('radio', { name: 'Motfråga' }).check();
  await sofia
    .getByRole('textbox', { name: 'Meddelande till patienten' })
    .fill('Vilken dos tar du i dag, och när tog du senaste tabletten?');
  await sofia.getByRole('button', { name: 'Skicka till patienten' }).focus();
  await sofia.keyboard.press('Enter');
  await expect(
    sofia.getByRole('status').filter({ hasText: 'Motfrågan är skickad till patienten.' }),
  ).toBeFocused();
  await expect(sofia.getByRole('region', { name: 'Om ärendet' })).toContainText(
    'Väntar på patienten',
  );
  await expectNoAxeViolations(sofia);

  // Karin sees the question and answers it.
  await openInbox(karin);
  await inboxItemsOf(karin, reference)
    .getByRole('link', { name: 'Vårdgivaren väntar på ditt svar: Förnya recept', exact: true })
    .click();
  await expect(karin.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expect(
    karin.getByRole('heading', { level: 3, name: 'Fråga från mottagningen' }),
  ).toBeVisible();
  await expect(karin.getByText('Vilken dos tar du i dag')).toBeVisible();
  const status = karin.locator('dl.etj-case-facts div', { hasText: 'Status' }).locator('dd');
  await expect(status).toHaveText('Väntar på ditt svar');
  await expectNoAxeViolations(karin);

  // An empty reply is refused first; the error summary leads to the field.
  await karin.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(karin.getByRole('link', { name: 'Skriv ditt svar.' })).toBeVisible();
  await expectNoAxeViolations(karin);
  await karin.getByRole('link', { name: 'Skriv ditt svar.' }).click();
  const reply = karin.getByRole('textbox', { name: 'Ditt svar' });
  await expect(reply).toBeFocused();
  await reply.fill('10 mg en gång om dagen, senast i morse.');
  await karin.getByRole('button', { name: 'Skicka svar' }).click();
  const replied = karin.getByRole('status').filter({
    hasText: 'Ditt svar är skickat till mottagningen.',
  });
  await expect(replied).toBeFocused();
  await expect(status).toHaveText('Mottagningen arbetar med ärendet');
  await expect(karin.getByRole('heading', { level: 3, name: 'Ditt svar' })).toBeVisible();
  await expect(karin.getByRole('textbox', { name: 'Ditt svar' })).toHaveCount(0);
  await expectNoAxeViolations(karin);

  // Sofia sees the reply in the thread; the case is hers to handle again.
  await sofia.reload();
  await expect(sofia.getByRole('heading', { level: 1, name: `Ärende ${reference}` })).toBeVisible();
  await expect(
    sofia.getByRole('heading', { level: 3, name: /^Svar från patienten, / }),
  ).toBeVisible();
  await expect(sofia.getByText('10 mg en gång om dagen, senast i morse.')).toBeVisible();
  await expect(sofia.getByRole('region', { name: 'Om ärendet' })).toContainText('Tilldelad');
  await expectNoAxeViolations(sofia);
});

test('a caregiver the case is not assigned to can neither list nor open it', async ({ logIn }) => {
  const karin = await logIn('citizen', 'Karin Holm');
  const { reference } = await sendRenewPrescription(karin, 'Metformin');
  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);
  const caseUrl = new URL(lena.url());
  expect(caseUrl.pathname).toMatch(/^\/staff\/cases\/[^/]+$/);
  await assignTo(lena, 'Per Hedlund');

  const sofia = await logIn('staff', 'Sofia Berglund');
  await sofia.getByRole('link', { name: 'Mina ärenden' }).click();
  await expect(sofia.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await expect(sofia.getByRole('table', { name: 'Mina ärenden' })).toBeVisible();
  await expect(sofia.getByRole('link', { name: reference, exact: true })).toHaveCount(0);

  await sofia.goto(caseUrl.pathname);
  await expect(
    sofia.getByRole('heading', { level: 1, name: 'Ärendet kan inte visas' }),
  ).toBeVisible();
  await expect(
    sofia.getByText('Ärendet finns inte eller så har du inte behörighet att se det.'),
  ).toBeVisible();
  await expect(sofia.getByText(reference)).toHaveCount(0);
  await expect(sofia.getByText('Karin Holm')).toHaveCount(0);
  await expectNoAxeViolations(sofia);
});

test('the auditor finds who opened the patient’s case in the access log', async ({ logIn }) => {
  const karin = await logIn('citizen', 'Karin Holm');
  const { reference } = await sendRenewPrescription(karin, 'Atorvastatin');
  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);
  await assignTo(lena, 'Per Hedlund');

  const birgitta = await logIn('staff', 'Birgitta Öberg');
  await expect(birgitta.getByRole('link', { name: 'Inkommande ärenden' })).toHaveCount(0);
  await birgitta.getByRole('link', { name: 'Loggranskning' }).click();
  await expect(birgitta.getByRole('heading', { level: 1, name: 'Loggranskning' })).toBeVisible();
  await expectNoAxeViolations(birgitta);

  // Search by the patient's personnummer, submitting with Enter.
  const patient = birgitta.getByRole('textbox', { name: 'Patientens personnummer' });
  await patient.fill(KARIN_PERSONNUMMER);
  await patient.press('Enter');
  const table = birgitta.getByRole('table', { name: 'Loggposter, de senaste först' });
  const rowsOfCase = table.getByRole('row').filter({ hasText: reference });
  const byLena = rowsOfCase.filter({ hasText: 'Lena Mattsson (SE2321000016-lm101)' });
  await expect(byLena.filter({ hasText: 'Öppnade ärendet' }).first()).toBeVisible();
  await expect(byLena.filter({ hasText: 'Tilldelade ärendet' })).toHaveCount(1);
  await expect(byLena.filter({ hasText: 'Tilldelade ärendet' })).toContainText('Ärendemottagare');
  // Every row found is about Karin.
  const bodyRows = table.locator('tbody tr');
  const count = await bodyRows.count();
  expect(count).toBeGreaterThan(0);
  for (let row = 0; row < count; row += 1) {
    await expect(bodyRows.nth(row)).toContainText(`Karin Holm, ${KARIN_PERSONNUMMER}`);
  }
  await expectNoAxeViolations(birgitta);

  // A personnummer that cannot exist is refused.
  await patient.fill('19790417-2388');
  await birgitta.getByRole('button', { name: 'Sök' }).click();
  await expect(
    birgitta.getByRole('link', {
      name: 'Skriv ett personnummer som finns, med 12 siffror, till exempel 19121212-1212.',
    }),
  ).toBeVisible();
  await expectNoAxeViolations(birgitta);
});

test('a citizen attaches a PNG to "Begära intyg" and the receiver downloads it', async ({
  logIn,
}) => {
  const karin = await logIn('citizen', 'Karin Holm');
  await openFarsta(karin);
  await karin.getByRole('link', { name: 'Begära intyg', exact: true }).click();
  await expect(karin.getByRole('heading', { level: 1, name: 'Begära intyg' })).toBeVisible();
  await karin.getByRole('radio', { name: 'Körkortsintyg' }).check();
  await karin.getByRole('radio', { name: 'Nytt intyg' }).check();
  await karin.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(karin.getByText(/Utkastet är sparat/)).toBeVisible();
  await karin.getByLabel('Bifoga fil', { exact: true }).setInputFiles({
    name: 'synintyg.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  const attached = karin.getByRole('link', { name: /^synintyg\.png \(/ });
  await expect(attached).toBeVisible();
  await expectNoAxeViolations(karin);
  const { reference } = await reviewAndSend(karin);
  await expect(karin.getByText(FARSTA, { exact: true })).toBeVisible();

  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);
  const files = lena.getByRole('region', { name: 'Formuläret som patienten skickade' });
  await expect(files.getByText('Körkortsintyg')).toBeVisible();
  const download = files.getByRole('link', { name: /^synintyg\.png \(PNG, / });
  await expect(download).toBeVisible();
  await expectNoAxeViolations(lena);
  const href = await download.getAttribute('href');
  expect(href).toMatch(/^\/api\/staff\/attachments\/.+/);
  const response = await lena.request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
  expect(Buffer.from(await response.body()).equals(PNG)).toBe(true);

  // The download is in the access log as Lena opening a file.
  const birgitta = await logIn('staff', 'Birgitta Öberg');
  await birgitta.getByRole('link', { name: 'Loggranskning' }).click();
  await birgitta.getByRole('textbox', { name: 'Patientens personnummer' }).fill(KARIN_PERSONNUMMER);
  await birgitta.getByRole('button', { name: 'Sök' }).click();
  await expect(
    birgitta
      .getByRole('row')
      .filter({ hasText: reference })
      .filter({ hasText: 'Öppnade en bifogad fil' })
      .filter({ hasText: 'Lena Mattsson' }),
  ).toHaveCount(1);

  // Another citizen's download of it is refused as if it did not exist.
  const sara = await logIn('citizen', 'Sara Ekström');
  const foreign = await sara.request.get(href?.replace('/api/staff/', '/api/citizen/') ?? '');
  expect(foreign.status()).toBe(404);
});
