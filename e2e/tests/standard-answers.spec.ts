import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from '../support/fixtures.ts';
import {
  assignTo,
  openFromMyCases,
  openFromQueue,
  sendRenewPrescription,
  test,
} from '../support/case-loop.ts';

// The administrator, a citizen, the receiver and the caregiver each log in, with axe on the
// pages: a minute or two, more on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** Presses Enter on a control reached by focus, as a keyboard user would. */
async function pressEnterOn(page: Page, control: Locator): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Types into a field it moved focus to, as a keyboard user would. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
}

/** The titles of the standard answers in use, in the order the page lists them. */
function liveTitles(page: Page): Locator {
  return page
    .getByRole('region', { name: /^Standardsvar i bruk: / })
    .getByRole('heading', { level: 3 });
}

test('the clinic administrator keeps a standard answer for "Förnya recept" and the caregiver is offered it', async ({
  logIn,
}) => {
  const suffix = String(Date.now()).slice(-5);
  const title = `Recept klart ${suffix}`;
  const edited = `Receptet är förnyat ${suffix}`;
  const text = `Hej! Ditt recept är förnyat (${suffix}). Hämta ut det på valfritt apotek.`;

  // Maria, the administrator at Farsta, opens "Standardsvar" from the start page.
  const maria = await logIn('staff', 'Maria Sundin');
  await pressEnterOn(maria, maria.getByRole('link', { name: 'Standardsvar' }));
  await expect(maria.getByRole('heading', { level: 1, name: 'Standardsvar' })).toBeVisible();
  await expectNoAxeViolations(maria);

  // The answers of one case type: "Förnya recept" has the seed's answers already.
  const scope = maria.getByRole('combobox', { name: 'Visa standardsvar för' });
  await scope.focus();
  await scope.selectOption({ label: 'Förnya recept' });
  await expect(
    maria.getByRole('heading', { level: 2, name: 'Standardsvar i bruk: Förnya recept' }),
  ).toBeVisible();
  await expect(liveTitles(maria).first()).toBeVisible();
  const seeded = (await liveTitles(maria).allTextContents()).map((t) => t.trim());
  const last = seeded.at(-1) ?? '';
  expect(seeded).toContain('Receptet förnyat');

  // A new one, typed field after field with Tab and sent with Enter.
  const form = maria.getByRole('region', { name: 'Lägg till ett standardsvar' });
  await form.getByRole('textbox', { name: 'Rubrik på svenska' }).focus();
  await typeInto(maria, form.getByRole('textbox', { name: 'Rubrik på svenska' }), title);
  await maria.keyboard.press('Tab');
  await typeInto(maria, form.getByRole('textbox', { name: 'Text på svenska' }), text);
  await maria.keyboard.press('Tab');
  await typeInto(
    maria,
    form.getByRole('textbox', { name: 'Rubrik på engelska (frivilligt)' }),
    'Prescription renewed',
  );
  await maria.keyboard.press('Tab');
  await typeInto(
    maria,
    form.getByRole('textbox', { name: 'Text på engelska (frivilligt)' }),
    'Hello! Your prescription has been renewed.',
  );
  await maria.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Lägg till' })).toBeFocused();
  await maria.keyboard.press('Enter');
  await expect(maria.getByRole('status').filter({ hasText: `${title} är tillagt.` })).toBeVisible();
  await expect(liveTitles(maria)).toHaveText([...seeded, title]);
  await expect(form.getByRole('textbox', { name: 'Rubrik på svenska' })).toHaveValue('');
  await expectNoAxeViolations(maria);

  // Its title is changed.
  await pressEnterOn(maria, maria.getByRole('button', { name: `Ändra ${title}` }));
  const editForm = maria.getByRole('region', { name: `Ändra standardsvaret ${title}` });
  const titleField = editForm.getByRole('textbox', { name: 'Rubrik på svenska' });
  await expect(titleField).toHaveValue(title);
  await titleField.focus();
  await maria.keyboard.press('ControlOrMeta+A');
  await typeInto(maria, titleField, edited);
  await pressEnterOn(maria, editForm.getByRole('button', { name: 'Spara' }));
  await expect(maria.getByRole('status').filter({ hasText: `${edited} är sparat.` })).toBeVisible();
  await expect(liveTitles(maria)).toHaveText([...seeded, edited]);
  await expectNoAxeViolations(maria);

  // It moves up one place, before the last of the seed's answers.
  await pressEnterOn(maria, maria.getByRole('button', { name: `Flytta upp ${edited}` }));
  await expect(
    maria.getByRole('status').filter({ hasText: `${edited} är flyttat.` }),
  ).toBeVisible();
  const moved = [...seeded.slice(0, -1), edited, last];
  await expect(liveTitles(maria)).toHaveText(moved);
  await expect(maria.getByRole('button', { name: `Flytta ned ${edited}` })).toBeEnabled();
  await maria.reload();
  await maria
    .getByRole('combobox', { name: 'Visa standardsvar för' })
    .selectOption({ label: 'Förnya recept' });
  await expect(liveTitles(maria)).toHaveText(moved);
  await expectNoAxeViolations(maria);

  // Karin sends "Förnya recept", Lena assigns it to Per, and Per is offered the new answer.
  const karin = await logIn('citizen', 'Karin Holm');
  const { reference } = await sendRenewPrescription(karin, 'Atorvastatin');
  const lena = await logIn('staff', 'Lena Mattsson');
  await openFromQueue(lena, reference);
  await assignTo(lena, 'Per Hedlund');
  const per = await logIn('staff', 'Per Hedlund');
  await openFromMyCases(per, reference);
  await per.getByRole('radio', { name: 'Svar', exact: true }).check();
  const standard = per.getByRole('combobox', { name: 'Standardsvar' });
  const offered = standard.locator('option', { hasText: edited });
  await expect(offered).toHaveCount(1);
  // All-type answers first, then this type's in the administrator's order.
  const options = (await standard.locator('option').allTextContents()).map((o) => o.trim());
  expect(options.filter((o) => moved.includes(o))).toEqual(moved);
  await standard.selectOption((await offered.getAttribute('value')) ?? '');
  await pressEnterOn(per, per.getByRole('button', { name: 'Infoga standardsvar' }));
  const message = per.getByRole('textbox', { name: 'Meddelande till patienten' });
  await expect(message).toBeFocused();
  await expect(message).toHaveValue(text);
  await expectNoAxeViolations(per);

  // Maria retires it: it stays listed as no longer used, and Per is no longer offered it.
  await pressEnterOn(maria, maria.getByRole('button', { name: `Sluta använda ${edited}` }));
  await expect(
    maria.getByRole('status').filter({ hasText: `${edited} används inte längre.` }),
  ).toBeVisible();
  await expect(liveTitles(maria)).toHaveText(seeded);
  await expect(
    maria.getByRole('region', { name: 'Används inte längre' }).getByText(edited),
  ).toBeVisible();
  await expectNoAxeViolations(maria);

  await per.reload();
  await expect(per.getByRole('heading', { level: 1, name: `Ärende ${reference}` })).toBeVisible();
  await per.getByRole('radio', { name: 'Svar', exact: true }).check();
  await expect(
    per.getByRole('combobox', { name: 'Standardsvar' }).locator('option', { hasText: last }),
  ).toHaveCount(1);
  await expect(
    per.getByRole('combobox', { name: 'Standardsvar' }).locator('option', { hasText: edited }),
  ).toHaveCount(0);
});
