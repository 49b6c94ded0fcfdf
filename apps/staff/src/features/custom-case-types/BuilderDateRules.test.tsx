import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseFormDefinition } from '@etj/domain';
import { describe, expect, it } from 'vitest';
import { renderBuilder } from './builder.test-support.tsx';

const period = {
  formatVersion: 1,
  key: 'journalkopia-abc123',
  version: 1,
  title: { sv: 'Journalkopia' },
  clinicOptions: [],
  items: [
    { linkId: 'phone', type: 'string', text: { sv: 'Telefonnummer' } },
    { linkId: 'from', type: 'date', text: { sv: 'Från och med' } },
    { linkId: 'to', type: 'date', text: { sv: 'Till och med' } },
  ],
};

const region = (name: RegExp) => screen.getByRole('region', { name });

describe('date rules and text formats in the builder', () => {
  it('adds rules counted from an earlier date and from today, in words, and saves them', async () => {
    const sent = renderBuilder(period);
    await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
    await userEvent.selectOptions(
      within(region(/^Fråga 1/)).getByRole('combobox', { name: 'Format på svaret' }),
      'Telefonnummer',
    );
    expect(
      within(region(/^Fråga 2/)).getByRole('group', { name: /^Datumregler/ }),
    ).toBeInTheDocument();

    const to = region(/^Fråga 3/);
    await userEvent.click(within(to).getByRole('button', { name: 'Lägg till datumregel' }));
    expect(within(to).getByRole('combobox', { name: 'Gräns i regel 1' })).toHaveFocus();
    const from = within(to).getByRole('combobox', { name: 'Räknat från i regel 1' });
    // Only dates above this one can be counted from.
    expect(
      within(from)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['dagens datum', 'svaret på Fråga 2: Från och med']);
    await userEvent.selectOptions(from, 'svaret på Fråga 2: Från och med');
    expect(
      within(to).getByText('Datumet får vara tidigast svaret på Fråga 2: Från och med.'),
    ).toBeInTheDocument();

    await userEvent.click(within(to).getByRole('button', { name: 'Lägg till datumregel' }));
    await userEvent.selectOptions(
      within(to).getByRole('combobox', { name: 'Gräns i regel 2' }),
      'Senast',
    );
    await userEvent.type(within(to).getByRole('textbox', { name: 'Antal dagar i regel 2' }), '-1');
    expect(
      within(to).getByText('Datumet får vara senast 1 dag före dagens datum.'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Utkastet är sparat.')).toBeInTheDocument();
    const definition = sent[0]?.definition ?? {};
    expect(parseFormDefinition(definition).ok).toBe(true);
    const items = definition['items'] as Record<string, unknown>[];
    expect(items[0]).toMatchObject({ format: 'phone' });
    expect(items[2]).toMatchObject({
      dateRules: [
        { limit: 'earliest', relativeTo: 'answer', question: 'from' },
        { limit: 'latest', relativeTo: 'today', days: -1 },
      ],
    });
  });

  it('points at days that are no number and at rules that leave no date', async () => {
    const sent = renderBuilder(period);
    await screen.findByRole('heading', { level: 1, name: 'Bygg formulär: Resevaccination' });
    const from = region(/^Fråga 2/);
    const add = within(from).getByRole('button', { name: 'Lägg till datumregel' });
    await userEvent.click(add);
    await userEvent.type(
      within(from).getByRole('textbox', { name: 'Antal dagar i regel 1' }),
      '10',
    );
    await userEvent.click(add);
    await userEvent.selectOptions(
      within(from).getByRole('combobox', { name: 'Gräns i regel 2' }),
      'Senast',
    );
    const to = region(/^Fråga 3/);
    await userEvent.click(within(to).getByRole('button', { name: 'Lägg till datumregel' }));
    await userEvent.type(within(to).getByRole('textbox', { name: 'Antal dagar i regel 1' }), 'tio');

    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Fråga 2: Reglerna lämnar inget datum kvar att välja. Ändra dem.', '#item-from-addDateRule'],
      ['Fråga 3: Skriv ett heltal, till exempel 30 eller -30.', '#item-to-date-rule-r1-days'],
    ]);
    expect(sent).toHaveLength(0);
  });
});
