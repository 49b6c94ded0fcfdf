import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The field codes the driftstatus operations answer with (apps/api service-status policy). */
export const SERVICE_STATUS_FIELD_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'PERSONAL_DATA',
  'NOT_AFTER_START',
  'IN_THE_PAST',
  'DISTURBANCE_IN_FUTURE',
  'TOO_FAR_AHEAD',
  'ALREADY_ENDED',
] as const;

export type ServiceStatusFieldCode = (typeof SERVICE_STATUS_FIELD_CODES)[number];
export type ServiceStatusFieldProblem = { path: string; code: ServiceStatusFieldCode };

/** The known field problems of a refusal; codes outside the closed list are dropped. */
export function readServiceStatusProblems(error: unknown): ServiceStatusFieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphqlError) => {
    const fields = graphqlError.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((raw: unknown): ServiceStatusFieldProblem[] => {
      if (raw === null || typeof raw !== 'object') return [];
      const { path, code } = raw as Record<string, unknown>;
      const known = SERVICE_STATUS_FIELD_CODES.find((c) => c === code);
      return typeof path === 'string' && known ? [{ path, code: known }] : [];
    });
  });
}
