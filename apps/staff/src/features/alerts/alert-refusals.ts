import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The fields the API may refuse on the alert settings, and its codes for them. */
export const ALERT_FIELDS = ['email', 'newCases', 'assignedToMe', 'citizenReplies'] as const;
export type AlertField = (typeof ALERT_FIELDS)[number];
export const ALERT_CODES = ['EMAIL_INVALID', 'EMAIL_REQUIRED', 'NOT_YOUR_ROLE'] as const;
export type AlertCode = (typeof ALERT_CODES)[number];
export type AlertRefusal = { field: AlertField; code: AlertCode };

/** The known field refusals of a BAD_USER_INPUT answer (unknown paths and codes are dropped). */
export function readAlertRefusals(error: unknown): AlertRefusal[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphqlError) => {
    const fields = graphqlError.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((raw: unknown): AlertRefusal[] => {
      if (raw === null || typeof raw !== 'object') return [];
      const { path, code } = raw as Record<string, unknown>;
      const field = ALERT_FIELDS.find((known) => known === path);
      const known = ALERT_CODES.find((candidate) => candidate === code);
      return field && known ? [{ field, code: known }] : [];
    });
  });
}
