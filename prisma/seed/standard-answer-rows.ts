// The clinics' standard answers (data/standard-answers.ts) as rows, with each clinic's phone
// number filled in.
import { CLINICS } from './data/clinics.ts';
import { STANDARD_ANSWERS } from './data/standard-answers.ts';
import { firstOfMonth, stockholmInstant } from './dates.ts';
import { addMonths, type CalendarDate } from './domain.ts';
import { seedId } from './ids.ts';
import { caseTypeId } from './case-types.ts';
import { clinicId } from './organisation.ts';
import type { CaseRows } from './case-rows.ts';

export function buildStandardAnswers(today: CalendarDate): CaseRows['standardAnswers'] {
  const createdAt = stockholmInstant(firstOfMonth(addMonths(today, -6)), '09:00');
  return Object.entries(STANDARD_ANSWERS).flatMap(([clinic, answers]) => {
    const phone = CLINICS.find((candidate) => candidate.key === clinic)?.phone;
    if (phone === undefined) throw new Error(`Standard answers for unknown clinic ${clinic}`);
    return answers.map((answer) => ({
      id: seedId(`standard-answer:${clinic}:${answer.key}`),
      clinicId: clinicId(clinic),
      caseTypeId: answer.type === null ? null : caseTypeId(answer.type),
      titleSv: answer.titleSv,
      textSv: answer.textSv.replaceAll('{phone}', phone),
      createdAt,
    }));
  });
}
