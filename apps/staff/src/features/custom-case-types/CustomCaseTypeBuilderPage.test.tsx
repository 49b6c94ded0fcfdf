import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseFormDefinition } from '@etj/domain';
import { describe, expect, it } from 'vitest';
import { renderBuilder } from './builder.test-support.tsx';

const questionHeadings = () =>
  screen
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
    .filter((text) => text.startsWith('Fråga'));

describe('own case type builder', () => {
  // A long journey through many fields: more time than the default when the suite runs in parallel.
  it(
    'adds a choice question, reorders, removes, previews and saves the draft',
    { timeout: 20_000 },
    async () => {
      const sent = renderBuilder();
      await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
      expect(screen.getByRole('table', { name: 'Versioner' })).toHaveTextContent('1Publicerad');

      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'Typ av fråga att lägga till' }),
        'Ett val (radioknappar)',
      );
      await userEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
      const second = screen.getByRole('region', { name: /^Fråga 2/ });
      const label = within(second).getByRole('textbox', { name: 'Frågan på svenska' });
      expect(label).toHaveFocus();
      await userEvent.type(label, 'Hur länge är du borta?');
      await userEvent.type(
        within(second).getByRole('textbox', { name: 'Alternativ 1 på svenska' }),
        'Kortare än en månad',
      );
      await userEvent.type(
        within(second).getByRole('textbox', { name: 'Alternativ 2 på svenska' }),
        'Längre',
      );
      await userEvent.click(
        within(second).getByRole('checkbox', { name: 'Invånaren måste svara' }),
      );

      // A third item, then it moves up above the second, and is removed again.
      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'Typ av fråga att lägga till' }),
        'Datum',
      );
      await userEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
      await userEvent.type(
        within(screen.getByRole('region', { name: /^Fråga 3/ })).getByRole('textbox', {
          name: 'Frågan på svenska',
        }),
        'När reser du?',
      );
      await userEvent.click(screen.getByRole('button', { name: 'Flytta upp Fråga 3' }));
      expect(questionHeadings()).toEqual([
        'Fråga 1: Vart ska du resa?',
        'Fråga 2: När reser du?',
        'Fråga 3: Hur länge är du borta?',
      ]);
      expect(screen.getByRole('button', { name: 'Flytta upp Fråga 2' })).toHaveFocus();
      await userEvent.click(screen.getByRole('button', { name: 'Flytta ned Fråga 2' }));
      expect(questionHeadings()).toEqual([
        'Fråga 1: Vart ska du resa?',
        'Fråga 2: Hur länge är du borta?',
        'Fråga 3: När reser du?',
      ]);
      await userEvent.click(screen.getByRole('button', { name: 'Ta bort Fråga 3' }));
      expect(questionHeadings()).toEqual([
        'Fråga 1: Vart ska du resa?',
        'Fråga 2: Hur länge är du borta?',
      ]);
      expect(screen.getByRole('heading', { name: /Formulärets frågor/ })).toHaveFocus();

      await userEvent.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
      const preview = screen.getByRole('region', { name: 'Förhandsgranskning' });
      expect(screen.getByRole('heading', { name: 'Förhandsgranskning' })).toHaveFocus();
      expect(within(preview).getByRole('heading', { name: 'Resevaccination' })).toBeInTheDocument();
      const where = within(preview).getByRole('textbox', { name: 'Vart ska du resa?' });
      expect(where).not.toHaveAttribute('readonly');
      const choice = within(preview).getByRole('group', { name: 'Hur länge är du borta?' });
      expect(
        within(choice)
          .getAllByRole('radio')
          .map((r) => r.getAttribute('id')),
      ).toHaveLength(2);
      expect(within(choice).getByRole('radio', { name: 'Kortare än en månad' })).not.toBeChecked();

      // The preview can be tried: the required questions are refused inline, nothing is sent.
      await userEvent.click(within(preview).getByRole('button', { name: 'Kontrollera svaren' }));
      expect(
        within(preview).getByRole('link', {
          name: 'Vart ska du resa?: Du behöver fylla i det här.',
        }),
      ).toHaveAttribute('href', '#q-message');
      // Inline errors at both required questions too.
      expect(within(preview).getAllByText('Du behöver fylla i det här.')).toHaveLength(2);
      await userEvent.type(where, 'Thailand');
      await userEvent.click(within(choice).getByRole('radio', { name: 'Längre' }));
      await userEvent.click(within(preview).getByRole('button', { name: 'Kontrollera svaren' }));
      expect(within(preview).getByText(/Svaren är godkända/)).toBeInTheDocument();
      expect(sent).toHaveLength(0);

      await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
      expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
      expect(sent).toHaveLength(1);
      const items = (sent[0]?.definition['items'] ?? []) as { linkId: string; type: string }[];
      expect(items.map((item) => [item.linkId, item.type])).toEqual([
        ['message', 'text'],
        ['q2', 'choice'],
      ]);
      expect(items[1]).toMatchObject({
        required: true,
        answerOptions: [
          { code: 'a1', display: { sv: 'Kortare än en månad' } },
          { code: 'a2', display: { sv: 'Längre' } },
        ],
      });
    },
  );

  it('refuses to save a question without a Swedish text and points at it', async () => {
    const sent = renderBuilder();
    await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', { name: 'Fråga 2: Skriv frågan på svenska.' }),
    ).toHaveAttribute('href', '#item-q2-textSv');
    expect(sent).toHaveLength(0);
  });

  it(
    'builds a repeating group with two questions, previews it and saves a valid definition',
    { timeout: 20_000 },
    async () => {
      const sent = renderBuilder();
      await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'Typ av fråga att lägga till' }),
        'Grupp av frågor',
      );
      await userEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
      const group = screen.getByRole('region', { name: /^Fråga 2/ });
      await userEvent.type(
        within(group).getAllByRole('textbox', { name: 'Frågan på svenska' })[0]!,
        'Läkemedel',
      );
      expect(within(group).queryByRole('textbox', { name: 'Högsta antal' })).toBeNull();
      await userEvent.click(within(group).getByRole('checkbox', { name: /Kan upprepas/ }));
      expect(within(group).getByRole('textbox', { name: 'Minsta antal' })).toHaveValue('1');
      expect(within(group).getByRole('textbox', { name: 'Högsta antal' })).toHaveValue('10');

      const addChild = within(group).getByRole('button', { name: 'Lägg till fråga i Fråga 2' });
      await userEvent.click(addChild);
      const first = screen.getByRole('region', { name: /^Fråga 2\.1/ });
      const firstLabel = within(first).getByRole('textbox', { name: 'Frågan på svenska' });
      expect(firstLabel).toHaveFocus();
      await userEvent.type(firstLabel, 'Läkemedlets namn');
      await userEvent.selectOptions(
        within(group).getByRole('combobox', { name: 'Typ av fråga att lägga till i Fråga 2' }),
        'Heltal',
      );
      await userEvent.click(addChild);
      await userEvent.type(
        within(screen.getByRole('region', { name: /^Fråga 2\.2/ })).getByRole('textbox', {
          name: 'Frågan på svenska',
        }),
        'Tabletter per dag',
      );
      await userEvent.click(screen.getByRole('button', { name: 'Flytta upp Fråga 2.2' }));
      expect(
        screen.getByRole('region', { name: 'Fråga 2.1: Tabletter per dag' }),
      ).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
      const preview = screen.getByRole('region', { name: 'Förhandsgranskning' });
      expect(
        within(preview).getByRole('button', { name: 'Lägg till läkemedel' }),
      ).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
      expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
      const definition = sent[0]?.definition ?? {};
      const parsed = parseFormDefinition(definition);
      expect(parsed.ok).toBe(true);
      const items = definition['items'] as Record<string, unknown>[];
      expect(items[1]).toEqual({
        linkId: 'q2',
        type: 'group',
        text: { sv: 'Läkemedel' },
        repeats: true,
        minOccurs: 1,
        maxOccurs: 10,
        items: [
          { linkId: 'q4', type: 'integer', text: { sv: 'Tabletter per dag' } },
          { linkId: 'q3', type: 'string', text: { sv: 'Läkemedlets namn' } },
        ],
      });
    },
  );

  it('points at a group question and at the group limits before saving', async () => {
    const sent = renderBuilder();
    await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Typ av fråga att lägga till' }),
      'Grupp av frågor',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    const group = screen.getByRole('region', { name: /^Fråga 2/ });
    await userEvent.type(
      within(group).getAllByRole('textbox', { name: 'Frågan på svenska' })[0]!,
      'Resor',
    );
    await userEvent.click(within(group).getByRole('checkbox', { name: /Kan upprepas/ }));
    const min = within(group).getByRole('textbox', { name: 'Minsta antal' });
    await userEvent.clear(min);
    await userEvent.type(min, '12');
    await userEvent.click(within(group).getByRole('button', { name: 'Lägg till fråga i Fråga 2' }));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Typ av fråga att lägga till' }),
      'Informationstext (ingen fråga)',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    expect(screen.getByRole('region', { name: /^Text 3/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'Fråga 2: Skriv ett heltal från 1 till 50, minst lika stort som minsta antalet.',
        '#item-q2-maxOccurs',
      ],
      ['Fråga 2.1: Skriv frågan på svenska.', '#item-q3-textSv'],
      ['Text 3: Skriv texten på svenska.', '#item-q4-textSv'],
    ]);
    expect(sent).toHaveLength(0);
  });
});
