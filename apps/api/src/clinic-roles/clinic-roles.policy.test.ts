import type { CalendarDate } from '@etj/domain';
import { describe, expect, it } from 'vitest';
import { planRoleChange, type ClinicAssignment } from './clinic-roles.policy.ts';

const today = '2026-12-03' as CalendarDate;
const a = (id: string, roles: ClinicAssignment['roles'], extra: Partial<ClinicAssignment> = {}) =>
  ({
    id,
    staffMemberId: `s-${id}`,
    roles,
    validFrom: '2020-01-01',
    validTo: null,
    ...extra,
  }) as ClinicAssignment;

describe('a change of roles at the clinic', () => {
  it('orders the roles and says which were granted and revoked', () => {
    const target = a('1', ['CAREGIVER']);
    expect(
      planRoleChange(
        [target, a('2', ['CLINIC_ADMIN'])],
        target,
        ['AUDITOR', 'CASE_RECEIVER', 'AUDITOR'],
        today,
      ),
    ).toEqual({
      ok: true,
      roles: ['CASE_RECEIVER', 'AUDITOR'],
      granted: ['CASE_RECEIVER', 'AUDITOR'],
      revoked: ['CAREGIVER'],
    });
  });

  it('is empty when the roles stay the same', () => {
    const target = a('1', ['CAREGIVER', 'CASE_RECEIVER']);
    expect(planRoleChange([target], target, ['CASE_RECEIVER', 'CAREGIVER'], today)).toMatchObject({
      ok: true,
      granted: [],
      revoked: [],
    });
  });

  it('refuses region and national roles', () => {
    const target = a('1', []);
    for (const role of ['REGION_ADMIN', 'SERVICE_ADMIN'] as const) {
      expect(planRoleChange([target], target, [role], today)).toEqual({
        ok: false,
        problems: [{ path: 'roles', code: 'NOT_A_CLINIC_ROLE' }],
      });
    }
  });

  it('refuses to revoke the last administrator in force today', () => {
    const target = a('1', ['CLINIC_ADMIN']);
    const refused = { ok: false, problems: [{ path: 'roles', code: 'LAST_ADMINISTRATOR' }] };
    expect(planRoleChange([target, a('2', ['CAREGIVER'])], target, [], today)).toEqual(refused);
    // An administrator who has not started yet, or whose assignment has ended, does not count.
    const future = a('3', ['CLINIC_ADMIN'], { validFrom: '2027-01-01' as CalendarDate });
    const ended = a('4', ['CLINIC_ADMIN'], { validTo: '2026-12-02' as CalendarDate });
    expect(planRoleChange([target, future, ended], target, [], today)).toEqual(refused);
    // One in force today (ending today included) does.
    const lastDay = a('5', ['CLINIC_ADMIN'], { validTo: today });
    expect(planRoleChange([target, lastDay], target, [], today)).toMatchObject({ ok: true });
  });
});
