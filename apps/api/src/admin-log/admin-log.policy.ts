import type { StaffActor } from '../identity/actor.ts';
import {
  administeredClinicId,
  administeredRegionId,
  auditedClinicId,
} from '../identity/workplace.policy.ts';

/** Whose administrative actions a log page shows: a clinic's, or a region's own. */
export type AdminLogScope = { clinicId: string } | { regionId: string };

/**
 * Who reads the admin action log: the clinic's administrators and auditors read what was done
 * at the clinic (its roles, activations, own e-services, standard answers); a region
 * administrator reads what was done for the region (its offering). Nobody else, null.
 */
export function adminLogScope(actor: StaffActor): AdminLogScope | null {
  const clinicId = administeredClinicId(actor) ?? auditedClinicId(actor);
  if (clinicId) return { clinicId };
  const regionId = administeredRegionId(actor);
  return regionId ? { regionId } : null;
}
