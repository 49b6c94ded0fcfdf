/** Why an answer was refused; the SPAs turn each code into text from the shared catalogues. */
export const FORM_PROBLEM_CODES = [
  /** A required item has no answer. */
  'REQUIRED',
  /** A text answer is longer than the item's (or the global) maximum; params `max`. */
  'TOO_LONG',
  /** A choice answer is not one of the item's options (as resolved for this clinic). */
  'NOT_AN_OPTION',
  /** The same option was chosen twice in a multiple choice. */
  'DUPLICATE_OPTION',
  /** A date answer is not an existing `YYYY-MM-DD` date. */
  'INVALID_DATE',
  /** A date is before today (rule `earliest`, today, 0 days); params `earliest`. */
  'DATE_IN_PAST',
  /** A date is after today (rule `latest`, today, 0 days); params `latest`. */
  'DATE_IN_FUTURE',
  /** A date is more than `days` days back (rule `earliest`, today, -days); params `days`, `earliest`. */
  'DATE_TOO_FAR_BACK',
  /** A date is more than `days` days ahead (rule `latest`, today, +days); params `days`, `latest`. */
  'DATE_TOO_FAR_AHEAD',
  /** A date is before a day after today (rule `earliest`, today, +days); params `days`, `earliest`. */
  'DATE_TOO_EARLY',
  /** A date is after a day before today (rule `latest`, today, -days); params `days`, `latest`. */
  'DATE_TOO_LATE',
  /** A date is before the limit set by another date answer; params `question`, `earliest`. */
  'DATE_BEFORE_ANSWER',
  /** A date is after the limit set by another date answer; params `question`, `latest`. */
  'DATE_AFTER_ANSWER',
  /** A `phone` text is not a phone number (Swedish, or foreign with its country code). */
  'INVALID_PHONE',
  /** A `personnummer` text is not a personnummer or samordningsnummer (or its check digit is wrong). */
  'INVALID_PERSONNUMMER',
  /** A `postal-code` text is not five digits of a Swedish postcode. */
  'INVALID_POSTAL_CODE',
  /** A `street-address` text is a box address, where parcels are not delivered. */
  'BOX_ADDRESS',
  /** A number answer is not a whole number (or is out of the safe range). */
  'NOT_AN_INTEGER',
  /** A number answer is below the item's minimum; params `min`. */
  'TOO_SMALL',
  /** A number answer is above the item's maximum; params `max`. */
  'TOO_LARGE',
  /** Fewer group occurrences or selected options than the minimum; params `min`. */
  'TOO_FEW',
  /** More group occurrences or selected options than the maximum; params `max`. */
  'TOO_MANY',
  /** An answer to an item the definition does not have. */
  'UNKNOWN_FIELD',
  /** An answer to an item that is switched off (by enableWhen or by a clinic option). */
  'NOT_ENABLED',
  /** The answer has the wrong JSON type for its item (e.g. a number for a yes/no). */
  'WRONG_TYPE',
] as const;

export type FormProblemCode = (typeof FORM_PROBLEM_CODES)[number];

/** One refused answer: `path` is dot-separated linkIds and occurrence indexes (`medicines.2.name`). */
export type FormProblem = {
  path: string;
  code: FormProblemCode;
  params?: Record<string, string | number>;
};
