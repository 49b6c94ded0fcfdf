import { useLanguage } from '@etj/spa';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { CardTable } from '@etj/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountChart, type ChartKind } from './CountChart.tsx';
import { countTableCsv, csvFileName, downloadCsv } from './statistics-csv.ts';
import { formatCount } from './statistics-format.ts';
import { type CountTable, tableSummary, withheldCells } from './statistics-tables.ts';

/**
 * One chart with its heading, its summary in words, a "show as table" switch (a real table with
 * caption and headers) and a CSV download of exactly the table's figures.
 */
export function ChartSection({
  table,
  kind,
  from,
  to,
}: {
  table: CountTable;
  kind: ChartKind;
  from: string;
  to: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [asTable, setAsTable] = useState(false);
  const headingId = `statistics-${table.id}-heading`;
  const summaryId = `statistics-${table.id}-summary`;
  const summary = tableSummary(table, language, t);
  const withheld = withheldCells(table);
  return (
    <section aria-labelledby={headingId} className="etj-panel etj-chart-section">
      <Heading level={2} data-size="xs" id={headingId}>
        {table.title}
      </Heading>
      <Paragraph id={summaryId} data-size="sm">
        {summary}
      </Paragraph>
      {table.rows.length > 0 ? (
        <div className="etj-actions">
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            aria-describedby={headingId}
            onClick={() => {
              setAsTable((shown) => !shown);
            }}
          >
            {asTable ? t('statistics.showChart') : t('statistics.showTable')}
          </Button>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-describedby={headingId}
            onClick={() => {
              downloadCsv(
                csvFileName(t('statistics.csvPrefix'), table, from, to),
                countTableCsv(table, t('statistics.fewerThan5')),
              );
            }}
          >
            {t('statistics.downloadCsv')}
          </Button>
        </div>
      ) : null}
      {asTable && table.rows.length > 0 ? (
        <div>
          <CardTable className="etj-admin-table" data-size="sm">
            <caption>{table.caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{table.rowHeader}</Table.HeaderCell>
                {table.columns.map((column) => (
                  <Table.HeaderCell key={column} scope="col">
                    {column}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {table.rows.map((row) => (
                <Table.Row key={row.key}>
                  <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                  {row.values.map((count, index) => (
                    <Table.Cell key={table.columns[index] ?? index}>
                      {formatCount(count, language, t)}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </CardTable>
          {withheld > 0 ? (
            <Paragraph data-size="sm">{t('statistics.tableWithheld')}</Paragraph>
          ) : null}
        </div>
      ) : table.rows.length > 0 ? (
        <div
          className="etj-chart"
          role="img"
          aria-labelledby={headingId}
          aria-describedby={summaryId}
        >
          <CountChart table={table} kind={kind} />
        </div>
      ) : null}
    </section>
  );
}
