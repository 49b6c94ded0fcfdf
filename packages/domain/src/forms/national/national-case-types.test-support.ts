// Shared set-up of the national case type tests: validates answers to a national type's
// definition with the clinic's options on a fixed day.
import type { CalendarDate } from '../../calendar/calendar-date.ts';
import { buildAnswerValidator } from '../answer-validator.ts';
import type { ClinicOptions } from '../clinic-options.ts';
import { NATIONAL_CASE_TYPES, type CaseTypeKind } from './national-case-types.ts';

export const TODAY = '2026-03-10' as CalendarDate;

export const validated = (kind: CaseTypeKind, answers: unknown, options: ClinicOptions = {}) =>
  buildAnswerValidator(NATIONAL_CASE_TYPES[kind].definition, options).validate(answers, {
    today: TODAY,
  });

/** The problems the validator finds, or none when the answers pass. */
export const problems = (kind: CaseTypeKind, answers: unknown, options: ClinicOptions = {}) => {
  const result = validated(kind, answers, options);
  return result.ok ? [] : result.problems;
};
