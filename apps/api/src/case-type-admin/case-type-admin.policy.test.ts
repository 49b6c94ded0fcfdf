import { describe, expect, it } from 'vitest';
import type { StaffActor } from '../identity/actor.ts';
import { administeredClinicId, administeredRegionId } from './case-type-admin.policy.ts';

const staff = (unit: StaffActor['unit']): StaffActor => ({
  kind: 'STAFF',
  staffMemberId: 's',
  hsaId: 'h',
  sessionId: 'x',
  unit,
});
const clinicUnit = (roles: NonNullable<StaffActor['unit']>['roles']) =>
  staff({ assignmentId: 'a', kind: 'CLINIC', clinicId: 'c1', regionId: 'r1', roles });

describe('who administers what', () => {
  it('lets a clinic admin administer the clinic chosen for the session, and nothing else', () => {
    expect(administeredClinicId(clinicUnit(['CLINIC_ADMIN', 'CAREGIVER']))).toBe('c1');
    expect(administeredRegionId(clinicUnit(['CLINIC_ADMIN']))).toBeNull();
  });

  it('gives other clinic roles no administration', () => {
    for (const role of ['CASE_RECEIVER', 'CAREGIVER', 'AUDITOR'] as const) {
      expect(administeredClinicId(clinicUnit([role]))).toBeNull();
    }
  });

  it('lets a region admin administer the region, not its clinics', () => {
    const regionAdmin = staff({
      assignmentId: 'a',
      kind: 'REGION',
      clinicId: null,
      regionId: 'r1',
      roles: ['REGION_ADMIN'],
    });
    expect(administeredRegionId(regionAdmin)).toBe('r1');
    expect(administeredClinicId(regionAdmin)).toBeNull();
  });

  it('gives nothing before a workplace is chosen', () => {
    expect(administeredClinicId(staff(null))).toBeNull();
    expect(administeredRegionId(staff(null))).toBeNull();
  });
});
