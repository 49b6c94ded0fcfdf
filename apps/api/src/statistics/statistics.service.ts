import { compareDates } from '@etj/domain';
import type { Clock } from '../common/clock.ts';
import { badInput, forbidden, notFound } from '../common/errors.ts';
import type { StaffActor } from '../identity/actor.ts';
import { statisticsScope } from './statistics.policy.ts';
import type {
  DurationRow,
  StatisticsRepository,
  StatisticsSelection,
  SummaryRow,
} from './statistics.repository.ts';
import {
  BACKLOG_GROUPS,
  checkPeriod,
  previousPeriod,
  shareWithin,
  shownCount,
  SMALLEST_SHOWN,
  type DurationFigures,
} from './statistics.rules.ts';
import type {
  Statistics,
  StatisticsBreakdownRow,
  StatisticsFilter,
  StatisticsSummary,
} from './statistics.types.ts';

/** Figures for the administration from the daily rollups. */
export class StatisticsService {
  constructor(
    private readonly repository: StatisticsRepository,
    private readonly clock: Clock,
  ) {}

  async statistics(actor: StaffActor, filter: StatisticsFilter): Promise<Statistics> {
    const scope = statisticsScope(actor);
    if (!scope) throw forbidden();
    const checked = checkPeriod(filter.from, filter.to);
    if (!checked.ok) throw badInput(checked.problems);
    const period = checked.period;
    const previous = previousPeriod(period);
    const [clinics, caseTypes] = await Promise.all([
      this.repository.clinics(scope),
      this.repository.caseTypes(scope),
    ]);
    if (filter.clinicId && !clinics.some((c) => c.id === filter.clinicId)) throw notFound();
    const selection: StatisticsSelection = {
      scope,
      clinicId: filter.clinicId ?? null,
      caseTypeId: filter.caseTypeId ?? null,
    };
    const today = this.clock.today();
    const backlogDay = compareDates(period.to, today) < 0 ? period.to : today;
    const [current, before, byCaseType, byClinic, byRegion, byMonth, backlog, logins, through] =
      await Promise.all([
        this.repository.summary(selection, period),
        this.repository.summary(selection, previous),
        this.repository.breakdown('caseType', selection, period, previous),
        this.repository.breakdown('clinic', selection, period, previous),
        scope.kind === 'NATIONAL'
          ? this.repository.breakdown('region', selection, period, previous)
          : Promise.resolve([]),
        this.repository.byMonth(selection, period),
        this.repository.backlog(selection, backlogDay),
        scope.kind === 'NATIONAL' ? this.repository.logins(period) : Promise.resolve([]),
        this.repository.computedThrough(period.to),
      ]);
    const loginDays = new Map<string, Record<string, number>>();
    for (const l of logins) loginDays.set(l.day, { ...loginDays.get(l.day), [l.kind]: l.count });
    return {
      scope: scope.kind,
      from: period.from,
      to: period.to,
      previousFrom: previous.from,
      previousTo: previous.to,
      computedThrough: through,
      current: toSummary(current),
      previous: toSummary(before),
      byCaseType: byCaseType.map(toRow),
      byClinic: byClinic.map(toRow),
      byRegion: byRegion.map(toRow),
      byMonth: byMonth.map((m) => ({ month: m.month, submitted: shownCount(m.submitted) })),
      backlog: BACKLOG_GROUPS.map((g, i) => ({ group: g.key, count: shownCount(backlog[i] ?? 0) })),
      logins: [...loginDays.entries()].map(([day, counts]) => ({
        day,
        citizen: shownCount(counts['CITIZEN'] ?? 0),
        staff: shownCount(counts['STAFF'] ?? 0),
        proxy: shownCount(counts['PROXY'] ?? 0),
      })),
      clinics,
      caseTypes,
    };
  }
}

/** Duration figures from the database's percentiles, withheld under five cases. */
function toDuration(row: DurationRow): DurationFigures {
  if (row.count > 0 && row.count < SMALLEST_SHOWN)
    return {
      count: shownCount(row.count),
      medianMinutes: null,
      p90Minutes: null,
      suppressed: true,
    };
  return {
    count: shownCount(row.count),
    medianMinutes: row.median,
    p90Minutes: row.p90,
    suppressed: false,
  };
}

function toSummary(row: SummaryRow): StatisticsSummary {
  return {
    submitted: shownCount(row.submitted),
    submittedByProxy: shownCount(row.submittedByProxy),
    firstAnswer: toDuration(row.firstAnswer),
    firstAnswerBusiness: toDuration(row.firstAnswerBusiness),
    closing: toDuration(row.closing),
    closingBusiness: toDuration(row.closingBusiness),
    answeredWithTarget: shownCount(row.answeredWithTarget),
    withinTargetShare: shareWithin(row.answeredWithinTarget, row.answeredWithTarget),
  };
}

function toRow(row: {
  id: string;
  nameSv: string;
  nameEn: string | null;
  current: number | null;
  previous: number | null;
}): StatisticsBreakdownRow {
  return {
    id: row.id,
    nameSv: row.nameSv,
    nameEn: row.nameEn,
    current: shownCount(row.current ?? 0),
    previous: shownCount(row.previous ?? 0),
  };
}
