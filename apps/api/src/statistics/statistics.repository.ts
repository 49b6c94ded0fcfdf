import { Prisma, type PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import type { StatisticsScope } from './statistics.policy.ts';
import {
  bucketFigures,
  DURATION_BUCKETS,
  splitIntoMonths,
  type Period,
} from './statistics.rules.ts';

/** Which rollup rows a question is about: the viewer's scope, narrowed by the filter. */
export type StatisticsSelection = {
  scope: StatisticsScope;
  clinicId: string | null;
  caseTypeId: string | null;
};

export type SummaryRow = {
  submitted: number;
  submittedByProxy: number;
  answeredWithinTarget: number;
  answeredWithTarget: number;
  firstAnswer: DurationRow;
  firstAnswerBusiness: DurationRow;
  closing: DurationRow;
  closingBusiness: DurationRow;
};
export type DurationRow = { count: number; median: number | null; p90: number | null };

export type BreakdownRow = {
  id: string;
  nameSv: string;
  nameEn: string | null;
  current: number;
  previous: number;
};

/** The histograms' measures (stats_duration_months.measure). */
const MEASURES = {
  firstAnswer: 0,
  firstAnswerBusiness: 1,
  closing: 2,
  closingBusiness: 3,
} as const;

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** The histogram cell a selection reads: its narrowest place, and its case type or all. */
function histogramCell(selection: StatisticsSelection) {
  const scope = selection.scope;
  const place = selection.clinicId
    ? { scope: 'CLINIC', scopeId: selection.clinicId }
    : scope.kind === 'CLINIC'
      ? { scope: 'CLINIC', scopeId: scope.clinicId }
      : scope.kind === 'REGION'
        ? { scope: 'REGION', scopeId: scope.regionId }
        : { scope: 'NATIONAL', scopeId: ZERO_UUID };
  return { ...place, caseTypeId: selection.caseTypeId ?? ZERO_UUID };
}

/**
 * Reads the statistics rollups (written by statistics-rollup.repository.ts): every figure is
 * computed by PostgreSQL from the daily rows, never from cases, so a year answers from at most
 * one row per day, clinic and case type. Percentiles are nearest-rank (percentile_disc).
 */
export class StatisticsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  private where(selection: StatisticsSelection, ...periods: Period[]): Prisma.Sql {
    const days = periods.map((p) => Prisma.sql`s.day BETWEEN ${p.from}::date AND ${p.to}::date`);
    const conditions = [Prisma.sql`(${Prisma.join(days, ' OR ')})`];
    const scope = selection.scope;
    if (scope.kind === 'CLINIC') conditions.push(Prisma.sql`s.clinic_id = ${scope.clinicId}::uuid`);
    if (scope.kind === 'REGION') conditions.push(Prisma.sql`k.region_id = ${scope.regionId}::uuid`);
    if (selection.clinicId) conditions.push(Prisma.sql`s.clinic_id = ${selection.clinicId}::uuid`);
    if (selection.caseTypeId)
      conditions.push(Prisma.sql`s.case_type_id = ${selection.caseTypeId}::uuid`);
    return Prisma.join(conditions, ' AND ');
  }

  /**
   * Counts, target shares and the four duration figures over the period. The durations come
   * from the monthly histograms of the selection's cell for the months wholly inside the
   * period, and from the daily rows, bucketed alike, for the days outside them: a year reads a
   * few thousand bucket counts, not one value per case.
   */
  async summary(selection: StatisticsSelection, period: Period): Promise<SummaryRow> {
    const { months, days } = splitIntoMonths(period);
    const cell = histogramCell(selection);
    const parts: Prisma.Sql[] = [];
    if (months.length > 0)
      parts.push(Prisma.sql`
        SELECT measure, bucket, count FROM stats_duration_months
        WHERE scope = ${cell.scope} AND scope_id = ${cell.scopeId}::uuid
          AND case_type_id = ${cell.caseTypeId}::uuid AND measure BETWEEN 0 AND 3
          AND month IN (${Prisma.join(months.map((m) => Prisma.sql`${m}::date`))})`);
    if (days.length > 0)
      parts.push(Prisma.sql`
        SELECT m.measure, width_bucket(x - 1, ${[...DURATION_BUCKETS]}::int[]), 1
        FROM stats_case_days s JOIN clinics k ON k.id = s.clinic_id
        CROSS JOIN LATERAL (VALUES (0, s.first_answer_minutes),
          (1, s.first_answer_business_minutes), (2, s.close_minutes),
          (3, s.close_business_minutes)) AS m (measure, minutes)
        CROSS JOIN LATERAL unnest(m.minutes) AS x
        WHERE ${this.where(selection, ...days)}`);
    const [counts, buckets] = await Promise.all([
      this.prisma.$queryRaw<Omit<SummaryRow, keyof typeof MEASURES>[]>(Prisma.sql`
        SELECT
          coalesce(sum(s.submitted), 0)::int AS submitted,
          coalesce(sum(s.submitted_by_proxy), 0)::int AS "submittedByProxy",
          coalesce(sum(s.answered_within_target), 0)::int AS "answeredWithinTarget",
          coalesce(sum(s.answered_with_target), 0)::int AS "answeredWithTarget"
        FROM stats_case_days s JOIN clinics k ON k.id = s.clinic_id
        WHERE ${this.where(selection, period)}`),
      this.prisma.$queryRaw<{ measure: number; bucket: number; count: number }[]>(Prisma.sql`
        SELECT u.measure, u.bucket, sum(u.count)::int AS count
        FROM (${Prisma.join(parts, ' UNION ALL ')}) AS u (measure, bucket, count)
        GROUP BY u.measure, u.bucket`),
    ]);
    const row = counts[0];
    if (!row) throw new Error('statistics summary returned no row');
    const of = (measure: number) => bucketFigures(buckets.filter((b) => b.measure === measure));
    return {
      ...row,
      firstAnswer: of(MEASURES.firstAnswer),
      firstAnswerBusiness: of(MEASURES.firstAnswerBusiness),
      closing: of(MEASURES.closing),
      closingBusiness: of(MEASURES.closingBusiness),
    };
  }

  /** Cases sent per case type, clinic or region, in the period and the one before. */
  async breakdown(
    by: 'caseType' | 'clinic' | 'region',
    selection: StatisticsSelection,
    period: Period,
    previous: Period,
  ): Promise<BreakdownRow[]> {
    const both = this.where(selection, { from: previous.from, to: period.to });
    const key = {
      caseType: Prisma.sql`t.id, t.name_sv, t.name_en`,
      clinic: Prisma.sql`k.id, k.name, NULL::text`,
      region: Prisma.sql`r.id, r.name, NULL::text`,
    }[by];
    return this.prisma.$queryRaw<BreakdownRow[]>(Prisma.sql`
      SELECT g.id, g.name_sv AS "nameSv", g.name_en AS "nameEn", g.current::int, g.previous::int
      FROM (
        SELECT ${key}
          , sum(s.submitted) FILTER (WHERE s.day >= ${period.from}::date) AS current
          , sum(s.submitted) FILTER (WHERE s.day < ${period.from}::date) AS previous
        FROM stats_case_days s
        JOIN clinics k ON k.id = s.clinic_id
        JOIN regions r ON r.id = k.region_id
        JOIN case_types t ON t.id = s.case_type_id
        WHERE ${both}
        GROUP BY 1, 2, 3
      ) AS g (id, name_sv, name_en, current, previous)
      WHERE g.current > 0 OR g.previous > 0
      ORDER BY g.current DESC, g.name_sv, g.id`);
  }

  /** Cases sent per calendar month of the period. */
  byMonth(selection: StatisticsSelection, period: Period) {
    return this.prisma.$queryRaw<{ month: string; submitted: number }[]>(Prisma.sql`
      SELECT to_char(s.day, 'YYYY-MM') AS month, sum(s.submitted)::int AS submitted
      FROM stats_case_days s JOIN clinics k ON k.id = s.clinic_id
      WHERE ${this.where(selection, period)}
      GROUP BY 1 ORDER BY 1`);
  }

  /** Open cases by age group at the end of `day`. */
  async backlog(selection: StatisticsSelection, day: CalendarDate): Promise<number[]> {
    const [row] = await this.prisma.$queryRaw<{ groups: (number | null)[] | null }[]>(Prisma.sql`
      SELECT ARRAY[sum(s.backlog[1]), sum(s.backlog[2]), sum(s.backlog[3]), sum(s.backlog[4]),
        sum(s.backlog[5])]::int[] AS groups
      FROM stats_case_days s JOIN clinics k ON k.id = s.clinic_id
      WHERE ${this.where(selection, { from: day, to: day })}`);
    return (row?.groups ?? []).map((n) => n ?? 0);
  }

  /** Logins per day and kind (national figures). */
  logins(period: Period) {
    return this.prisma.$queryRaw<{ day: string; kind: string; count: number }[]>(Prisma.sql`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, count
      FROM stats_login_days
      WHERE day BETWEEN ${period.from}::date AND ${period.to}::date
      ORDER BY day, kind`);
  }

  /** The last day computed on or before `day`, if any. */
  async computedThrough(day: CalendarDate): Promise<CalendarDate | null> {
    const [row] = await this.prisma.$queryRaw<{ day: string | null }[]>(Prisma.sql`
      SELECT to_char(max(day), 'YYYY-MM-DD') AS day FROM stats_days WHERE day <= ${day}::date`);
    return (row?.day ?? null) as CalendarDate | null;
  }

  /** The clinics in the scope (filter choices); a clinic outside it is not among them. */
  clinics(scope: StatisticsScope) {
    const where =
      scope.kind === 'CLINIC'
        ? Prisma.sql`k.id = ${scope.clinicId}::uuid`
        : scope.kind === 'REGION'
          ? Prisma.sql`k.region_id = ${scope.regionId}::uuid`
          : Prisma.sql`TRUE`;
    return this.prisma.$queryRaw<{ id: string; nameSv: string; nameEn: null }[]>(Prisma.sql`
      SELECT k.id, k.name AS "nameSv", NULL AS "nameEn" FROM clinics k WHERE ${where}
      ORDER BY k.name, k.id`);
  }

  /** The case types that have any figures in the scope (filter choices). */
  caseTypes(scope: StatisticsScope) {
    return this.prisma.$queryRaw<{ id: string; nameSv: string; nameEn: string | null }[]>(
      Prisma.sql`
        SELECT t.id, t.name_sv AS "nameSv", t.name_en AS "nameEn"
        FROM case_types t
        WHERE EXISTS (
          SELECT 1 FROM stats_case_days s JOIN clinics k ON k.id = s.clinic_id
          WHERE s.case_type_id = t.id AND ${this.where({ scope, clinicId: null, caseTypeId: null }, { from: '1900-01-01' as CalendarDate, to: '9999-12-31' as CalendarDate })})
        ORDER BY t.name_sv, t.id`,
    );
  }
}
