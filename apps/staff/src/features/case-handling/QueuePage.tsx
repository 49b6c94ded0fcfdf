import { AppPage, useLanguage } from '@etj/spa';
import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { localize } from '@etj/domain';
import { ErrorSummary, LoadingState, ProblemNotice } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseListOrder, type CaseQueueFilter } from '../../gql/graphql.ts';
import { CaseListShortcuts } from '../shortcuts/CaseListShortcuts.tsx';
import { CaseTable } from './CaseTable.tsx';
import {
  ASSIGNMENT_FILTERS,
  CASE_LIST_ORDERS,
  CASE_STATUSES,
  DEFAULT_QUEUE_FILTER,
  type KnownCaseType,
  queueFilter,
  type QueueFilterForm,
  withCaseTypes,
} from './queue-filter.ts';
import { useCaseQueue } from './use-case-queue.ts';
import { FilterForm } from '../../common/FilterForm.tsx';

const MIN_AGE_ID = 'queue-min-age';

/** "Inkommande ärenden": the clinic queue with a filter, one page at a time. */
export function QueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form, setForm] = useState<QueueFilterForm>(DEFAULT_QUEUE_FILTER);
  const [filter, setFilter] = useState<CaseQueueFilter>(
    () => queueFilter(DEFAULT_QUEUE_FILTER) as CaseQueueFilter,
  );
  const [order, setOrder] = useState<CaseListOrder>(DEFAULT_QUEUE_FILTER.order);
  const [invalid, setInvalid] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [knownTypes, setKnownTypes] = useState<readonly KnownCaseType[]>([]);
  const queue = useCaseQueue(filter, order);

  // Remember every type seen, so choosing one does not empty the list of types.
  const types = withCaseTypes(knownTypes, queue.cases ?? []);
  if (types !== knownTypes) setKnownTypes(types);

  const set = <K extends keyof QueueFilterForm>(key: K, value: QueueFilterForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const next = queueFilter(form);
    if (next === 'invalid') {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setFilter(next);
    setOrder(form.order);
  };

  const ageError = invalid ? t('queue.minAgeInvalid') : undefined;
  return (
    <AppPage title={t('queue.title')} width="wide">
      <Paragraph className="etj-lead">{t('queue.lead')}</Paragraph>
      <CaseListShortcuts kind="queue" cases={queue.cases} />
      <ErrorSummary
        attempt={attempt}
        problems={ageError ? [{ targetId: MIN_AGE_ID, message: ageError }] : []}
      />
      <FilterForm id="queue-filter" title={t('queue.filterTitle')} onSubmit={submit}>
        <div className="etj-filter-fields">
          <Field>
            <Label htmlFor="queue-case-type">{t('queue.caseType')}</Label>
            <Select
              id="queue-case-type"
              value={form.caseTypeId}
              onChange={(event) => {
                set('caseTypeId', event.target.value);
              }}
            >
              <Select.Option value="">{t('queue.allTypes')}</Select.Option>
              {types.map((type) => (
                <Select.Option key={type.id} value={type.id}>
                  {localize({ sv: type.name.sv, en: type.name.en ?? undefined }, language)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="queue-status">{t('queue.status')}</Label>
            <Select
              id="queue-status"
              value={form.status}
              onChange={(event) => {
                set('status', event.target.value as QueueFilterForm['status']);
              }}
            >
              <Select.Option value="">{t('queue.openStatuses')}</Select.Option>
              {CASE_STATUSES.map((status) => (
                <Select.Option key={status} value={status}>
                  {t(`caseStatus.${status}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="queue-assignment">{t('queue.assignment')}</Label>
            <Select
              id="queue-assignment"
              value={form.assignment}
              onChange={(event) => {
                set('assignment', event.target.value as QueueFilterForm['assignment']);
              }}
            >
              {ASSIGNMENT_FILTERS.map((assignment) => (
                <Select.Option key={assignment} value={assignment}>
                  {t(`queue.assignments.${assignment}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="queue-order">{t('caseList.sortLabel')}</Label>
            <Field.Description>{t('caseList.sortHint')}</Field.Description>
            <Select
              id="queue-order"
              value={form.order}
              onChange={(event) => {
                set('order', event.target.value as CaseListOrder);
              }}
            >
              {CASE_LIST_ORDERS.map((value) => (
                <Select.Option key={value} value={value}>
                  {t(`caseList.sort.${value === 'STANDARD' ? 'STANDARD_QUEUE' : value}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            id={MIN_AGE_ID}
            label={t('queue.minAge')}
            description={t('queue.minAgeHint')}
            inputMode="numeric"
            value={form.minAgeDays}
            error={ageError}
            onChange={(event) => {
              set('minAgeDays', event.target.value);
            }}
          />
        </div>
        <div className="etj-actions">
          <Button type="submit">{t('queue.apply')}</Button>
        </div>
      </FilterForm>
      {queue.problem ? <ProblemNotice problem={queue.problem} /> : null}
      {queue.cases === null && !queue.problem ? <LoadingState /> : null}
      {queue.cases ? (
        <CaseTable
          caption={t('queue.caption')}
          empty={t('queue.empty')}
          cases={queue.cases}
          hasMore={queue.hasMore}
          loadingMore={queue.loadingMore}
          onMore={queue.loadMore}
        />
      ) : null}
    </AppPage>
  );
}
