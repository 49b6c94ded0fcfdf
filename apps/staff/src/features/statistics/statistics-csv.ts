import { type CountTable } from './statistics-tables.ts';

export const CSV_BOM = '\uFEFF';

/** One cell: formula starters defused, quotes doubled, always quoted (as the API's exports). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * A chart's table as CSV for Swedish Excel, by the product's CSV rules: UTF-8 with a byte-order
 * mark, semicolons, CRLF, every cell quoted. The cells are the table's: its headers, its row
 * labels and its counts, plain digits so that a spreadsheet can sum them, and `withheld`
 * ("färre än 5") where the table withholds one; never the withheld number.
 */
export function countTableCsv(table: CountTable, withheld: string): string {
  const lines = [
    [table.rowHeader, ...table.columns],
    ...table.rows.map((row) => [
      row.label,
      ...row.values.map((count) =>
        count.suppressed || count.value === null ? withheld : String(count.value),
      ),
    ]),
  ];
  return CSV_BOM + lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/** The file name of a chart's CSV: `statistik-byMonth-2026-01-01-2026-12-03.csv`. */
export function csvFileName(prefix: string, table: CountTable, from: string, to: string): string {
  return `${prefix}-${table.id}-${from}-${to}.csv`;
}

/** Saves text as a file through the browser's download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
