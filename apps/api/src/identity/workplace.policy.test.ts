import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '@etj/domain';
import type { HsaAssignment } from '../adapters/hsa-catalog/hsa-catalog.ts';
import type { StaffActor } from './actor.ts';
import {
  administeredClinicId,
  administeredRegionId,
  administersService,
  auditedClinicId,
  clinicWithRole,
  sessionClinicId,
  sessionClinicRoles,
  sessionWorkplace,
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

const d = (value: string) => value as CalendarDate;

describe("the session's workplace and its roles", () => {
  const assignment = (over: Partial<HsaAssignment>): HsaAssignment => ({
    id: 'a1',
    kind: 'CLINIC',
    clinicId: 'c1',
    regionId: 'r1',
    unitName: 'Vårdcentralen',
    regionName: 'Regionen',
    roles: ['CASE_RECEIVER', 'CAREGIVER'],
    validFrom: d('2026-01-01'),
    validTo: d('2026-12-31'),
    ...over,
  });

  it('is the chosen assignment with its roles while it is in force, both ends included', () => {
    const held = [assignment({}), assignment({ id: 'a2', clinicId: 'c2', roles: ['AUDITOR'] })];
    for (const today of ['2026-01-01', '2026-12-31'])
      expect(sessionWorkplace(held, 'a2', d(today))).toEqual({
        assignmentId: 'a2',
        kind: 'CLINIC',
        clinicId: 'c2',
        regionId: 'r1',
        roles: ['AUDITOR'],
      });
  });

  it('is none before a choice, for an assignment not held, and once it has ended', () => {
    const held = [assignment({})];
    expect(sessionWorkplace(held, null, d('2026-06-01'))).toBeNull();
    expect(sessionWorkplace(held, 'someone-elses', d('2026-06-01'))).toBeNull();
    expect(sessionWorkplace(held, 'a1', d('2027-01-01'))).toBeNull();
    expect(sessionWorkplace(held, 'a1', d('2025-12-31'))).toBeNull();
  });

  it('gives the roles of the chosen clinic, there and nowhere else', () => {
    const unit = clinicUnit(['CASE_RECEIVER', 'AUDITOR']);
    expect(sessionClinicRoles(unit)).toEqual(['CASE_RECEIVER', 'AUDITOR']);
    expect(sessionClinicRoles(unit, 'c1')).toEqual(['CASE_RECEIVER', 'AUDITOR']);
    expect(sessionClinicRoles(unit, 'c2')).toEqual([]);
    expect(sessionClinicId(unit)).toBe('c1');
  });

  it('gives no clinic roles to a region, a national or an unchosen session', () => {
    for (const kind of ['REGION', 'NATIONAL'] as const) {
      const actor = staff({
        assignmentId: 'a',
        kind,
        clinicId: null,
        regionId: kind === 'REGION' ? 'r1' : null,
        roles: ['CASE_RECEIVER', 'REGION_ADMIN', 'SERVICE_ADMIN'],
      });
      expect(sessionClinicRoles(actor)).toEqual([]);
      expect(sessionClinicId(actor)).toBeNull();
    }
    expect(sessionClinicRoles(staff(null))).toEqual([]);
  });
});
