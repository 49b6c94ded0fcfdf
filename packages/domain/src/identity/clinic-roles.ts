// The clinic roles, defined once for the API (which grants only these) and the staff SPA (which
// offers only these). Imported as `@etj/domain/clinic-roles`.

/**
 * Roles at a clinic (DOMAIN.md section 1), in the order the administration page shows them: the
 * clinic administrator grants and revokes them; region and national roles are not the clinic's
 * to give. Each is a value of the GraphQL enum StaffRole.
 */
export const CLINIC_ROLES = ['CASE_RECEIVER', 'CAREGIVER', 'AUDITOR', 'CLINIC_ADMIN'] as const;
export type ClinicRole = (typeof CLINIC_ROLES)[number];
