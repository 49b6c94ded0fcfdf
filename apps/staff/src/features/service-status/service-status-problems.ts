import { knownInputProblems } from '@etj/spa';

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
export const readServiceStatusProblems = (error: unknown): ServiceStatusFieldProblem[] =>
  knownInputProblems(error, SERVICE_STATUS_FIELD_CODES);
