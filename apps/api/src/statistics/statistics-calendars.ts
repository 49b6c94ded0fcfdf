import {
  businessMinutesBetween,
  clinicCalendar,
  type ClinicCalendar,
  type OpeningHoursLine,
} from '@etj/domain';
import type { StatisticsRollupRepository } from './statistics-rollup.repository.ts';
import type { BusinessMinutes } from './statistics.rules.ts';

const CLOSED: ClinicCalendar = clinicCalendar([]);

const asLines = (raw: unknown): OpeningHoursLine[] =>
  Array.isArray(raw)
    ? raw.filter(
        (line): line is OpeningHoursLine =>
          typeof line === 'object' &&
          line !== null &&
          typeof (line as OpeningHoursLine).days === 'string' &&
          typeof (line as OpeningHoursLine).opens === 'string' &&
          typeof (line as OpeningHoursLine).closes === 'string',
      )
    : [];

/**
 * Working minutes in each clinic's calendar (its opening hours, Swedish public holidays and the
 * closed eves), read once per job run. A clinic without readable hours has no working time.
 */
export function clinicCalendars(repository: StatisticsRollupRepository) {
  return async (): Promise<BusinessMinutes> => {
    const calendars = new Map(
      (await repository.clinicOpeningHours()).map((c) => [
        c.id,
        clinicCalendar(asLines(c.openingHours)),
      ]),
    );
    return (clinicId, from, to) =>
      businessMinutesBetween(from, to, calendars.get(clinicId) ?? CLOSED);
  };
}
