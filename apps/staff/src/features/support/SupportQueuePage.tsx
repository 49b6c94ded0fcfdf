import { AppPage } from '@etj/spa';
import { Button, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { AppLink, LoadingState, ProblemNotice } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SupportStatus } from '../../gql/graphql.ts';
import { PATHS } from '../../routing/paths.ts';
import { SUPPORT_STATUSES } from './fault-form.ts';
import { SupportReportTable } from './SupportReportTable.tsx';
import { useSupportQueue } from './use-support-queue.ts';
import { FilterForm } from '../../common/FilterForm.tsx';

type StatusChoice = 'OPEN' | 'ALL' | SupportStatus;

const OPEN: SupportStatus[] = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER'];

const statusesOf = (choice: StatusChoice): SupportStatus[] =>
  choice === 'OPEN' ? OPEN : choice === 'ALL' ? [] : [choice];

/** `/admin/support` (Supportärenden): the national service administration's queue. */
export function SupportQueuePage() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<StatusChoice>('OPEN');
  const [shown, setShown] = useState<StatusChoice>('OPEN');
  const queue = useSupportQueue(statusesOf(shown));
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShown(choice);
  };
  return (
    <AppPage title={t('support.queue.title')} width="wide">
      <Paragraph className="etj-lead">{t('support.queue.lead')}</Paragraph>
      <FilterForm id="support-filter" title={t('support.queue.filter')} onSubmit={submit}>
        <div className="etj-filter-fields">
          <Field>
            <Label htmlFor="support-status">{t('support.list.status')}</Label>
            <Select
              id="support-status"
              value={choice}
              onChange={(event) => {
                setChoice(event.target.value as StatusChoice);
              }}
            >
              <Select.Option value="OPEN">{t('support.queue.open')}</Select.Option>
              <Select.Option value="ALL">{t('support.queue.allStatuses')}</Select.Option>
              {SUPPORT_STATUSES.map((status) => (
                <Select.Option key={status} value={status}>
                  {t(`support.statuses.${status}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="etj-actions">
          <Button type="submit">{t('support.queue.show')}</Button>
        </div>
      </FilterForm>
      {queue.problem ? <ProblemNotice problem={queue.problem} /> : null}
      {queue.reports ? (
        <SupportReportTable
          caption={t('support.queue.caption')}
          empty={t('support.queue.empty')}
          reports={queue.reports}
          showReporter
          hasMore={queue.hasMore}
          loadingMore={queue.loadingMore}
          onMore={queue.loadMore}
        />
      ) : queue.problem ? null : (
        <LoadingState />
      )}
      <Paragraph>
        <AppLink href={PATHS.start}>{t('admin.backToStart')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}
