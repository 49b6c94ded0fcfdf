// The field problem codes the API sends its clients (BAD_USER_INPUT `extensions.fields[].code`),
// defined once. The API's field problems take this type, so it cannot send another code, and the
// SPAs read only codes of this set, so they cannot word one the API never sends; the API's
// error-code test fails on a code listed here that nothing sends. Imported as
// `@etj/domain/field-problem-codes`, so a bundle takes only this list and the form codes.

import { FORM_PROBLEM_CODES } from '../forms/form-problems.ts';
import { CLINIC_ROLE_REFUSALS } from './api-codes.ts';

/** Input problems outside a form's answers, of every API feature. */
export const INPUT_FIELD_CODES = [
  /** A value is not of the form its field takes (a date, an id, a length, a personnummer). */
  'INVALID_FORMAT',
  /** A number or a page size is outside what its field allows. */
  'OUT_OF_RANGE',
  /** A paging cursor is not one this list handed out. */
  'INVALID_CURSOR',
  /** A choice is not one of the field's options. */
  'INVALID_OPTION',
  /** An end is before the start (a period, a closure, a disturbance). */
  'BEFORE_START',
  /** An end is not after the start. */
  'NOT_AFTER_START',
  /** A moment is in the past where only a later one is taken. */
  'IN_THE_PAST',
  /** A moment is in the future where only an earlier one is taken. */
  'IN_THE_FUTURE',
  /** A moment is further ahead than the field allows. */
  'TOO_FAR_AHEAD',
  /** A moment is further back than the field allows. */
  'TOO_LONG_AGO',
  /** A disturbance starts in the future (it is planned work, not a disturbance). */
  'DISTURBANCE_IN_FUTURE',
  /** The announcement has already ended. */
  'ALREADY_ENDED',
  /** Nothing would change: there is nothing to publish. */
  'NOTHING_TO_PUBLISH',
  /** A form definition the builder sent is not a valid definition. */
  'INVALID_DEFINITION',
  /** The change is not allowed on this record (a retired standard answer, clinic options in an own case type). */
  'NOT_ALLOWED',
  /** A public text looks as if it holds a personnummer. */
  'PERSONAL_DATA',
  /** An e-mail address is not one. */
  'EMAIL_INVALID',
  /** An alert is switched on without an e-mail address. */
  'EMAIL_REQUIRED',
  /** A mobile number is not one. */
  'MOBILE_INVALID',
  /** An SMS alert is switched on without a mobile number. */
  'MOBILE_REQUIRED',
  /** An alert switch of a role the staff member does not hold here. */
  'NOT_YOUR_ROLE',
  /** A personnummer is not a valid identity number. */
  'IDENTITY_NUMBER_INVALID',
  /** The child cannot be added (one refusal, whatever the reason). */
  'PROXY_NOT_POSSIBLE',
  /** The terms accepted are not the current version; params `current`. */
  'TERMS_VERSION_OUTDATED',
  /** An attachment is empty. */
  'ATTACHMENT_EMPTY',
  /** An attachment is larger than allowed; params `max`. */
  'ATTACHMENT_TOO_LARGE',
  /** An attachment's type is not one of those allowed. */
  'ATTACHMENT_TYPE_NOT_ALLOWED',
  /** A draft already holds as many attachments as allowed; params `max`. */
  'TOO_MANY_ATTACHMENTS',
  /** A screenshot is empty. */
  'SCREENSHOT_EMPTY',
  /** A screenshot is larger than allowed; params `max`. */
  'SCREENSHOT_TOO_LARGE',
  /** A screenshot's type is not one of those allowed. */
  'SCREENSHOT_TYPE_NOT_ALLOWED',
  /** Closing the case goes only with an answer. */
  'ONLY_WITH_ANSWER',
  /** The staff member assigned is no caregiver at the case's clinic. */
  'NOT_A_CAREGIVER_HERE',
] as const;

/** Every code a field problem of the API may carry: the form problem codes and the others. */
export const FIELD_PROBLEM_CODES = [
  ...new Set([...FORM_PROBLEM_CODES, ...INPUT_FIELD_CODES, ...CLINIC_ROLE_REFUSALS]),
] as readonly (
  | (typeof FORM_PROBLEM_CODES)[number]
  | (typeof INPUT_FIELD_CODES)[number]
  | (typeof CLINIC_ROLE_REFUSALS)[number]
)[];
export type FieldProblemCode = (typeof FIELD_PROBLEM_CODES)[number];

/** A field-level input problem: the path into the input, a code, and its parameters. */
export type FieldProblem = {
  path: string;
  code: FieldProblemCode;
  params?: Record<string, string | number>;
};
