import { describe, expect, it } from 'vitest';
import type { StaffActor, StaffUnitRef } from '../identity/actor.ts';
import { mayChangeStatus, mayReport, mayWorkQueue, supportCapacity } from './support.policy.ts';

const clinicUnit: StaffUnitRef = {
  assignmentId: 'a1',
  kind: 'CLINIC',
  clinicId: 'c1',
  regionId: 'r1',
  roles: ['CAREGIVER', 'CLINIC_ADMIN'],
};
const national: StaffUnitRef = {
  assignmentId: 'a2',
  kind: 'NATIONAL',
  clinicId: null,
  regionId: null,
  roles: ['SERVICE_ADMIN'],
};
const staff = (id: string, unit: StaffUnitRef | null): StaffActor => ({
  kind: 'STAFF',
  staffMemberId: id,
  hsaId: `hsa-${id}`,
  sessionId: `s-${id}`,
  unit,
});
const report = { reporterStaffId: 'reporter' };

describe('support policy', () => {
  it('the reporter reads their own report from any workplace, as the reporter', () => {
    expect(supportCapacity(staff('reporter', clinicUnit), report)).toBe('REPORTER');
    expect(supportCapacity(staff('reporter', null), report)).toBe('REPORTER');
  });

  it('another staff member, a clinic administrator too, does not see the report', () => {
    expect(supportCapacity(staff('other', clinicUnit), report)).toBeNull();
  });

  it('the national service administration sees every report and alone works the queue', () => {
    const admin = staff('admin', national);
    expect(supportCapacity(admin, report)).toBe('SERVICE_ADMIN');
    expect(mayChangeStatus(admin)).toBe(true);
    expect(mayWorkQueue(admin)).toBe(true);
    expect(mayChangeStatus(staff('reporter', clinicUnit))).toBe(false);
    expect(mayWorkQueue(staff('other', clinicUnit))).toBe(false);
  });

  it('a service administrator at another workplace in this session is no administrator', () => {
    expect(supportCapacity(staff('admin', clinicUnit), report)).toBeNull();
  });

  it('reporting needs a chosen workplace', () => {
    expect(mayReport(staff('x', null))).toBe(false);
    expect(mayReport(staff('x', clinicUnit))).toBe(true);
  });
});
