import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { activeSession, renderCitizenApp, signedInViewer } from '../../test/render-app.tsx';
import { caseTypeFormAnswer, TEST_FORM_PATH } from './test-forms.ts';

async function renderForm() {
  renderCitizenApp({
    path: TEST_FORM_PATH,
    mocks: [signedInViewer(), activeSession, caseTypeFormAnswer()],
  });
  await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
}

// The renderer itself (fields, groups, enableWhen, inline errors) is tested in @etj/spa.
describe('case form page', () => {
  it('shows the emergency notice and the expected response time', async () => {
    await renderForm();
    expect(screen.getByText(/Vid akuta ärenden: ring 112/)).toBeInTheDocument();
    expect(
      screen.getByText('Farsta vårdcentral svarar normalt inom 3 arbetsdagar.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Fyll i formuläret.')).toBeInTheDocument();
  });

  it('on Granska shows an error summary that takes focus and links to each field', async () => {
    await renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Granska' }));

    const summary = await screen.findByText('Du behöver rätta följande innan du kan gå vidare:');
    const region = summary.closest('[tabindex="-1"]')!;
    expect(region).toHaveFocus();
    const links = within(region as HTMLElement).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Läkemedlets namn (Läkemedel 1): Du behöver fylla i det här.', '#q-medicines-0-name'],
      ['Har du ont?: Du behöver fylla i det här.', '#q-hasPain'],
    ]);
    expect(document.getElementById('q-medicines-0-name')).toBe(
      screen.getByRole('textbox', { name: 'Läkemedlets namn' }),
    );
    expect(document.getElementById('q-hasPain')).toBe(screen.getByRole('radio', { name: 'Ja' }));
    // Inline errors show at the fields too.
    expect(screen.getAllByText('Du behöver fylla i det här.')).toHaveLength(2);
  });
});
