import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import {
  openFromMyCases,
  openFromQueue,
  sendRenewPrescription,
  test,
} from '../support/case-loop.ts';

// A citizen and two staff members log in, with axe on the case page twice: a minute or two.
test.describe.configure({ timeout: 240_000 });

/** An open case page asks who else is there every 15 s; allow a poll and a loaded machine. */
const NEXT_POLL = { timeout: 40_000 };

/** The case page's line about the others on the case. */
function presence(page: Page) {
  return page.getByRole('status').filter({ hasText: /tittar också på ärendet|skriver ett svar/ });
}

test('two staff members on one case see each other looking, then writing an answer', async ({
  logIn,
}) => {
  const karin = await logIn('citizen', 'Karin Holm');
  const { reference } = await sendRenewPrescription(karin, 'Atorvastatin');

  // Lena, the receiver, opens the case and assigns it to Sofia; she keeps the page open.
  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);
  const caregiver = lena.getByRole('combobox', { name: 'Vårdgivare' });
  const sofiaOption = caregiver.locator('option', { hasText: 'Sofia Berglund' });
  await caregiver.selectOption((await sofiaOption.getAttribute('value')) ?? '');
  await lena.getByRole('button', { name: 'Tilldela' }).click();
  await expect(lena.getByRole('region', { name: 'Om ärendet' })).toContainText('Sofia Berglund');
  await expect(lena.getByText(/tittar också på ärendet/)).toHaveCount(0);

  // Sofia opens it from her list: her page reports itself as background work, never as her
  // activity, and at once names Lena by name and title, nothing about the patient.
  const sofia = await logIn('staff', 'Sofia Berglund');
  const heartbeat = sofia.waitForRequest(
    (request) => request.postData()?.includes('reportCasePresence') === true,
  );
  await openFromMyCases(sofia, reference);
  expect((await heartbeat).headers()['x-etj-background']).toBe('1');
  await expect(presence(sofia)).toHaveText(
    'Lena Mattsson (Medicinsk sekreterare) tittar också på ärendet.',
  );
  await expect(presence(lena)).toHaveText(
    'Sofia Berglund (Distriktssköterska) tittar också på ärendet.',
    NEXT_POLL,
  );
  await expectNoAxeViolations(sofia);

  // Sofia starts an answer: Lena sees that she is writing one.
  const field = sofia.getByRole('textbox', { name: /Meddelande till patienten/ });
  await field.focus();
  await sofia.keyboard.type('Hej Karin! Ditt recept är förnyat.');
  await expect(presence(lena)).toHaveText(
    'Sofia Berglund (Distriktssköterska) skriver ett svar.',
    NEXT_POLL,
  );
  await expectNoAxeViolations(lena);

  // She empties the field again and goes back to her list: Lena sees her go.
  await field.fill('');
  await expect(presence(lena)).toHaveText(
    'Sofia Berglund (Distriktssköterska) tittar också på ärendet.',
    NEXT_POLL,
  );
  await sofia.getByRole('link', { name: 'Till mina ärenden' }).first().click();
  await expect(sofia.getByRole('heading', { level: 1, name: 'Mina ärenden' })).toBeVisible();
  await expect(lena.getByText(/Sofia Berglund \(Distriktssköterska\)/)).toHaveCount(0, NEXT_POLL);
});
