import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import { test } from '../support/case-loop.ts';

// Two staff members log in, with axe on each new page: a minute or two on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** A 1×1 PNG: the smallest screenshot the API takes. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Moves focus to a field and types, as a keyboard user would. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
}

/** Presses Enter on a button reached by focus. */
async function pressEnterOn(page: Page, control: Locator): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a staff member reports a fault, the service administration replies and sets the status, and the reporter reads the reply', async ({
  logIn,
}) => {
  const suffix = String(Date.now()).slice(-5);
  const summary = `Kön laddar inte ${suffix}`;
  const answer = `Vi har startat om tjänsten, prova igen ${suffix}.`;

  // The reporter: Support from the start page, the form by keyboard.
  const sofia = await logIn('staff', 'Sofia Berglund');
  await sofia.getByRole('link', { name: 'Support och felanmälan' }).click();
  await expect(sofia.getByRole('heading', { level: 1, name: 'Support' })).toBeVisible();
  await expect(sofia.getByRole('region', { name: 'Kontakta supporten' })).toContainText('Telefon');
  await expect(sofia.getByText(/Skriv aldrig patientuppgifter/)).toBeVisible();
  await expectNoAxeViolations(sofia);

  // Sent empty first: the error summary takes focus.
  await pressEnterOn(sofia, sofia.getByRole('button', { name: 'Skicka felanmälan' }));
  const problems = sofia.getByRole('group', { name: /Du behöver rätta följande/ });
  await expect(problems).toBeFocused();
  await expect(problems.getByRole('link', { name: 'Skriv vad som hände.' })).toBeVisible();
  await expectNoAxeViolations(sofia);

  await typeInto(sofia, sofia.getByRole('textbox', { name: 'Vad hände?' }), summary);
  await typeInto(
    sofia,
    sofia.getByRole('textbox', { name: 'Beskriv felet' }),
    'Sidan Inkommande ärenden visar bara en snurra.',
  );
  await sofia.getByRole('combobox', { name: 'Var i tjänsten?' }).selectOption('CASE_QUEUE');
  await typeInto(
    sofia,
    sofia.getByRole('textbox', { name: 'Sida eller funktion (frivilligt)' }),
    'Inkommande ärenden',
  );
  const high = sofia.getByRole('radio', { name: 'Hög – en viktig del fungerar inte' });
  await high.focus();
  await sofia.keyboard.press('Space');
  await expect(high).toBeChecked();
  await sofia
    .getByLabel('Skärmbild (frivilligt)')
    .setInputFiles({ name: 'skarm.png', mimeType: 'image/png', buffer: TINY_PNG });
  await pressEnterOn(sofia, sofia.getByRole('button', { name: 'Skicka felanmälan' }));
  const sent = sofia.getByRole('status').filter({ hasText: /Din felanmälan SUP-\d+ är skickad/ });
  await expect(sent).toBeVisible();
  const number = /SUP-(\d+)/.exec((await sent.textContent()) ?? '')?.[1];
  if (!number) throw new Error('no report number');
  const mine = sofia.getByRole('region', { name: 'Mina felanmälningar' });
  await expect(mine.getByRole('row', { name: new RegExp(summary) })).toContainText('Ny');
  await expectNoAxeViolations(sofia);

  // The national service administration: the queue, the report, a reply, a new status.
  const elin = await logIn('staff', 'Elin Karlsson');
  await elin
    .getByRole('navigation', { name: 'Nationell förvaltning' })
    .getByRole('link', { name: 'Supportärenden' })
    .click();
  await expect(elin.getByRole('heading', { level: 1, name: 'Supportärenden' })).toBeVisible();
  const row = elin.getByRole('row', { name: new RegExp(summary) });
  await expect(row).toContainText('Sofia Berglund');
  await expectNoAxeViolations(elin);
  await row.getByRole('link', { name: `SUP-${number}`, exact: true }).click();
  await expect(
    elin.getByRole('heading', { level: 1, name: `Felanmälan SUP-${number}` }),
  ).toBeVisible();
  await expect(elin.getByRole('link', { name: 'Öppna skärmbilden (skarm.png)' })).toBeVisible();
  await expectNoAxeViolations(elin);
  await typeInto(elin, elin.getByRole('textbox', { name: 'Ditt svar' }), answer);
  await pressEnterOn(elin, elin.getByRole('button', { name: 'Skicka svar' }));
  await expect(elin.getByText('Ditt svar är skickat.')).toBeVisible();
  await elin.getByRole('combobox', { name: 'Ny status' }).selectOption('WAITING_FOR_REPORTER');
  await pressEnterOn(elin, elin.getByRole('button', { name: 'Spara status' }));
  await expect(elin.getByText('Status är ändrad till Väntar på anmälaren.')).toBeVisible();
  await expectNoAxeViolations(elin);

  // The reporter sees the reply and the status.
  await sofia.reload();
  await expect(
    sofia.getByRole('region', { name: 'Mina felanmälningar' }).getByRole('row', {
      name: new RegExp(summary),
    }),
  ).toContainText('Väntar på anmälaren');
  await sofia.getByRole('link', { name: `SUP-${number}`, exact: true }).click();
  await expect(
    sofia.getByRole('heading', { level: 3, name: 'Elin Karlsson, supporten' }),
  ).toBeVisible();
  await expect(sofia.getByText(answer)).toBeVisible();
  await expect(sofia.getByRole('region', { name: 'Ändra status' })).toHaveCount(0);
  await expectNoAxeViolations(sofia);
});
