import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import {
  FARSTA,
  inboxItemsOf,
  openFarsta,
  openFromQueue,
  reviewAndSend,
  sendRenewPrescription,
  test,
} from '../support/case-loop.ts';

// A citizen and the receiver each log in, with axe on the pages, and two files are downloaded.
test.describe.configure({ timeout: 240_000 });

const CSV_LINK = 'Ladda ned loggen som CSV-fil (för Excel)';
const PDF_LINK = 'Ladda ned loggen som PDF-fil (för utskrift)';

/** The start page's inbox link, whether or not anything in it is unread. */
async function openInboxFromHome(page: Page): Promise<void> {
  await page.goto('/citizen/');
  await page.getByRole('link', { name: /^Inkorg( \(\d+ olästa?\))?$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inkorg' })).toBeVisible();
}

/** From the inbox, the case page, and from there "Vem har läst mitt ärende". */
async function openAccessLog(page: Page, reference: string): Promise<Locator> {
  await openInboxFromHome(page);
  await inboxItemsOf(page, reference).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expect(page.getByText(reference, { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Vem har läst mitt ärende' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vem har läst mitt ärende' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Åtkomster till ärendet, de senaste först' });
  await expect(table).toBeVisible();
  return table;
}

/** The row that says Lena, the receiver at Farsta, opened the case. */
function lenaOpenedIt(table: Locator): Locator {
  return table
    .getByRole('row')
    .filter({ hasText: FARSTA })
    .filter({ hasText: 'Ärendemottagare' })
    .filter({ hasText: 'Lena Mattsson, Medicinsk sekreterare' })
    .filter({ hasText: 'Öppnade ärendet' });
}

/** Follows a download link: the file the browser saved, and the headers the API sent. */
async function download(
  page: Page,
  linkName: string,
): Promise<{ file: Download; bytes: Buffer; headers: Record<string, string>; status: number }> {
  const link = page.getByRole('link', { name: linkName });
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  const bytes = await readFile(path);
  // The same link fetched with the page's cookies, for what a download event does not tell.
  const response = await page.request.get((await link.getAttribute('href')) ?? '');
  return { file, bytes, headers: response.headers(), status: response.status() };
}

test('a patient sees who opened her case, at which clinic and in which role, and downloads the log as CSV and PDF', async ({
  logIn,
}) => {
  const karin = await logIn('citizen', 'Karin Holm');
  const { reference } = await sendRenewPrescription(karin, 'Metoprolol');

  // Lena, the receiver, opens it from the incoming cases.
  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);

  const table = await openAccessLog(karin, reference);
  await expect(lenaOpenedIt(table)).toHaveCount(1);
  await expect(table.getByRole('columnheader')).toHaveText([
    'Tidpunkt',
    'Mottagning',
    'Roll',
    'Personal',
    'Åtgärd',
  ]);
  await expectNoAxeViolations(karin);

  const csv = await download(karin, CSV_LINK);
  expect(csv.file.suggestedFilename()).toBe('atkomstlogg.csv');
  expect(csv.status).toBe(200);
  expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers['content-disposition']).toBe('attachment; filename="atkomstlogg.csv"');
  expect(csv.bytes.toString('utf8')).toContain(
    '"Farsta vårdcentral";"Ärendemottagare";"Lena Mattsson";"Medicinsk sekreterare";"Öppnade ärendet"',
  );

  const pdf = await download(karin, PDF_LINK);
  expect(pdf.file.suggestedFilename()).toBe('atkomstlogg.pdf');
  expect(pdf.status).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  expect(pdf.headers['content-disposition']).toBe('attachment; filename="atkomstlogg.pdf"');
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(
    karin.getByRole('heading', { level: 1, name: 'Vem har läst mitt ärende' }),
  ).toBeVisible();

  // In English the links ask for English files.
  await karin.goto(`${new URL(karin.url()).pathname}?lang=en`);
  await expect(
    karin.getByRole('heading', { level: 1, name: 'Who has read my case' }),
  ).toBeVisible();
  await expect(
    karin.getByRole('link', { name: 'Download the log as a PDF file (for printing)' }),
  ).toHaveAttribute('href', /\/access-log\.pdf\?lang=en$/);
  await expectNoAxeViolations(karin);
});

test('a guardian acting for her child sees who opened the child’s case, and only while acting for him', async ({
  logIn,
}) => {
  // Sara acts for Noah (the seed links them) and sends "Förnya recept" for him.
  const sara = await logIn('citizen', 'Sara Ekström');
  await sara.getByRole('button', { name: 'Agera för Noah' }).focus();
  await sara.keyboard.press('Enter');
  const banner = sara.getByRole('region', { name: 'Du agerar för ett barn' });
  await expect(banner).toBeFocused();
  await openFarsta(sara);
  await sara.getByRole('link', { name: 'Förnya recept', exact: true }).click();
  await expect(sara.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await sara.getByRole('textbox', { name: 'Läkemedlets namn' }).fill('Desloratadin');
  await sara.getByRole('textbox', { name: /Styrka/ }).fill('0,5 mg/ml');
  const { caseId, reference } = await reviewAndSend(sara);

  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);

  const table = await openAccessLog(sara, reference);
  await expect(banner).toContainText('Noah Ekström');
  await expect(lenaOpenedIt(table)).toHaveCount(1);
  await expectNoAxeViolations(sara);
  const csv = await download(sara, CSV_LINK);
  expect(csv.status).toBe(200);
  expect(csv.bytes.toString('utf8')).toContain('"Lena Mattsson"');
  const pdf = await download(sara, PDF_LINK);
  expect(pdf.status).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');

  // Back as herself, the child's log is not hers to see, on the page or as a file.
  await banner.getByRole('button', { name: 'Sluta agera för Noah' }).click();
  await expect(banner).toHaveCount(0);
  await sara.goto(`/citizen/cases/${encodeURIComponent(caseId)}/access-log`);
  await expect(
    sara.getByText('Ärendet finns inte eller så har du inte behörighet att se det.'),
  ).toBeVisible();
  await expect(sara.getByRole('table')).toHaveCount(0);
  const refused = await sara.request.get(
    `/api/citizen/cases/${encodeURIComponent(caseId)}/access-log.pdf`,
  );
  expect(refused.status()).toBe(404);
  await expectNoAxeViolations(sara);
});
