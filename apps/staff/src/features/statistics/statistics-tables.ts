import { type Language } from '@etj/ui';
import {
  formatCount,
  formatDay,
  formatMonth,
  type ShownCount,
  type Translate,
} from './statistics-format.ts';
import { type StatisticsData } from './use-statistics.ts';

/**
 * One chart's figures as a table: the rows the chart plots, one column per series. The chart,
 * its "show as table" alternative, its text summary and its CSV all read this one table, so
 * they can never disagree.
 */
export type CountTable = {
  /** Names the chart's elements and its CSV file. */
  id: ChartId;
  title: string;
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: { key: string; label: string; values: ShownCount[] }[];
};

export const CHART_IDS = [
  'byMonth',
  'byCaseType',
  'byClinic',
  'byRegion',
  'backlog',
  'logins',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

const BACKLOG_GROUPS = ['DAYS_0_2', 'DAYS_3_7', 'DAYS_8_14', 'DAYS_15_30', 'DAYS_OVER_30'] as const;

type Named = { nameSv: string; nameEn?: string | null };

/** The English name where there is one, else the Swedish. */
export function nameOf(row: Named, language: Language): string {
  return language === 'en' && row.nameEn ? row.nameEn : row.nameSv;
}

/** The months (`YYYY-MM`) from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 120; guard += 1) {
    const key = `${String(year)}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

const ZERO: ShownCount = { value: 0, suppressed: false };

/**
 * Cases per month over the period, up to the last computed day. A month the rollups cover but
 * hold no row for had no cases sent: 0 is a true figure there. Months after the last computed
 * day are left out rather than shown as 0.
 */
function monthRows(data: StatisticsData, language: Language): CountTable['rows'] {
  const through =
    data.computedThrough && data.computedThrough < data.to ? data.computedThrough : data.to;
  const known = new Map(data.byMonth.map((m) => [m.month, m.submitted]));
  const months = data.computedThrough
    ? monthsBetween(data.from, through)
    : data.byMonth.map((m) => m.month);
  return months.map((month) => ({
    key: month,
    label: formatMonth(month, language),
    values: [known.get(month) ?? ZERO],
  }));
}

/** The tables behind the page's charts, for the viewer's scope. */
export function statisticsTables(
  data: StatisticsData,
  language: Language,
  t: Translate,
): CountTable[] {
  const period = (from: string, to: string) =>
    t('statistics.periodRange', { from: formatDay(from, language), to: formatDay(to, language) });
  const comparison = [
    t('statistics.table.current', { period: period(data.from, data.to) }),
    t('statistics.table.previous', { period: period(data.previousFrom, data.previousTo) }),
  ];
  const breakdown = (
    id: ChartId,
    rowHeader: string,
    rows: StatisticsData['byCaseType'],
  ): CountTable => ({
    id,
    title: t(`statistics.charts.${id}.title`),
    caption: t(`statistics.charts.${id}.caption`),
    rowHeader,
    columns: comparison,
    rows: rows.map((row) => ({
      key: row.id,
      label: nameOf(row, language),
      values: [row.current, row.previous],
    })),
  });
  const tables: CountTable[] = [
    {
      id: 'byMonth',
      title: t('statistics.charts.byMonth.title'),
      caption: t('statistics.charts.byMonth.caption'),
      rowHeader: t('statistics.table.month'),
      columns: [t('statistics.table.casesSent')],
      rows: monthRows(data, language),
    },
    breakdown('byCaseType', t('statistics.table.caseType'), data.byCaseType),
  ];
  if (data.scope !== 'CLINIC')
    tables.push(breakdown('byClinic', t('statistics.table.clinic'), data.byClinic));
  if (data.scope === 'NATIONAL')
    tables.push(breakdown('byRegion', t('statistics.table.region'), data.byRegion));
  const backlog = new Map(data.backlog.map((b) => [b.group, b.count]));
  tables.push({
    id: 'backlog',
    title: t('statistics.charts.backlog.title'),
    caption: t('statistics.charts.backlog.caption'),
    rowHeader: t('statistics.table.age'),
    columns: [t('statistics.table.openCases')],
    rows: BACKLOG_GROUPS.map((group) => ({
      key: group,
      label: t(`statistics.backlogGroups.${group}`),
      values: [backlog.get(group) ?? ZERO],
    })),
  });
  if (data.scope === 'NATIONAL')
    tables.push({
      id: 'logins',
      title: t('statistics.charts.logins.title'),
      caption: t('statistics.charts.logins.caption'),
      rowHeader: t('statistics.table.day'),
      columns: [
        t('statistics.table.citizens'),
        t('statistics.table.proxies'),
        t('statistics.table.staff'),
      ],
      rows: data.logins.map((day) => ({
        key: day.day,
        label: formatDay(day.day, language),
        values: [day.citizen, day.proxy, day.staff],
      })),
    });
  return tables;
}

/** Cells that are withheld (1–4): none of them is drawn in a chart. */
export function withheldCells(table: CountTable): number {
  return table.rows.reduce(
    (sum, row) => sum + row.values.filter((v) => v.suppressed || v.value === null).length,
    0,
  );
}

/**
 * The chart in words, for everyone who does not see it: the highest shown value of each
 * series, and how many values are withheld and so not drawn.
 */
export function tableSummary(table: CountTable, language: Language, t: Translate): string {
  if (table.rows.length === 0) return t('statistics.chart.empty');
  const sentences = table.columns.map((column, index) => {
    let best: { label: string; value: ShownCount } | null = null;
    for (const row of table.rows) {
      const value = row.values[index];
      if (value?.value == null) continue;
      if (!best || value.value > (best.value.value ?? 0)) best = { label: row.label, value };
    }
    if (!best || best.value.value === 0) return t('statistics.chart.noneShown', { series: column });
    return t('statistics.chart.highest', {
      series: column,
      label: best.label,
      value: formatCount(best.value, language, t),
    });
  });
  const withheld = withheldCells(table);
  if (withheld > 0) sentences.push(t('statistics.chart.withheld', { count: withheld }));
  return sentences.join(' ');
}
