import { AppPage, useLanguage } from '@etj/spa';
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { ErrorSummary, LoadingState, ProblemNotice, formatDateTime, CardTable } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccessLogFilter } from '../../gql/graphql.ts';
import {
  ACCESS_LOG_FIELD_IDS,
  type AccessLogField,
  accessLogFilter,
  type AccessLogForm,
  type AccessLogProblem,
  apiAccessLogProblem,
  EMPTY_ACCESS_LOG_FORM,
} from './access-log-filter.ts';
import { type AccessLogEntry, useAccessLog } from './use-access-log.ts';

/** "Loggranskning": who read or changed which patient's case, when and in which role. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const [form, setForm] = useState<AccessLogForm>(EMPTY_ACCESS_LOG_FORM);
  const [filter, setFilter] = useState<AccessLogFilter>({});
  const [localProblems, setLocalProblems] = useState<AccessLogProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const log = useAccessLog(filter);

  const problems =
    localProblems.length > 0
      ? localProblems
      : log.fields.map((field) => apiAccessLogProblem(field.path));
  const messages = new Map<AccessLogField, string>();
  for (const problem of problems) {
    if (!messages.has(problem.field))
      messages.set(problem.field, t(`accessLog.problems.${problem.key}`));
  }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const result = accessLogFilter(form);
    if (!result.ok) {
      setLocalProblems(result.problems);
      return;
    }
    setLocalProblems([]);
    setFilter(result.filter);
  };

  const field = (key: AccessLogField, type: 'text' | 'date', label: string, hint?: string) => (
    <Textfield
      id={ACCESS_LOG_FIELD_IDS[key]}
      type={type}
      label={label}
      description={hint}
      value={form[key]}
      error={messages.get(key)}
      onChange={(event) => {
        setForm((current) => ({ ...current, [key]: event.target.value }));
      }}
    />
  );

  return (
    <AppPage title={t('accessLog.title')} width="wide">
      <Paragraph className="etj-lead">{t('accessLog.lead')}</Paragraph>
      <ErrorSummary
        attempt={attempt}
        problems={[...messages].map(([key, message]) => ({
          targetId: ACCESS_LOG_FIELD_IDS[key],
          message,
        }))}
      />
      <form
        onSubmit={submit}
        noValidate
        className="etj-panel etj-filter-form"
        aria-labelledby="access-log-filter-heading"
      >
        <Heading level={2} data-size="xs" id="access-log-filter-heading">
          {t('accessLog.filterTitle')}
        </Heading>
        <div className="etj-filter-fields">
          {field('staffHsaId', 'text', t('accessLog.staffHsaId'))}
          {field('patient', 'text', t('accessLog.patient'), t('accessLog.patientHint'))}
          {field('from', 'date', t('accessLog.from'))}
          {field('to', 'date', t('accessLog.to'))}
        </div>
        <div className="etj-actions">
          <Button type="submit">{t('accessLog.search')}</Button>
        </div>
      </form>
      {log.problem && log.fields.length === 0 ? <ProblemNotice problem={log.problem} /> : null}
      {log.entries === null && !log.problem ? <LoadingState /> : null}
      {log.entries ? (
        <LogTable
          entries={log.entries}
          hasMore={log.hasMore}
          loadingMore={log.loadingMore}
          onMore={log.loadMore}
        />
      ) : null}
    </AppPage>
  );
}

function LogTable({
  entries,
  hasMore,
  loadingMore,
  onMore,
}: {
  entries: AccessLogEntry[];
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (entries.length === 0) return <Paragraph role="status">{t('accessLog.empty')}</Paragraph>;
  return (
    <>
      <CardTable className="etj-admin-table" cards="medium">
        <caption className="etj-visually-hidden">{t('accessLog.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('accessLog.time')}</Table.HeaderCell>
            <Table.HeaderCell>{t('accessLog.staff')}</Table.HeaderCell>
            <Table.HeaderCell>{t('accessLog.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('accessLog.action')}</Table.HeaderCell>
            <Table.HeaderCell>{t('accessLog.case')}</Table.HeaderCell>
            <Table.HeaderCell>{t('accessLog.patientColumn')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((entry) => (
            <Table.Row key={entry.id}>
              <Table.Cell>
                <span className="etj-nowrap">{formatDateTime(entry.occurredAt, language)}</span>
              </Table.Cell>
              <Table.Cell>
                {t('accessLog.staffValue', { name: entry.staffName, hsaId: entry.staffHsaId })}
              </Table.Cell>
              <Table.Cell>{t(`roles.${entry.role}`)}</Table.Cell>
              <Table.Cell>{t(`accessLog.actions.${entry.action}`)}</Table.Cell>
              <Table.Cell>
                <span className="etj-nowrap">{entry.caseReference ?? ''}</span>
              </Table.Cell>
              <Table.Cell>
                {entry.patientName && entry.patientIdentityNumber
                  ? t('accessLog.patientValue', {
                      name: entry.patientName,
                      identityNumber: entry.patientIdentityNumber,
                    })
                  : (entry.patientName ?? entry.patientIdentityNumber ?? '')}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </CardTable>
      {hasMore ? (
        <div className="etj-actions">
          <Button type="button" variant="secondary" loading={loadingMore} onClick={onMore}>
            {t('caseList.more')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
