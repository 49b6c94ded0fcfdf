import { screen, waitFor, within } from '@testing-library/react';
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

describe('form renderer', () => {
  it('shows the emergency notice and the expected response time', async () => {
    await renderForm();
    expect(screen.getByText(/Vid akuta ärenden: ring 112/)).toBeInTheDocument();
    expect(
      screen.getByText('Farsta vårdcentral svarar normalt inom 3 arbetsdagar.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Fyll i formuläret.')).toBeInTheDocument();
  });

  it('shows a required error when the field is left, not while typing the first time', async () => {
    await renderForm();
    const name = screen.getByRole('textbox', { name: 'Läkemedlets namn' });
    await userEvent.click(name);
    expect(screen.queryByText('Du behöver fylla i det här.')).toBeNull();
    await userEvent.tab();
    expect(await screen.findByText('Du behöver fylla i det här.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(name, 'Levaxin');
    expect(screen.queryByText('Du behöver fylla i det här.')).toBeNull();
  });

  it('adds and removes medicines within the minimum and maximum', async () => {
    await renderForm();
    // One medicine is the minimum: it cannot be removed.
    expect(screen.queryByRole('button', { name: /Ta bort läkemedel/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Lägg till läkemedel' }));
    const second = screen.getByRole('group', { name: 'Läkemedel 2' });
    expect(within(second).getByRole('textbox', { name: 'Läkemedlets namn' })).toHaveFocus();
    // Two is the maximum: no more can be added.
    expect(screen.queryByRole('button', { name: 'Lägg till läkemedel' })).toBeNull();
    expect(screen.getByText('Du kan lägga till högst 2.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort läkemedel 2' }));
    expect(screen.queryByRole('group', { name: 'Läkemedel 2' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Lägg till läkemedel' })).toHaveFocus();
    expect(screen.getByText('Läkemedel 2 har tagits bort.')).toBeInTheDocument();
  });

  it('shows an item only while its enableWhen condition holds', async () => {
    await renderForm();
    const pain = screen.getByRole('group', { name: 'Har du ont?' });
    expect(screen.queryByRole('textbox', { name: /Var har du ont/ })).toBeNull();
    await userEvent.click(within(pain).getByRole('radio', { name: 'Ja' }));
    expect(screen.getByRole('textbox', { name: /Var har du ont/ })).toBeInTheDocument();
    await userEvent.click(within(pain).getByRole('radio', { name: 'Nej' }));
    expect(screen.queryByRole('textbox', { name: /Var har du ont/ })).toBeNull();
  });

  it('counts characters in a long text', async () => {
    await renderForm();
    const message = screen.getByRole('textbox', { name: /Meddelande/ });
    await userEvent.type(message, 'Hej');
    await waitFor(() => {
      expect(document.querySelector('[data-field="counter"]')).toHaveAttribute(
        'data-label',
        '17 tecken kvar',
      );
    });
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
