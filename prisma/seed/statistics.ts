// A year of statistics before the demo cases: the daily rollups (apps/api/src/statistics) as
// the statistics job would have left them for cases since deleted or sent before the demo
// stories begin, so the statistics pages have a year to show and the period before to compare
// with. Rollups hold counts and minutes only (no person, case or staff), which is why they may
// outlive the cases. The days are final: the job never computes them again, and goes on from
// the first demo case's day with the cases themselves.
import type { CaseTypeRows } from './case-types.ts';
import { addDays, type CalendarDate } from './domain.ts';
import { seededDraw } from './random.ts';

export type StatisticsRows = {
  statsDays: { day: Date; final: boolean; computedAt: Date }[];
  statsCaseDays: {
    day: Date;
    clinicId: string;
    caseTypeId: string;
    submitted: number;
    submittedByProxy: number;
    firstAnswerMinutes: number[];
    firstAnswerBusinessMinutes: number[];
    answeredWithinTarget: number;
    answeredWithTarget: number;
    closeMinutes: number[];
    closeBusinessMinutes: number[];
    backlog: number[];
  }[];
  statsLoginDays: { day: Date; kind: 'CITIZEN' | 'STAFF' | 'PROXY'; count: number }[];
};

const dbDay = (day: CalendarDate): Date => new Date(`${day}T00:00:00Z`);
const isWeekend = (day: CalendarDate): boolean => {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/**
 * The year up to the day before `firstCaseDay`: for every active e-service of every clinic, a
 * few cases a working day (fewer at weekends), first answered within a working day or two and
 * closed some days later, mostly within the clinic's target where it has one; logins per day.
 */
export function buildStatistics(
  today: CalendarDate,
  firstCaseDay: CalendarDate,
  clinicCaseTypes: CaseTypeRows['clinicCaseTypes'],
): StatisticsRows {
  const draw = seededDraw('etj-seed statistics v1');
  const rows: StatisticsRows = { statsDays: [], statsCaseDays: [], statsLoginDays: [] };
  const computedAt = dbDay(firstCaseDay);
  const active = clinicCaseTypes.filter((c) => c.active);
  for (let day = addDays(today, -365); day < firstCaseDay; day = addDays(day, 1)) {
    const weekend = isWeekend(day);
    rows.statsDays.push({ day: dbDay(day), final: true, computedAt });
    for (const cell of active) {
      const submitted = weekend ? draw.int(0, 1) : draw.int(0, 4);
      const answered = weekend ? 0 : draw.int(0, 4);
      const closed = weekend ? 0 : draw.int(0, 3);
      if (submitted + answered + closed === 0 && draw.chance(0.7)) continue;
      const business = Array.from({ length: answered }, () => draw.int(15, 2 * 9 * 60));
      const target = cell.responseTargetHours === null ? null : cell.responseTargetHours * 60;
      const closeBusiness = Array.from({ length: closed }, () => draw.int(60, 5 * 9 * 60));
      rows.statsCaseDays.push({
        day: dbDay(day),
        clinicId: cell.clinicId,
        caseTypeId: cell.caseTypeId,
        submitted,
        submittedByProxy: Array.from({ length: submitted }, () => draw.chance(0.12)).filter(Boolean)
          .length,
        firstAnswerBusinessMinutes: business,
        // Calendar time also counts the evenings, nights and weekends in between.
        firstAnswerMinutes: business.map((m) => m + Math.floor(m / (9 * 60)) * 15 * 60),
        answeredWithTarget: target === null ? 0 : business.length,
        answeredWithinTarget: target === null ? 0 : business.filter((m) => m <= target).length,
        closeBusinessMinutes: closeBusiness,
        closeMinutes: closeBusiness.map((m) => m + Math.floor(m / (9 * 60)) * 15 * 60),
        backlog: [draw.int(0, 3), draw.int(0, 2), draw.int(0, 1), draw.chance(0.2) ? 1 : 0, 0],
      });
    }
    rows.statsLoginDays.push(
      { day: dbDay(day), kind: 'CITIZEN', count: weekend ? draw.int(20, 60) : draw.int(80, 220) },
      { day: dbDay(day), kind: 'STAFF', count: weekend ? draw.int(3, 12) : draw.int(40, 90) },
      { day: dbDay(day), kind: 'PROXY', count: weekend ? draw.int(2, 8) : draw.int(6, 25) },
    );
  }
  return rows;
}
