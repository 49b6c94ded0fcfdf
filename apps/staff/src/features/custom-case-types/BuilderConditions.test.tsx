import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseFormDefinition } from '@etj/domain';
import { describe, expect, it } from 'vitest';
import { renderBuilder } from './builder.test-support.tsx';

const travel = {
  formatVersion: 1,
  key: 'resevaccination-abc123',
  version: 1,
  title: { sv: 'Resevaccination', en: 'Travel vaccination' },
  clinicOptions: [],
  items: [
    { linkId: 'abroad', type: 'boolean', required: true, text: { sv: 'Reser du utomlands?' } },
    { linkId: 'where', type: 'string', text: { sv: 'Vart reser du?' } },
  ],
};

/** Every attribute an own case type can carry (clinic options aside: the API refuses them). */
const everything = {
  formatVersion: 1,
  key: 'resevaccination-abc123',
  version: 3,
  title: { sv: 'Resevaccination', en: 'Travel vaccination' },
  description: 'Byggd för resemottagningen.',
  clinicOptions: [],
  items: [
    {
      linkId: 'areas',
      type: 'multi-choice',
      required: false,
      text: { sv: 'Vilka områden?', en: 'Which areas?' },
      hint: { sv: 'Välj alla som gäller.' },
      description: 'Styr vilka vaccin som föreslås.',
      minSelected: 1,
      maxSelected: 2,
      answerOptions: [
        { code: 'asia', display: { sv: 'Asien', en: 'Asia' } },
        { code: 'africa', display: { sv: 'Afrika' } },
        { code: 'europe', display: { sv: 'Europa' } },
      ],
    },
    { linkId: 'age', type: 'integer', text: { sv: 'Ålder' }, minValue: -3, maxValue: 120 },
    {
      linkId: 'malaria',
      type: 'boolean',
      text: { sv: 'Har du haft malaria?' },
      enableWhen: [
        { question: 'areas', operator: 'in', answer: ['asia', 'africa'] },
        { question: 'age', operator: '=', answer: 12 },
      ],
      enableBehavior: 'any',
    },
  ],
};

const region = (name: RegExp) => screen.getByRole('region', { name });

