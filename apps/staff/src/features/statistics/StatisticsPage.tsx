import { AppPage, useLanguage } from '@etj/spa';
import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { ErrorSummary, LoadingState, ProblemNotice } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StatisticsFilter } from '../../gql/graphql.ts';
import { ChartSection } from './ChartSection.tsx';
import { type ChartKind } from './CountChart.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import {
  apiStatisticsProblem,
  defaultStatisticsForm,
  MAX_PERIOD_DAYS,
  QUICK_PERIODS,
  quickPeriod,
  STATISTICS_FIELD_IDS,
  type StatisticsField,
  statisticsFilter,
  type StatisticsForm,
  type StatisticsProblem,
} from './statistics-filter.ts';
import { stockholmDay } from './statistics-dates.ts';
import { formatDay } from './statistics-format.ts';
import { type ChartId, nameOf, statisticsTables } from './statistics-tables.ts';
import { useStatistics } from './use-statistics.ts';
import './statistics.css';
import { FilterForm } from '../../common/FilterForm.tsx';

const CHART_KINDS: Record<ChartId, ChartKind> = {
  byMonth: 'columns',
  byCaseType: 'bars',
  byClinic: 'bars',
  byRegion: 'bars',
  backlog: 'columns',
  logins: 'lines',
};

/** The first filter: the last twelve months up to today (see `defaultStatisticsForm`). */
function firstForm(): StatisticsForm {
  return defaultStatisticsForm(stockholmDay(new Date()));
}

/**
 * "Statistik": the e-services' figures for the administrator's clinic, region or (for the
 * national service administration) all of them, as the API decides; the period against the
 * period before, and charts each with a table and a CSV. Counts of 1–4 are never shown.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form, setForm] = useState<StatisticsForm>(firstForm);
  const [filter, setFilter] = useState<StatisticsFilter>(() => {
    const first = statisticsFilter(form);
    return first.ok ? first.filter : { from: form.from, to: form.to };
  });
  const [localProblems, setLocalProblems] = useState<StatisticsProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const statistics = useStatistics(filter);
  const data = statistics.data;

  const problems =
    localProblems.length > 0 ? localProblems : statistics.fields.map(apiStatisticsProblem);
  const messages = new Map<StatisticsField, string>();
  for (const problem of problems) {
    if (!messages.has(problem.field))
      messages.set(
        problem.field,
        t(`statistics.problems.${problem.key}`, { max: MAX_PERIOD_DAYS }),
      );
  }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const result = statisticsFilter(form);
    if (!result.ok) {
      setLocalProblems(result.problems);
      return;
    }
    setLocalProblems([]);
    setFilter(result.filter);
  };
  const set = (key: StatisticsField, value: string) => {
    setForm((current) => ({ ...current, [key]: value }));
  };

  const dateField = (key: 'from' | 'to', label: string) => (
    <Textfield
      id={STATISTICS_FIELD_IDS[key]}
      type="date"
      label={label}
      value={form[key]}
      error={messages.get(key)}
      onChange={(event) => {
        set(key, event.target.value);
      }}
    />
  );

  const tables = data ? statisticsTables(data, language, t) : [];
  const range = (from: string, to: string) =>
    t('statistics.periodRange', { from: formatDay(from, language), to: formatDay(to, language) });

  return (
    <AppPage title={t('statistics.title')} width="wide">
      <Paragraph className="etj-lead">
        {data ? t(`statistics.lead.${data.scope}`) : t('statistics.leadLoading')}
      </Paragraph>
      <Paragraph>{t('statistics.privacy')}</Paragraph>
      <ErrorSummary
        attempt={attempt}
        problems={[...messages].map(([key, message]) => ({
          targetId: STATISTICS_FIELD_IDS[key],
          message,
        }))}
      />
      <FilterForm id="statistics-filter" title={t('statistics.filter.title')} onSubmit={submit}>
        <div className="etj-filter-fields">
          {dateField('from', t('statistics.filter.from'))}
          {dateField('to', t('statistics.filter.to'))}
        </div>
        <div
          role="group"
          aria-labelledby="statistics-quick-label"
          aria-describedby="statistics-quick-hint"
          className="etj-quick-periods"
        >
          <Paragraph
            id="statistics-quick-label"
            data-size="sm"
            className="etj-quick-periods__label"
          >
            {t('statistics.filter.quick')}
          </Paragraph>
          <Paragraph id="statistics-quick-hint" data-size="sm" className="etj-visually-hidden">
            {t('statistics.filter.quickHint')}
          </Paragraph>
          {QUICK_PERIODS.map((choice) => (
            <Button
              key={choice}
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => {
                setForm((current) => ({
                  ...current,
                  ...quickPeriod(choice, stockholmDay(new Date())),
                }));
              }}
            >
              {t(`statistics.filter.quickChoices.${choice}`)}
            </Button>
          ))}
        </div>
        <div className="etj-filter-fields">
          <Field>
            <Label htmlFor={STATISTICS_FIELD_IDS.caseTypeId}>
              {t('statistics.filter.caseType')}
            </Label>
            <Select
              id={STATISTICS_FIELD_IDS.caseTypeId}
              value={form.caseTypeId}
              onChange={(event) => {
                set('caseTypeId', event.target.value);
              }}
            >
              <Select.Option value="">{t('statistics.filter.allCaseTypes')}</Select.Option>
              {(data?.caseTypes ?? []).map((type) => (
                <Select.Option key={type.id} value={type.id}>
                  {nameOf(type, language)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {data && data.scope !== 'CLINIC' ? (
            <Field>
              <Label htmlFor={STATISTICS_FIELD_IDS.clinicId}>{t('statistics.filter.clinic')}</Label>
              <Select
                id={STATISTICS_FIELD_IDS.clinicId}
                value={form.clinicId}
                onChange={(event) => {
                  set('clinicId', event.target.value);
                }}
              >
                <Select.Option value="">{t('statistics.filter.allClinics')}</Select.Option>
                {data.clinics.map((clinic) => (
                  <Select.Option key={clinic.id} value={clinic.id}>
                    {nameOf(clinic, language)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          ) : null}
        </div>
        <div className="etj-actions">
          <Button type="submit" loading={statistics.loading && data !== null}>
            {t('statistics.filter.apply')}
          </Button>
        </div>
      </FilterForm>
      {statistics.problem ? <ProblemNotice problem={statistics.problem} /> : null}
      {!data && !statistics.problem && statistics.fields.length === 0 ? <LoadingState /> : null}
      <div role="status" className="etj-status">
        {data && !statistics.loading
          ? t('statistics.showing', { period: range(data.from, data.to) })
          : ''}
      </div>
      {data ? (
        <>
          <Paragraph>
            {data.computedThrough
              ? t('statistics.computedThrough', {
                  date: formatDay(data.computedThrough, language),
                })
              : t('statistics.notComputed')}
          </Paragraph>
          <KeyFigures data={data} />
          {tables.map((table) => (
            <ChartSection
              key={table.id}
              table={table}
              kind={CHART_KINDS[table.id]}
              from={data.from}
              to={data.to}
            />
          ))}
        </>
      ) : null}
    </AppPage>
  );
}
