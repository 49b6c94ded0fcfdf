import type { CalendarDate } from '@etj/domain';
import type { HsaAssignment } from '../adapters/hsa-catalog/hsa-catalog.ts';
import type { StaffActor, StaffUnitRef } from './actor.ts';
import type { StaffRole } from './identity.types.ts';
import { isAssignmentActive } from './login.policy.ts';

/**
 * What a staff member may do at the workplace chosen for this session (DOMAIN.md section 1):
 * the one place the roles of a workplace are read. The services ask these functions before
 * every operation, and the staff viewer carries the same answers as booleans, so that the
 * staff SPA offers exactly the pages the API will serve and never re-interprets role names.
 */
export type WorkplacePermissions = {
  /** Case receiver at the chosen clinic: the incoming queue, assigning, answering directly. */
  mayReceiveCases: boolean;
  /** Caregiver at the chosen clinic: the work list of the cases assigned to them. */
  mayCareForCases: boolean;
  /** Auditor at the chosen clinic: the clinic's access log. */
  mayAudit: boolean;
  /** Administrator of the chosen clinic: case types, standard answers. */
  mayAdministerClinic: boolean;
  /** Administrator of the chosen region: the region's offering. */
  mayAdministerRegion: boolean;
  /** The national service administration: driftstatus, support, national figures. */
  mayAdministerService: boolean;
};

/**
 * The workplace of a session: the assignment chosen for it (`assignmentId`), with the roles it
 * carries, while it is in force on `today`; null when none is chosen, it is not the staff
 * member's, or it has ended (they choose again). A session's roles come from here only.
 */
export function sessionWorkplace(
  assignments: readonly HsaAssignment[],
  assignmentId: string | null,
  today: CalendarDate,
): StaffUnitRef | null {
  const assignment = assignments.find((a) => a.id === assignmentId);
  if (!assignment || !isAssignmentActive(assignment, today)) return null;
  return {
    assignmentId: assignment.id,
    kind: assignment.kind,
    clinicId: assignment.clinicId,
    regionId: assignment.regionId,
    roles: assignment.roles,
  };
}

const holds = (unit: StaffUnitRef | null, kind: StaffUnitRef['kind'], role: StaffRole) =>
  unit?.kind === kind && unit.roles.includes(role);

/**
 * The roles the staff member holds at the clinic chosen for this session: none when the
 * session's workplace is a region, the national administration or not chosen yet, and none
 * when `clinicId` is given and is another clinic. Every rule about "the roles here" (case
 * access, the lists, alerts, the viewer's permissions) reads them from this function.
 */
export function sessionClinicRoles(
  actor: Pick<StaffActor, 'unit'>,
  clinicId?: string,
): readonly StaffRole[] {
  const unit = actor.unit;
  if (unit?.kind !== 'CLINIC' || unit.clinicId === null) return [];
  if (clinicId !== undefined && unit.clinicId !== clinicId) return [];
  return unit.roles;
}

/** The clinic chosen for this session, if the session's workplace is a clinic. */
export function sessionClinicId(actor: Pick<StaffActor, 'unit'>): string | null {
  return actor.unit?.kind === 'CLINIC' ? actor.unit.clinicId : null;
}

export function workplacePermissions(unit: StaffUnitRef | null): WorkplacePermissions {
  return {
    mayReceiveCases: clinicWhere(unit, 'CASE_RECEIVER') !== null,
    mayCareForCases: clinicWhere(unit, 'CAREGIVER') !== null,
    mayAudit: clinicWhere(unit, 'AUDITOR') !== null,
    mayAdministerClinic: clinicWhere(unit, 'CLINIC_ADMIN') !== null,
    mayAdministerRegion: regionWhere(unit, 'REGION_ADMIN') !== null,
    mayAdministerService: holds(unit, 'NATIONAL', 'SERVICE_ADMIN'),
  };
}

/** The chosen clinic, if the staff member holds this role there in this session. */
function clinicWhere(unit: StaffUnitRef | null, role: StaffRole): string | null {
  return sessionClinicRoles({ unit }).includes(role) ? sessionClinicId({ unit }) : null;
}

/** The chosen region, if the staff member holds this region role there in this session. */
function regionWhere(unit: StaffUnitRef | null, role: StaffRole): string | null {
  return holds(unit, 'REGION', role) ? (unit?.regionId ?? null) : null;
}

/** The clinic where the actor works in this clinic role in this session, if any. */
export function clinicWithRole(actor: StaffActor, role: StaffRole): string | null {
  return clinicWhere(actor.unit, role);
}

/** The clinic this staff member administers in this session, if any. */
export function administeredClinicId(actor: StaffActor): string | null {
  return clinicWhere(actor.unit, 'CLINIC_ADMIN');
}

/** The region this staff member administers in this session, if any. */
export function administeredRegionId(actor: StaffActor): string | null {
  return regionWhere(actor.unit, 'REGION_ADMIN');
}

/** The clinic whose access log this staff member audits in this session, if any. */
export function auditedClinicId(actor: StaffActor): string | null {
  return clinicWhere(actor.unit, 'AUDITOR');
}

/** Whether this staff member works for the national service administration in this session. */
export function administersService(actor: StaffActor): boolean {
  return holds(actor.unit, 'NATIONAL', 'SERVICE_ADMIN');
}
