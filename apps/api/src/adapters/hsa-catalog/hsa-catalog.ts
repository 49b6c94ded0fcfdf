import type { CalendarDate } from '@etj/domain';
import type { StaffRole } from '../../common/staff-role.ts';

/**
 * A medarbetaruppdrag: roles at one clinic, at one region for region roles, or nationally for
 * the national service administration (neither clinic nor region).
 */
export type HsaAssignment = {
  id: string;
  kind: 'CLINIC' | 'REGION' | 'NATIONAL';
  clinicId: string | null;
  regionId: string | null;
  unitName: string;
  regionName: string | null;
  roles: StaffRole[];
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
};

export type HsaStaffMember = {
  id: string;
  hsaId: string;
  givenName: string;
  familyName: string;
  title: string;
  assignments: HsaAssignment[];
};

/** The HSA catalog, an external national system behind this adapter. */
export type HsaCatalog = {
  findByHsaId(hsaId: string): Promise<HsaStaffMember | null>;
  findById(staffMemberId: string): Promise<HsaStaffMember | null>;
};
