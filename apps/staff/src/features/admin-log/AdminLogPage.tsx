import { AppPage, useLanguage } from '@etj/spa';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { LoadingState, ProblemNotice, formatDateTime, CardTable } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { type AdminLogEntry, useAdminLog } from './use-admin-log.ts';

/**
 * "Administrationslogg": who changed what in the administration of the clinic (or the region),
 * in which role and when: roles granted and revoked, e-services offered, activated, built and
 * published, standard answers. For the clinic's administrators and auditors, and the region's.
 */
export function AdminLogPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const log = useAdminLog();

  const what = (entry: AdminLogEntry) => {
    const caseType =
      (language === 'en' ? entry.caseTypeNameEn : entry.caseTypeNameSv) ??
      t('adminLog.allCaseTypes');
    return t(`adminLog.actions.${entry.action}`, {
      caseType,
      name: entry.subjectName ?? t('adminLog.unknownStaff'),
      role: entry.subjectRole ? t(`roles.${entry.subjectRole}`) : '',
      state: entry.enabled ? t('adminLog.on') : t('adminLog.off'),
    });
  };

  return (
    <AppPage title={t('adminLog.title')} width="wide">
      <Paragraph className="etj-lead">{t('adminLog.lead')}</Paragraph>
      {log.problem ? <ProblemNotice problem={log.problem} /> : null}
      {log.entries === null && !log.problem ? <LoadingState /> : null}
      {log.entries?.length === 0 ? (
        <Paragraph role="status">{t('adminLog.empty')}</Paragraph>
      ) : null}
      {log.entries && log.entries.length > 0 ? (
        <>
          <CardTable className="etj-admin-table">
            <caption className="etj-visually-hidden">{t('adminLog.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('adminLog.time')}</Table.HeaderCell>
                <Table.HeaderCell>{t('adminLog.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('adminLog.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('adminLog.what')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {log.entries.map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.Cell>
                    <span className="etj-nowrap">{formatDateTime(entry.occurredAt, language)}</span>
                  </Table.Cell>
                  <Table.Cell>
                    {t('adminLog.whoValue', { name: entry.staffName, hsaId: entry.staffHsaId })}
                  </Table.Cell>
                  <Table.Cell>{t(`roles.${entry.role}`)}</Table.Cell>
                  <Table.Cell>{what(entry)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </CardTable>
          {log.hasMore ? (
            <div className="etj-actions">
              <Button
                type="button"
                variant="secondary"
                loading={log.loadingMore}
                onClick={log.loadMore}
              >
                {t('caseList.more')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </AppPage>
  );
}
