/** The roles a staff member's assignment can carry, as the HSA catalogue and the API name them. */
export const STAFF_ROLES = [
  'CASE_RECEIVER',
  'CAREGIVER',
  'CLINIC_ADMIN',
  'AUDITOR',
  'REGION_ADMIN',
  'SERVICE_ADMIN',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
