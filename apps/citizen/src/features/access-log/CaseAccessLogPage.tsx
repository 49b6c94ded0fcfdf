import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { AppPage, useLanguage } from '@etj/spa';
import { staffTitleIn } from '@etj/domain/staff-titles';
import { AppLink, CardTable, LoadingState, ProblemNotice, formatDateTime } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  type CaseAccessLogEntry,
  caseAccessLogCsvHref,
  caseAccessLogPdfHref,
  useCaseAccessLog,
} from './use-case-access-log.ts';

/**
 * `/cases/:caseId/access-log`: who at which clinic read or changed my case (or my child's, in
 * proxy mode), in which role and when, with CSV and PDF downloads of the same (Patientdatalagen).
 */
export function CaseAccessLogPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { caseId = '' } = useParams();
  const log = useCaseAccessLog(caseId);
  const back = (
    <Paragraph>
      <AppLink href={`/cases/${encodeURIComponent(caseId)}`}>{t('caseAccessLog.toCase')}</AppLink>
    </Paragraph>
  );
  if (log.problem?.code === 'NOT_FOUND')
    return (
      <AppPage title={t('casePage.notFoundTitle')}>
        <Alert data-color="warning">
          <Paragraph>{t('casePage.notFound')}</Paragraph>
        </Alert>
      </AppPage>
    );
  return (
    <AppPage title={t('caseAccessLog.title')}>
      <Paragraph>{t('caseAccessLog.lead')}</Paragraph>
      {log.problem ? <ProblemNotice problem={log.problem} /> : null}
      {log.entries === null && !log.problem ? <LoadingState /> : null}
      {log.entries ? (
        <>
          <ul>
            <li>
              <a href={caseAccessLogCsvHref(caseId, language)} download>
                {t('caseAccessLog.download')}
              </a>
            </li>
            <li>
              <a href={caseAccessLogPdfHref(caseId, language)} download>
                {t('caseAccessLog.downloadPdf')}
              </a>
            </li>
          </ul>
          <LogTable
            entries={log.entries}
            hasMore={log.hasMore}
            loadingMore={log.loadingMore}
            onMore={log.loadMore}
          />
        </>
      ) : null}
      {back}
    </AppPage>
  );
}

function LogTable({
  entries,
  hasMore,
  loadingMore,
  onMore,
}: {
  entries: CaseAccessLogEntry[];
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (entries.length === 0) return <Paragraph role="status">{t('caseAccessLog.empty')}</Paragraph>;
  return (
    <>
      <CardTable>
        <caption>{t('caseAccessLog.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('caseAccessLog.time')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseAccessLog.clinic')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseAccessLog.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseAccessLog.staff')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseAccessLog.action')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((entry) => (
            <Table.Row key={entry.id}>
              <Table.Cell>{formatDateTime(entry.occurredAt, language)}</Table.Cell>
              <Table.Cell>{entry.clinicName ?? ''}</Table.Cell>
              <Table.Cell>{t(`caseAccessLog.roles.${entry.role}`)}</Table.Cell>
              <Table.Cell>
                {entry.staffTitle
                  ? t('caseAccessLog.staffValue', {
                      name: entry.staffName,
                      title: staffTitleIn(entry.staffTitle, language),
                    })
                  : entry.staffName}
              </Table.Cell>
              <Table.Cell>{t(`caseAccessLog.actions.${entry.action}`)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </CardTable>
      {hasMore ? (
        <div className="etj-actions">
          <Button type="button" variant="secondary" loading={loadingMore} onClick={onMore}>
            {t('caseAccessLog.more')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
