import { useLanguage } from '@etj/spa';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { type Language, CardTable } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import {
  countChange,
  durationChange,
  formatCalendarMinutes,
  formatCount,
  formatDay,
  formatHoursMinutes,
  formatShare,
  type ShownCount,
  type Translate,
} from './statistics-format.ts';
import { type StatisticsData } from './use-statistics.ts';

type Summary = StatisticsData['current'];
type Duration = Summary['firstAnswer'];
type DurationKey = 'firstAnswer' | 'firstAnswerBusiness' | 'closing' | 'closingBusiness';

type FigureRow = { key: string; label: string; current: string; previous: string; change: string };

/** A duration figure in words: withheld under five cases, nothing to say without cases. */
function durationText(
  figures: Duration,
  pick: 'medianMinutes' | 'p90Minutes',
  format: (minutes: number) => string,
  t: Translate,
): string {
  if (figures.suppressed) return t('statistics.fewerThan5Cases');
  const minutes = figures[pick];
  return minutes === null ? t('statistics.noCases') : format(minutes);
}

function shareText(summary: Summary, language: Language, t: Translate): string {
  if (summary.withinTargetShare !== null) return formatShare(summary.withinTargetShare, language);
  return summary.answeredWithTarget.suppressed
    ? t('statistics.fewerThan5Cases')
    : t('statistics.noCases');
}

const hasAny = (count: ShownCount) => count.suppressed || (count.value ?? 0) > 0;

/** The key figures of the period beside the period before, and how they changed. */
export function KeyFigures({ data }: { data: StatisticsData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { current, previous } = data;
  const count = (key: string, pick: (s: Summary) => ShownCount): FigureRow => ({
    key,
    label: t(`statistics.figures.${key}`),
    current: formatCount(pick(current), language, t),
    previous: formatCount(pick(previous), language, t),
    change: countChange(pick(current), pick(previous), language, t) ?? t('statistics.change.none'),
  });
  const duration = (key: DurationKey, pick: 'medianMinutes' | 'p90Minutes'): FigureRow => {
    const format = (minutes: number) =>
      key.endsWith('Business') ? formatHoursMinutes(minutes, t) : formatCalendarMinutes(minutes, t);
    const shown = (figures: Duration) => (figures.suppressed ? null : figures[pick]);
    return {
      key: `${key}.${pick}`,
      label: t(`statistics.figures.${key}.${pick}`),
      current: durationText(current[key], pick, format, t),
      previous: durationText(previous[key], pick, format, t),
      change:
        durationChange(shown(current[key]), shown(previous[key]), format, t) ??
        t('statistics.change.none'),
    };
  };
  const rows: FigureRow[] = [
    count('submitted', (s) => s.submitted),
    count('submittedByProxy', (s) => s.submittedByProxy),
    duration('firstAnswerBusiness', 'medianMinutes'),
    duration('firstAnswerBusiness', 'p90Minutes'),
    duration('firstAnswer', 'medianMinutes'),
    duration('firstAnswer', 'p90Minutes'),
    duration('closingBusiness', 'medianMinutes'),
    duration('closingBusiness', 'p90Minutes'),
    duration('closing', 'medianMinutes'),
    duration('closing', 'p90Minutes'),
  ];
  if (hasAny(current.answeredWithTarget) || hasAny(previous.answeredWithTarget)) {
    const share = (s: Summary) => s.withinTargetShare;
    const now = share(current);
    const before = share(previous);
    rows.push({
      key: 'withinTarget',
      label: t('statistics.figures.withinTarget'),
      current: shareText(current, language, t),
      previous: shareText(previous, language, t),
      change:
        now === null || before === null
          ? t('statistics.change.none')
          : now === before
            ? t('statistics.change.same')
            : t('statistics.change.points', {
                points: `${now > before ? '+' : '−'}${String(Math.round(Math.abs(now - before) * 100))}`,
              }),
    });
  }
  const range = (from: string, to: string) =>
    t('statistics.periodRange', { from: formatDay(from, language), to: formatDay(to, language) });
  return (
    <section aria-labelledby="statistics-figures-heading" className="etj-panel">
      <Heading level={2} data-size="xs" id="statistics-figures-heading">
        {t('statistics.figures.title')}
      </Heading>
      <Paragraph data-size="sm">
        {t('statistics.figures.lead', {
          period: range(data.from, data.to),
          previous: range(data.previousFrom, data.previousTo),
        })}
      </Paragraph>
      <div>
        <CardTable className="etj-admin-table" data-size="sm">
          <caption className="etj-visually-hidden">{t('statistics.figures.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('statistics.figures.measure')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('statistics.figures.current')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('statistics.figures.previous')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('statistics.figures.change')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                <Table.Cell>{row.current}</Table.Cell>
                <Table.Cell>{row.previous}</Table.Cell>
                <Table.Cell>{row.change}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </CardTable>
      </div>
      <Paragraph data-size="sm">{t('statistics.figures.workingTime')}</Paragraph>
    </section>
  );
}
