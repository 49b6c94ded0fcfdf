import { addDays, compareDates, type CalendarDate } from '@etj/domain';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.ts';
import type { JobDefinition } from '../common/job-runner.ts';
import type { StatisticsRollupRepository } from './statistics-rollup.repository.ts';
import {
  daysFrom,
  DURATION_BUCKETS,
  rollUpCaseDays,
  type BusinessMinutes,
} from './statistics.rules.ts';

const monthOf = (day: CalendarDate): CalendarDate => `${day.slice(0, 8)}01` as CalendarDate;

export const STATISTICS_JOB = 'statistics-rollup';

/**
 * Every hour at :05 Europe/Stockholm. The first run after midnight makes the day before final
 * while its sessions still exist (ended sessions are deleted a day after they end); later runs
 * only refresh today's figures.
 */
export const STATISTICS_CRON = '5 * * * *';

/** Days computed per round of queries: a first run over years of data goes a month at a time. */
const CHUNK_DAYS = 31;

/** Working minutes in the clinics' calendars, for the clinics the job meets. */
export type CalendarSource = () => Promise<BusinessMinutes>;

export type RollupResult = { days: number; finalDays: number; caseRows: number; months: number };

/**
 * Fills the statistics rollups: every day from the one after the last final
 * day (or the first activity there is) up to today. Days that have ended become final and are
 * never computed again; today is recomputed on every run. Idempotent: each round replaces its
 * days' rows in one transaction.
 */
export class StatisticsRollupService {
  constructor(
    private readonly repository: StatisticsRollupRepository,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly calendars: CalendarSource,
  ) {}

  async run(): Promise<RollupResult> {
    const today = this.clock.today();
    const last = await this.repository.lastFinalDay();
    const start = last ? addDays(last, 1) : ((await this.repository.firstActivityDay()) ?? today);
    const businessMinutes = await this.calendars();
    const result: RollupResult = { days: 0, finalDays: 0, caseRows: 0, months: 0 };
    for (let from = start; compareDates(from, today) <= 0; from = addDays(from, CHUNK_DAYS)) {
      const chunkEnd = addDays(from, CHUNK_DAYS - 1);
      const to = compareDates(chunkEnd, today) < 0 ? chunkEnd : today;
      const days = daysFrom(from, to);
      const [facts, backlog, logins] = await Promise.all([
        this.repository.caseFacts(from, to),
        this.repository.backlog(from, to),
        this.repository.logins(from, to),
      ]);
      const rows = rollUpCaseDays(days, facts, backlog, businessMinutes);
      const marked = days.map((day) => ({ day, final: compareDates(day, today) < 0 }));
      await this.repository.replaceDays(marked, rows, logins, this.clock.now());
      result.days += days.length;
      result.finalDays += marked.filter((d) => d.final).length;
      result.caseRows += rows.length;
    }
    // The months of the days computed now, and any without histograms yet (seeded history).
    const months = new Set(await this.repository.monthsWithoutHistograms());
    for (let day = start; compareDates(day, today) <= 0; day = addDays(day, 1))
      months.add(monthOf(day));
    await this.repository.rebuildMonths([...months].sort(), DURATION_BUCKETS, this.clock.now());
    result.months = months.size;
    this.logger.info({ job: STATISTICS_JOB, ...result }, 'statistics rollups computed');
    return result;
  }

  job(): JobDefinition {
    return {
      name: STATISTICS_JOB,
      cron: STATISTICS_CRON,
      run: async () => {
        await this.run();
      },
    };
  }
}
