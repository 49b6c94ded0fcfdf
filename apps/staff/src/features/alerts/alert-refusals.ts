import { knownInputProblems } from '@etj/spa';

/** The fields the API may refuse on the alert settings, and its codes for them. */
export const ALERT_FIELDS = ['email', 'newCases', 'assignedToMe', 'citizenReplies'] as const;
export type AlertField = (typeof ALERT_FIELDS)[number];
export const ALERT_CODES = ['EMAIL_INVALID', 'EMAIL_REQUIRED', 'NOT_YOUR_ROLE'] as const;
export type AlertCode = (typeof ALERT_CODES)[number];
export type AlertRefusal = { field: AlertField; code: AlertCode };

/** The known field refusals of a BAD_USER_INPUT answer (unknown paths and codes are dropped). */
export const readAlertRefusals = (error: unknown): AlertRefusal[] =>
  knownInputProblems(error, ALERT_CODES, ALERT_FIELDS).map(({ path, code }) => ({
    field: path,
    code,
  }));
