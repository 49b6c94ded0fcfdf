import type { StaffActor } from '../identity/actor.ts';

/** The clinic this staff member administers in this session, if any. */
export function administeredClinicId(actor: StaffActor): string | null {
  const unit = actor.unit;
  if (unit?.kind !== 'CLINIC' || !unit.clinicId || !unit.roles.includes('CLINIC_ADMIN'))
    return null;
  return unit.clinicId;
}

/** The region this staff member administers in this session, if any. */
export function administeredRegionId(actor: StaffActor): string | null {
  const unit = actor.unit;
  if (unit?.kind !== 'REGION' || !unit.roles.includes('REGION_ADMIN')) return null;
  return unit.regionId;
}
