import type { StaffActor } from '../identity/actor.ts';
import {
  administeredClinicId,
  administeredRegionId,
  administersService,
} from '../identity/workplace.policy.ts';

/** Whose figures a staff member sees: their clinic's, their region's clinics', or all. */
export type StatisticsScope =
  | { kind: 'CLINIC'; clinicId: string }
  | { kind: 'REGION'; regionId: string }
  | { kind: 'NATIONAL' };

/**
 * Statistics (DOMAIN.md section 7) are for the administration: the clinic
 * administrator sees the clinic, the region administrator the region's clinics, the national
 * service administration everything. Nobody else sees any, null.
 */
export function statisticsScope(actor: StaffActor): StatisticsScope | null {
  if (administersService(actor)) return { kind: 'NATIONAL' };
  const regionId = administeredRegionId(actor);
  if (regionId) return { kind: 'REGION', regionId };
  const clinicId = administeredClinicId(actor);
  return clinicId ? { kind: 'CLINIC', clinicId } : null;
}
