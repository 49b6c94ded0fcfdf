import { describe, expect, it } from 'vitest';
import type { StaffActor } from './actor.ts';
import {
  administeredClinicId,
  administeredRegionId,
  administersService,
  auditedClinicId,
  clinicWithRole,
  workplacePermissions,
  type WorkplacePermissions,
} from './workplace.policy.ts';

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

  it('gives the national service administration nothing at clinics or regions', () => {
    const serviceAdmin = staff({
      assignmentId: 'a',
      kind: 'NATIONAL',
      clinicId: null,
      regionId: null,
      roles: ['SERVICE_ADMIN'],
    });
    expect(administersService(serviceAdmin)).toBe(true);
    expect(administeredClinicId(serviceAdmin)).toBeNull();
    expect(administeredRegionId(serviceAdmin)).toBeNull();
    expect(clinicWithRole(serviceAdmin, 'CASE_RECEIVER')).toBeNull();
  });
});

describe("the viewer's booleans", () => {
  const none: WorkplacePermissions = {
    mayReceiveCases: false,
    mayCareForCases: false,
    mayAudit: false,
    mayAdministerClinic: false,
    mayAdministerRegion: false,
    mayAdministerService: false,
  };

  it('follow the roles at the chosen clinic, one boolean per role', () => {
    expect(workplacePermissions(clinicUnit(['CASE_RECEIVER', 'AUDITOR']).unit)).toEqual({
      ...none,
      mayReceiveCases: true,
      mayAudit: true,
    });
    expect(workplacePermissions(clinicUnit(['CAREGIVER', 'CLINIC_ADMIN']).unit)).toEqual({
      ...none,
      mayCareForCases: true,
      mayAdministerClinic: true,
    });
  });

  it('agree with the checks the services make', () => {
    const unit = clinicUnit(['AUDITOR', 'CAREGIVER']);
    expect(auditedClinicId(unit)).toBe('c1');
    expect(clinicWithRole(unit, 'CAREGIVER')).toBe('c1');
    expect(clinicWithRole(unit, 'CASE_RECEIVER')).toBeNull();
  });

  it('give a region administrator the region only, and nothing before a choice', () => {
    const region = staff({
      assignmentId: 'a',
      kind: 'REGION',
      clinicId: null,
      regionId: 'r1',
      roles: ['REGION_ADMIN'],
    });
    expect(workplacePermissions(region.unit)).toEqual({ ...none, mayAdministerRegion: true });
    expect(workplacePermissions(null)).toEqual(none);
  });

  it('never read a clinic role held at a region or nationally', () => {
    const odd = staff({
      assignmentId: 'a',
      kind: 'NATIONAL',
      clinicId: null,
      regionId: null,
      roles: ['CLINIC_ADMIN', 'AUDITOR', 'REGION_ADMIN'],
    });
    expect(workplacePermissions(odd.unit)).toEqual(none);
  });
});
