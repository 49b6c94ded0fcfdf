import { useLanguage } from '@etj/spa';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { AppLink, formatDateTime, CardTable } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { type StaffSupportReportRowFragment, type SupportStatus } from '../../gql/graphql.ts';
import { supportReportPath } from '../../routing/paths.ts';

const STATUS_COLOURS: Record<SupportStatus, 'info' | 'warning' | 'success' | 'neutral' | 'accent'> =
  {
    NEW: 'info',
    IN_PROGRESS: 'accent',
    WAITING_FOR_REPORTER: 'warning',
    RESOLVED: 'success',
    CLOSED: 'neutral',
  };

/** A support report's status as a tag, in words. */
export function SupportStatusTag({ status }: { status: SupportStatus }) {
  const { t } = useTranslation();
  return <Tag data-color={STATUS_COLOURS[status]}>{t(`support.statuses.${status}`)}</Tag>;
}

/** Support reports as rows, each number a link to the report; the reporter column for the queue. */
export function SupportReportTable({
  caption,
  empty,
  reports,
  showReporter,
  hasMore = false,
  loadingMore = false,
  onMore,
}: {
  caption: string;
  empty: string;
  reports: readonly StaffSupportReportRowFragment[];
  showReporter: boolean;
  hasMore?: boolean;
  loadingMore?: boolean;
  onMore?: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (reports.length === 0) return <Paragraph role="status">{empty}</Paragraph>;
  return (
    <>
      <div className="etj-table-scroll" role="region" aria-label={caption}>
        <CardTable className="etj-admin-table" cards="medium">
          <caption className="etj-visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('support.list.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('support.list.summary')}</Table.HeaderCell>
              <Table.HeaderCell>{t('support.list.severity')}</Table.HeaderCell>
              <Table.HeaderCell>{t('support.list.status')}</Table.HeaderCell>
              {showReporter ? (
                <Table.HeaderCell>{t('support.list.reporter')}</Table.HeaderCell>
              ) : null}
              <Table.HeaderCell>{t('support.list.reported')}</Table.HeaderCell>
              <Table.HeaderCell>{t('support.list.updated')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {reports.map((report) => (
              <Table.Row key={report.id}>
                <Table.Cell>
                  <AppLink href={supportReportPath(report.id)} className="etj-nowrap">
                    {`SUP-${String(report.number)}`}
                  </AppLink>
                </Table.Cell>
                <Table.Cell>{report.summary}</Table.Cell>
                <Table.Cell>{t(`support.severityShort.${report.severity}`)}</Table.Cell>
                <Table.Cell>
                  <SupportStatusTag status={report.status} />
                </Table.Cell>
                {showReporter ? (
                  <Table.Cell>
                    {report.reporterName}, {report.reporterWorkplace}
                  </Table.Cell>
                ) : null}
                <Table.Cell>{formatDateTime(report.createdAt, language)}</Table.Cell>
                <Table.Cell>{formatDateTime(report.updatedAt, language)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </CardTable>
      </div>
      {hasMore && onMore ? (
        <Button type="button" variant="secondary" loading={loadingMore} onClick={onMore}>
          {t('support.list.more')}
        </Button>
      ) : null}
    </>
  );
}