describe('conditions and the other attributes in the builder', () => {
  it('adds a condition, shows it in the preview and saves it', { timeout: 20_000 }, async () => {
    const sent = renderBuilder(travel);
    await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
    const first = region(/^Fråga 1/);
    expect(within(first).getByText('Det finns inga tidigare frågor att ställa villkor på.'));

    const second = region(/^Fråga 2/);
    expect(within(second).getByRole('group', { name: /^Visa frågan när …/ })).toBeTruthy();
    await userEvent.click(within(second).getByRole('button', { name: 'Lägg till villkor' }));
    const question = within(second).getByRole('combobox', { name: 'Fråga i villkor 1' });
    expect(question).toHaveFocus();
    expect(question).toHaveValue('abroad');
    expect(
      within(question)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Fråga 1: Reser du utomlands?']);
    const operator = within(second).getByRole('combobox', { name: 'Jämförelse i villkor 1' });
    expect(
      within(operator)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['är besvarad', 'är inte besvarad', 'är', 'är inte']);
    // By keyboard: the operator select is next after the question.
    await userEvent.tab();
    expect(operator).toHaveFocus();
    await userEvent.selectOptions(operator, 'är');
    const value = within(second).getByRole('combobox', { name: 'Svar i villkor 1' });
    expect(value).toHaveValue('true');
    await userEvent.selectOptions(value, 'Nej');
    await userEvent.selectOptions(value, 'Ja');

    // The preview honours the condition: the second question waits for "Ja".
    await userEvent.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    const preview = screen.getByRole('region', { name: 'Förhandsgranskning' });
    expect(within(preview).queryByRole('textbox', { name: /^Vart reser du\?/ })).toBeNull();
    await userEvent.click(within(preview).getByRole('radio', { name: 'Ja' }));
    expect(within(preview).getByRole('textbox', { name: /^Vart reser du\?/ })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Utkastet är sparat.')).toBeTruthy();
    const items = sent[0]?.definition['items'] as Record<string, unknown>[];
    expect(items[1]).toEqual({
      linkId: 'where',
      type: 'string',
      text: { sv: 'Vart reser du?' },
      enableWhen: [{ question: 'abroad', operator: '=', answer: true }],
    });
  });

  it('shows every attribute of a loaded definition and saves it unchanged', async () => {
    const sent = renderBuilder(everything);
    await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
    expect(
      screen.getByRole('textbox', { name: 'Anteckning om formuläret (frivillig)' }),
    ).toHaveValue('Byggd för resemottagningen.');
    const areas = region(/^Fråga 1/);
    expect(within(areas).getByRole('textbox', { name: 'Minsta antal val' })).toHaveValue('1');
    expect(within(areas).getByRole('textbox', { name: 'Högsta antal val' })).toHaveValue('2');
    expect(
      within(areas).getByRole('textbox', { name: 'Anteckning för administratörer (frivillig)' }),
    ).toHaveValue('Styr vilka vaccin som föreslås.');
    const age = region(/^Fråga 2/);
    expect(within(age).getByRole('textbox', { name: 'Minsta tillåtna tal' })).toHaveValue('-3');
    expect(within(age).getByRole('textbox', { name: 'Största tillåtna tal' })).toHaveValue('120');

    const malaria = region(/^Fråga 3/);
    expect(within(malaria).getByRole('combobox', { name: 'Jämförelse i villkor 1' })).toHaveValue(
      'in',
    );
    const chosen = within(malaria).getByRole('group', { name: 'Svar i villkor 1' });
    expect(within(chosen).getByRole('checkbox', { name: 'Asien' })).toBeChecked();
    expect(within(chosen).getByRole('checkbox', { name: 'Europa' })).not.toBeChecked();
    expect(within(malaria).getByRole('textbox', { name: 'Svar i villkor 2' })).toHaveValue('12');
    expect(within(malaria).getByRole('radio', { name: 'minst ett villkor stämmer' })).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Utkastet är sparat.')).toBeTruthy();
    expect(sent[0]?.definition).toEqual(everything);
  });

  it('points at a wrong limit, an empty condition value and a later question', async () => {
    const sent = renderBuilder(everything);
    await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
    const min = within(region(/^Fråga 2/)).getByRole('textbox', { name: 'Minsta tillåtna tal' });
    await userEvent.clear(min);
    await userEvent.type(min, 'tre');
    const malaria = region(/^Fråga 3/);
    const chosen = within(malaria).getByRole('group', { name: 'Svar i villkor 1' });
    await userEvent.click(within(chosen).getByRole('checkbox', { name: 'Asien' }));
    await userEvent.click(within(chosen).getByRole('checkbox', { name: 'Afrika' }));
    // Moving the age question below leaves the second condition looking at a later question.
    await userEvent.click(screen.getByRole('button', { name: 'Flytta ned Fråga 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));

    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Fråga 2: Fyll i svaret som villkoret jämför med.', '#item-malaria-condition-c1-answer'],
      ['Fråga 2: Välj en fråga som står före den här.', '#item-malaria-condition-c2-question'],
      ['Fråga 3: Skriv ett heltal, till exempel 0 eller -5.', '#item-age-minValue'],
    ]);
    const question = within(region(/^Fråga 2/)).getByRole('combobox', {
      name: 'Fråga i villkor 2',
    });
    expect(question).toHaveAccessibleDescription(/Välj en fråga som står före den här/);
    expect(sent).toHaveLength(0);
  });

  it('declares a clinic option and gates a question on it', async () => {
    const sent = renderBuilder(travel);
    await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
    const section = screen.getByRole('region', { name: 'Mottagningsval' });
    await userEvent.click(
      within(section).getByRole('button', { name: 'Lägg till mottagningsval' }),
    );
    const label = within(section).getByRole('textbox', { name: 'Namn på svenska' });
    expect(label).toHaveFocus();
    await userEvent.type(label, 'Frågar om resmål');
    await userEvent.click(within(section).getByRole('checkbox', { name: 'På från början' }));

    const second = region(/^Fråga 2/);
    const gate = within(second).getByRole('combobox', { name: 'Mottagningsval som styr frågan' });
    await userEvent.selectOptions(gate, 'Frågar om resmål');
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Utkastet är sparat.')).toBeTruthy();
    const definition = sent[0]?.definition ?? {};
    expect(parseFormDefinition(definition).ok).toBe(true);
    expect(definition['clinicOptions']).toEqual([
      { key: 'option1', kind: 'flag', label: { sv: 'Frågar om resmål' }, default: true },
    ]);
    expect((definition['items'] as Record<string, unknown>[])[1]).toMatchObject({
      clinicOption: { option: 'option1' },
    });
  });

  it('points at a condition that no longer fits its question after a type change', async () => {
    const sent = renderBuilder(everything);
    await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
    await userEvent.selectOptions(
      within(region(/^Fråga 1/)).getByRole('combobox', { name: 'Typ av fråga' }),
      'Kort text',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      [
        'Fråga 3: Kontrollera villkoret: jämförelsen passar inte frågan.',
        '#item-malaria-condition-c1-operator',
      ],
    ]);
    const operator = within(region(/^Fråga 3/)).getByRole('combobox', {
      name: 'Jämförelse i villkor 1',
    });
    expect(operator).toHaveValue('in');
    await userEvent.selectOptions(operator, 'är');
    await userEvent.type(
      within(region(/^Fråga 3/)).getByRole('textbox', { name: 'Svar i villkor 1' }),
      'Asien',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Utkastet är sparat.')).toBeTruthy();
    expect(sent).toHaveLength(1);
  });
});
