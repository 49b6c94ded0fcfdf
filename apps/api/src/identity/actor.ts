import type { AppSurface } from '../common/app-surface.ts';
import type { StaffRole } from '../common/staff-role.ts';

export type { AppSurface };

export type StaffUnitRef = {
  assignmentId: string;
  kind: 'CLINIC' | 'REGION' | 'NATIONAL';
  clinicId: string | null;
  /** Null for a national assignment. */
  regionId: string | null;
  roles: StaffRole[];
};

export type CitizenActor = {
  kind: 'CITIZEN';
  /** The person logged in: the one who acts (the guardian, in proxy mode). */
  personId: string;
  sessionId: string;
  /** Proxy mode: the child this session acts for, verified against the register on this request. */
  actingForPersonId: string | null;
};
export type StaffActor = {
  kind: 'STAFF';
  staffMemberId: string;
  hsaId: string;
  sessionId: string;
  /** The clinic or region chosen for this session; null until the staff member picks one. */
  unit: StaffUnitRef | null;
};

export type Actor = CitizenActor | StaffActor;
export type ActorKind = Actor['kind'];
