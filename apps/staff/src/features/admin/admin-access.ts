import { type StaffUnit } from '../identity/use-staff-viewer.ts';

export type AdminAccess = { clinicAdmin: boolean; regionAdmin: boolean };

/**
 * Which administration pages to offer in the navigation for the chosen workplace. Only a hint
 * for the menu: the API decides every operation and refuses the rest.
 */
export function adminAccess(unit: Pick<StaffUnit, 'kind' | 'roles'> | null): AdminAccess {
  return {
    clinicAdmin: unit?.kind === 'CLINIC' && unit.roles.includes('CLINIC_ADMIN'),
    regionAdmin: unit?.kind === 'REGION' && unit.roles.includes('REGION_ADMIN'),
  };
}
