// The domain rules the seed shares with the apps. Imported by relative path because the
// database package does not depend on @etj/domain (yet); this is the only such import.
export {
  addDays,
  addMonths,
  addYears,
  ageOn,
  birthdayAt,
  buildAnswerValidator,
  clinicCalendar,
  compareDates,
  dateParts,
  firstAnswerDueAt,
  luhnCheckDigit,
  NATIONAL_CASE_TYPES,
  parseFormDefinition,
  parseCalendarDate,
  parseIdentityNumber,
  stockholmDate,
  type CalendarDate,
  type FormDefinition,
} from '../../packages/domain/src/index.ts';
