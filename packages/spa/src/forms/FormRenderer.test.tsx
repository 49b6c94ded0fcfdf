import { buildAnswerValidator, type FormDefinition } from '@etj/domain';
import { createI18n, ErrorSummary } from '@etj/ui';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type SubmitEvent, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormRenderer } from './FormRenderer.tsx';
import { useAnswerForm } from './use-answer-form.ts';
import { rendererTestDefinition } from '../testing/renderer-test-definition.ts';

const definition: FormDefinition = rendererTestDefinition;
const validator = buildAnswerValidator(definition);

/** A required long text, so its error can show while it is under its length limit. */
const requiredTextDefinition: FormDefinition = {
  ...definition,
  items: [
    {
      linkId: 'symptoms',
      type: 'text',
      required: true,
      maxLength: 100,
      text: { sv: 'Beskriv dina besvär', en: 'Describe your symptoms' },
    },
  ],
};

/** A period that ends on or after its start, not in the future and at most 30 days back. */
const periodDefinition: FormDefinition = {
  ...definition,
  items: [
    {
      linkId: 'from',
      type: 'date',
      required: true,
      text: { sv: 'Från och med', en: 'From' },
      dateRules: [
        { limit: 'earliest', relativeTo: 'today', days: -30 },
        { limit: 'latest', relativeTo: 'today' },
      ],
    },
    {
      linkId: 'to',
      type: 'date',
      required: true,
      text: { sv: 'Till och med', en: 'To' },
      dateRules: [{ limit: 'earliest', relativeTo: 'answer', question: 'from' }],
    },
  ],
};

/** Delivery details in their formats. */
const deliveryDefinition: FormDefinition = {
  ...definition,
  items: [
    {
      linkId: 'address',
      type: 'string',
      format: 'street-address',
      text: { sv: 'Leveransadress', en: 'Delivery address' },
    },
    {
      linkId: 'phone',
      type: 'string',
      format: 'phone',
      text: { sv: 'Telefonnummer', en: 'Phone number' },
    },
  ],
};

function TestForm({ definition: shown = definition }: { definition?: FormDefinition }) {
  const [formValidator] = useState(() =>
    shown === definition ? validator : buildAnswerValidator(shown),
  );
  const form = useAnswerForm({ definition: shown, validator: formValidator });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.check();
  };
  return (
    <>
      <ErrorSummary attempt={form.summary.attempt} problems={form.summary.problems} />
      <form onSubmit={submit} noValidate>
        <FormRenderer
          items={shown.items}
          validator={formValidator}
          answers={form.answers}
          enabled={form.enabled}
          language="sv"
          onAnswer={form.setAnswer}
          errorFor={form.errorFor}
          onLeaveField={form.leaveField}
        />
        <button type="submit">Granska</button>
      </form>
    </>
  );
}

function renderForm(shown?: FormDefinition) {
  render(
    <I18nextProvider i18n={createI18n('sv', { sv: {}, en: {} })}>
      <MemoryRouter>
        <TestForm definition={shown} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('form renderer', () => {
  it('shows display items as text', () => {
    renderForm();
    expect(screen.getByText('Fyll i formuläret.')).toBeInTheDocument();
  });

  it('shows a required error when the field is left, not while typing the first time', async () => {
    renderForm();
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
    renderForm();
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
    renderForm();
    const pain = screen.getByRole('group', { name: 'Har du ont?' });
    expect(screen.queryByRole('textbox', { name: /Var har du ont/ })).toBeNull();
    await userEvent.click(within(pain).getByRole('radio', { name: 'Ja' }));
    expect(screen.getByRole('textbox', { name: /Var har du ont/ })).toBeInTheDocument();
    await userEvent.click(within(pain).getByRole('radio', { name: 'Nej' }));
    expect(screen.queryByRole('textbox', { name: /Var har du ont/ })).toBeNull();
  });

  it('counts characters in a long text', async () => {
    renderForm();
    const message = screen.getByRole('textbox', { name: /Meddelande/ });
    await userEvent.type(message, 'Hej');
    expect(screen.getByText('17 tecken kvar')).toBeInTheDocument();
    expect(message.getAttribute('aria-describedby')?.split(' ')).toContain(
      screen.getByText('17 tecken kvar').id,
    );
    await userEvent.type(message, ' och välkommen hit');
    expect(screen.getByText('1 tecken för mycket')).toBeInTheDocument();
  });

  it('marks a long text with an error as invalid and describes it by the error, also while typing', async () => {
    renderForm(requiredTextDefinition);
    const symptoms = screen.getByRole('textbox', { name: 'Beskriv dina besvär' });
    await userEvent.click(symptoms);
    await userEvent.tab();

    const error = await screen.findByText('Du behöver fylla i det här.');
    await waitFor(() => {
      expect(symptoms).toHaveAttribute('aria-invalid', 'true');
      expect(symptoms.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    });
    // Focus and keystrokes that change nothing must not clear the mark.
    await userEvent.click(symptoms);
    await userEvent.keyboard('{Shift}');
    expect(symptoms).toHaveAttribute('aria-invalid', 'true');
    expect(symptoms).toHaveAccessibleDescription(/Du behöver fylla i det här\./);
  });

  it('on submit shows an error summary that takes focus and links to each field', async () => {
    renderForm();
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

  describe('dates with rules', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('limits the date input to the days the rules relative to today allow, in Stockholm', () => {
      // 00:30 on 11 March in Stockholm, still 10 March in UTC.
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-10T23:30:00Z') });
      renderForm(periodDefinition);
      const from = document.getElementById('q-from');
      expect(from).toHaveAttribute('min', '2026-02-09');
      expect(from).toHaveAttribute('max', '2026-03-11');
      // A limit from another answer is the validator's to check, not the input's.
      const to = document.getElementById('q-to');
      expect(to).not.toHaveAttribute('min');
      expect(to).not.toHaveAttribute('max');
    });

    it('shows the rules’ messages in Swedish at the field', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-10T12:00:00Z') });
      renderForm(periodDefinition);
      fireEvent.change(document.getElementById('q-from')!, { target: { value: '2026-03-12' } });
      fireEvent.change(document.getElementById('q-to')!, { target: { value: '2026-03-01' } });
      await userEvent.click(screen.getByRole('button', { name: 'Granska' }));
      expect(
        await screen.findByText(
          'Datumet kan inte ligga i framtiden. Välj dagens datum eller ett tidigare.',
        ),
      ).toBeInTheDocument();
      // The end is checked against a start that follows its own rules.
      fireEvent.change(document.getElementById('q-from')!, { target: { value: '2026-03-05' } });
      expect(
        await screen.findByText(
          'Datumet kan inte vara före 2026-03-05. Jämför med datumet du angav tidigare i formuläret.',
        ),
      ).toBeInTheDocument();
    });
  });

  it('gives formatted text the keyboard and autofill purpose of its format, and its own messages', async () => {
    renderForm(deliveryDefinition);
    const phone = screen.getByRole('textbox', { name: /Telefonnummer/ });
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    const address = screen.getByRole('textbox', { name: /Leveransadress/ });
    expect(address).toHaveAttribute('autocomplete', 'street-address');
    await userEvent.type(address, 'Box 123');
    await userEvent.type(phone, '070');
    await userEvent.tab();
    expect(
      await screen.findByText(
        'Paket kan inte levereras till en boxadress. Skriv en gatuadress, till exempel Storgatan 1.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Skriv ett telefonnummer som finns/)).toBeInTheDocument();
  });
});
