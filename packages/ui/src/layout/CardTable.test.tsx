import { Table } from '@digdir/designsystemet-react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CardTable } from './CardTable.tsx';

function Figures({ rows }: { rows: [string, string, string][] }) {
  return (
    <CardTable className="etj-own">
      <caption>Ärenden</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">Ärendetyp</Table.HeaderCell>
          <Table.HeaderCell scope="col" colSpan={2}>
            Antal <span>nu och förut</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map(([type, now, before]) => (
          <Table.Row key={type}>
            <Table.HeaderCell scope="row">{type}</Table.HeaderCell>
            <Table.Cell>{now}</Table.Cell>
            <Table.Cell>{before}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </CardTable>
  );
}

/** A row that adds a cell of its own, without the table rendering again. */
function GrowingRow() {
  const [open, setOpen] = useState(false);
  return (
    <Table.Row>
      <Table.Cell>
        <button
          type="button"
          onClick={() => {
            setOpen(true);
          }}
        >
          Visa
        </button>
      </Table.Cell>
      {open ? <Table.Cell>Mer</Table.Cell> : null}
    </Table.Row>
  );
}

describe('CardTable', () => {
  it('keeps the table roles explicit and names every cell by its column', () => {
    render(
      <Figures
        rows={[
          ['Förnya recept', '4', '2'],
          ['Fråga', '1', '0'],
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Ärenden' });
    expect(table).toHaveAttribute('role', 'table');
    expect(table).toHaveClass('etj-card-table', 'etj-own');
    expect(table).not.toHaveClass('etj-card-table--medium');
    for (const group of table.querySelectorAll('thead, tbody')) {
      expect(group).toHaveAttribute('role', 'rowgroup');
    }
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveAttribute('role', 'row');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.getAttribute('role'))).toEqual([
      'columnheader',
      'columnheader',
    ]);
    expect(headers[0]).not.toHaveAttribute('data-label');

    const recipe = within(table).getByRole('rowheader', { name: 'Förnya recept' });
    expect(recipe).toHaveAttribute('role', 'rowheader');
    // The row header is the card's title; a spanning header names each column under it.
    expect(recipe).not.toHaveAttribute('data-label');
    const cells = within(rows[1]!).getAllByRole('cell');
    expect(cells.map((cell) => cell.getAttribute('role'))).toEqual(['cell', 'cell']);
    expect(cells.map((cell) => cell.dataset['label'])).toEqual([
      'Antal nu och förut',
      'Antal nu och förut',
    ]);
  });

  it('names the rows and cells that come later', async () => {
    const { rerender } = render(<Figures rows={[['Förnya recept', '4', '2']]} />);
    rerender(
      <Figures
        rows={[
          ['Förnya recept', '4', '2'],
          ['Fråga', '1', '0'],
        ]}
      />,
    );
    const question = screen.getByRole('rowheader', { name: 'Fråga' }).closest('tr')!;
    expect(question).toHaveAttribute('role', 'row');
    expect(within(question).getAllByRole('cell')[0]).toHaveAttribute(
      'data-label',
      'Antal nu och förut',
    );

    render(
      <CardTable cards="medium">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>
              <span className="etj-visually-hidden">Åtgärd</span>
            </Table.HeaderCell>
            <Table.HeaderCell>Mer</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          <GrowingRow />
        </Table.Body>
      </CardTable>,
    );
    // A column named for screen readers only gives its cells no visible label.
    expect(screen.getByRole('button', { name: 'Visa' }).closest('td')).not.toHaveAttribute(
      'data-label',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Visa' }));
    const more = screen.getByText('Mer', { selector: 'td' });
    await waitFor(() => {
      expect(more).toHaveAttribute('role', 'cell');
    });
    expect(more).toHaveAttribute('data-label', 'Mer');
    expect(more.closest('table')).toHaveClass('etj-card-table', 'etj-card-table--medium');
  });
});
