import { Prisma, type PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import type { BacklogCount, CaseDayRow, CaseFacts } from './statistics.rules.ts';

/** The start of a Stockholm day as an instant, in SQL. */
const dayStart = (day: CalendarDate) =>
  Prisma.sql`(${day}::date::timestamp AT TIME ZONE 'Europe/Stockholm')`;
const dayEnd = (day: CalendarDate) =>
  Prisma.sql`((${day}::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`;

/** Staff responses that count as an answer to the citizen (the first one starts the clock). */
const RESPONSE_KINDS = Prisma.sql`('ANSWER', 'PARTIAL_ANSWER', 'COUNTER_QUESTION')`;

const toDay = (value: Date): CalendarDate => value.toISOString().slice(0, 10) as CalendarDate;
const dbDay = (day: CalendarDate): Date => new Date(`${day}T00:00:00Z`);

/** Reads cases, sessions and the proxy log for the statistics job; writes the rollups. */
export class StatisticsRollupRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Every clinic's opening hours as the catalogue holds them, for its working-time calendar. */
  async clinicOpeningHours(): Promise<{ id: string; openingHours: unknown }[]> {
    return this.prisma.clinic.findMany({ select: { id: true, openingHours: true } });
  }

  /** The days already computed for good (final), latest last. */
  async lastFinalDay(): Promise<CalendarDate | null> {
    const row = await this.prisma.statsDay.findFirst({
      where: { final: true },
      orderBy: { day: 'desc' },
      select: { day: true },
    });
    return row ? toDay(row.day) : null;
  }

  /** The Stockholm day of the first case, session or proxy action there is, if any. */
  async firstActivityDay(): Promise<CalendarDate | null> {
    const [row] = await this.prisma.$queryRaw<{ first: Date | null }[]>`
      SELECT LEAST(
        (SELECT min(submitted_at) FROM cases),
        (SELECT min(created_at) FROM sessions),
        (SELECT min(occurred_at) FROM proxy_action_log)) AS first`;
    if (!row?.first) return null;
    const [day] = await this.prisma.$queryRaw<{ day: Date }[]>`
      SELECT (${row.first}::timestamptz AT TIME ZONE 'Europe/Stockholm')::date AS day`;
    return day ? toDay(day.day) : null;
  }

  /**
   * The cases sent, first answered or closed from the start of `from` to the end of `to`
   * (Stockholm days), with what the rules need. The first answer is the case's first staff
   * response (answer, partial answer or counter-question).
   */
  caseFacts(from: CalendarDate, to: CalendarDate): Promise<CaseFacts[]> {
    return this.prisma.$queryRaw<CaseFacts[]>(Prisma.sql`
      WITH answered AS (
        SELECT m.case_id, min(m.created_at) AS first_at
        FROM case_messages m
        WHERE m.author_kind = 'STAFF' AND m.kind IN ${RESPONSE_KINDS}
          AND m.created_at >= ${dayStart(from)} AND m.created_at < ${dayEnd(to)}
          AND NOT EXISTS (
            SELECT 1 FROM case_messages e
            WHERE e.case_id = m.case_id AND e.author_kind = 'STAFF' AND e.kind IN ${RESPONSE_KINDS}
              AND e.created_at < ${dayStart(from)})
        GROUP BY m.case_id
      ),
      touched AS (
        SELECT id FROM cases WHERE submitted_at >= ${dayStart(from)} AND submitted_at < ${dayEnd(to)}
        UNION
        SELECT case_id FROM answered
        UNION
        SELECT id FROM cases WHERE closed_at >= ${dayStart(from)} AND closed_at < ${dayEnd(to)}
      )
      SELECT c.clinic_id AS "clinicId", v.case_type_id AS "caseTypeId",
        c.submitted_at AS "submittedAt", c.sender_person_id <> c.subject_person_id AS "byProxy",
        a.first_at AS "firstAnsweredAt", c.closed_at AS "closedAt",
        c.first_answer_due_at AS "firstAnswerDueAt"
      FROM touched t
      JOIN cases c ON c.id = t.id
      JOIN case_type_versions v ON v.id = c.case_type_version_id
      LEFT JOIN answered a ON a.case_id = c.id`);
  }

  /** Open cases at the end of each day from `from` to `to`, by clinic, case type and age group. */
  async backlog(from: CalendarDate, to: CalendarDate): Promise<BacklogCount[]> {
    const rows = await this.prisma.$queryRaw<
      { day: Date; clinicId: string; caseTypeId: string; group: number; count: bigint }[]
    >(Prisma.sql`
      SELECT d.day, c.clinic_id AS "clinicId", v.case_type_id AS "caseTypeId",
        CASE
          WHEN d.day - (c.submitted_at AT TIME ZONE 'Europe/Stockholm')::date <= 2 THEN 0
          WHEN d.day - (c.submitted_at AT TIME ZONE 'Europe/Stockholm')::date <= 7 THEN 1
          WHEN d.day - (c.submitted_at AT TIME ZONE 'Europe/Stockholm')::date <= 14 THEN 2
          WHEN d.day - (c.submitted_at AT TIME ZONE 'Europe/Stockholm')::date <= 30 THEN 3
          ELSE 4
        END AS "group",
        count(*) AS count
      FROM (SELECT g::date AS day FROM generate_series(${from}::date, ${to}::date, interval '1 day') g) d
      JOIN cases c
        ON c.submitted_at < ((d.day + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')
       AND (c.closed_at IS NULL OR c.closed_at >= ((d.day + 1)::timestamp AT TIME ZONE 'Europe/Stockholm'))
      JOIN case_type_versions v ON v.id = c.case_type_version_id
      GROUP BY 1, 2, 3, 4`);
    return rows.map((r) => ({
      day: toDay(r.day),
      clinicId: r.clinicId,
      caseTypeId: r.caseTypeId,
      group: r.group,
      count: Number(r.count),
    }));
  }

  /** Logins (sessions begun) by kind, and guardians who acted for a child, per day. */
  async logins(
    from: CalendarDate,
    to: CalendarDate,
  ): Promise<{ day: CalendarDate; kind: 'CITIZEN' | 'STAFF' | 'PROXY'; count: number }[]> {
    const rows = await this.prisma.$queryRaw<{ day: Date; kind: string; count: bigint }[]>(
      Prisma.sql`
        SELECT (created_at AT TIME ZONE 'Europe/Stockholm')::date AS day,
          actor_kind::text AS kind, count(*) AS count
        FROM sessions
        WHERE created_at >= ${dayStart(from)} AND created_at < ${dayEnd(to)}
        GROUP BY 1, 2
        UNION ALL
        SELECT (occurred_at AT TIME ZONE 'Europe/Stockholm')::date, 'PROXY',
          count(DISTINCT guardian_person_id)
        FROM proxy_action_log
        WHERE occurred_at >= ${dayStart(from)} AND occurred_at < ${dayEnd(to)}
        GROUP BY 1`,
    );
    return rows.map((r) => ({
      day: toDay(r.day),
      kind: r.kind as 'CITIZEN' | 'STAFF' | 'PROXY',
      count: Number(r.count),
    }));
  }

  /** Months with computed days but no histograms yet (a first run, or seeded history). */
  async monthsWithoutHistograms(): Promise<CalendarDate[]> {
    const rows = await this.prisma.$queryRaw<{ month: string }[]>`
      SELECT DISTINCT to_char(date_trunc('month', d.day), 'YYYY-MM-DD') AS month
      FROM stats_days d
      WHERE NOT EXISTS (
        SELECT 1 FROM stats_months m WHERE m.month = date_trunc('month', d.day)::date)
      ORDER BY 1`;
    return rows.map((r) => r.month as CalendarDate);
  }

  /**
   * Rebuilds the duration histograms of these months (first days, `YYYY-MM-01`) from the daily
   * rows, for every cell the page can ask for: national, each region and each clinic, each for
   * all case types (the zero UUID) and per case type, in one pass with GROUPING SETS.
   */
  async rebuildMonths(months: readonly CalendarDate[], bounds: readonly number[], at: Date) {
    // A month at a time, each in its own transaction: a first run over years of rollups takes a
    // while, and no transaction should hold its locks that long.
    for (const month of months) await this.rebuildMonth(month, bounds, at);
  }

  private async rebuildMonth(month: CalendarDate, bounds: readonly number[], at: Date) {
    const zero = Prisma.sql`'00000000-0000-0000-0000-000000000000'::uuid`;
    await this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
        await tx.$executeRaw`DELETE FROM stats_duration_months WHERE month = ${month}::date`;
        await tx.$executeRaw(Prisma.sql`
          INSERT INTO stats_duration_months (month, scope, scope_id, case_type_id, measure, bucket, count)
          SELECT ${month}::date,
            CASE WHEN GROUPING(v.clinic_id) = 0 THEN 'CLINIC'
                 WHEN GROUPING(v.region_id) = 0 THEN 'REGION' ELSE 'NATIONAL' END,
            COALESCE(v.clinic_id, v.region_id, ${zero}),
            COALESCE(v.case_type_id, ${zero}),
            v.measure, v.bucket, count(*)
          FROM (
            SELECT k.region_id, s.clinic_id, s.case_type_id, m.measure,
              width_bucket(x - 1, ${[...bounds]}::int[]) AS bucket
            FROM stats_case_days s
            JOIN clinics k ON k.id = s.clinic_id
            CROSS JOIN LATERAL (VALUES (0, s.first_answer_minutes),
              (1, s.first_answer_business_minutes), (2, s.close_minutes),
              (3, s.close_business_minutes)) AS m (measure, minutes)
            CROSS JOIN LATERAL unnest(m.minutes) AS x
            WHERE s.day >= ${month}::date AND s.day < (${month}::date + interval '1 month')
          ) v
          GROUP BY GROUPING SETS (
            (v.measure, v.bucket),
            (v.case_type_id, v.measure, v.bucket),
            (v.region_id, v.measure, v.bucket),
            (v.region_id, v.case_type_id, v.measure, v.bucket),
            (v.clinic_id, v.measure, v.bucket),
            (v.clinic_id, v.case_type_id, v.measure, v.bucket))`);
        await tx.statsMonth.upsert({
          where: { month: dbDay(month) },
          create: { month: dbDay(month), computedAt: at },
          update: { computedAt: at },
        });
      },
      { timeout: 120_000 },
    );
  }

  /**
   * Replaces the rollups of the days `from`..`to` (none of them final) with these rows, and
   * marks the days computed: final for days that had ended when the job read them.
   */
  async replaceDays(
    days: { day: CalendarDate; final: boolean }[],
    caseRows: CaseDayRow[],
    logins: { day: CalendarDate; kind: string; count: number }[],
    at: Date,
  ): Promise<void> {
    const list = days.map((d) => dbDay(d.day));
    await this.prisma.$transaction([
      this.prisma.statsCaseDay.deleteMany({ where: { day: { in: list } } }),
      this.prisma.statsLoginDay.deleteMany({ where: { day: { in: list } } }),
      this.prisma.statsCaseDay.createMany({
        data: caseRows.map((r) => ({ ...r, day: dbDay(r.day) })),
      }),
      this.prisma.statsLoginDay.createMany({
        data: logins.map((l) => ({ ...l, day: dbDay(l.day) })),
      }),
      ...days.map((d) =>
        this.prisma.statsDay.upsert({
          where: { day: dbDay(d.day) },
          create: { day: dbDay(d.day), final: d.final, computedAt: at },
          update: { final: d.final, computedAt: at },
        }),
      ),
    ]);
  }
}
