import { compareDates, type CalendarDate } from '@etj/domain';
import type { ClinicRoleRefusal } from '@etj/domain/api-codes';
import { CLINIC_ROLES as CLINIC_ROLES_OF_DOMAIN, type ClinicRole } from '@etj/domain/clinic-roles';
import type { FieldProblem } from '../common/errors.ts';
import type { StaffRole } from '../identity/identity.types.ts';

/**
 * Roles at a clinic (DOMAIN.md section 1): the clinic administrator grants and
 * revokes them for staff whose HSA assignment is at the clinic. The HSA catalogue stays the
 * source of who works there and for how long: nobody is added or removed here, and region and
 * national roles are not the clinic's to give.
 */
const CLINIC_ROLES = CLINIC_ROLES_OF_DOMAIN satisfies readonly StaffRole[];

const isClinicRole = (role: StaffRole): role is ClinicRole =>
  (CLINIC_ROLES as readonly string[]).includes(role);

/** An assignment at the clinic as the decision needs it. */
export type ClinicAssignment = {
  id: string;
  staffMemberId: string;
  roles: readonly StaffRole[];
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
};

/** A refused role change: always about `roles`, with one of the codes the staff SPA words. */
export type RoleProblem = FieldProblem & { path: 'roles'; code: ClinicRoleRefusal };

export type RoleChange =
  | { ok: false; problems: RoleProblem[] }
  | { ok: true; roles: ClinicRole[]; granted: ClinicRole[]; revoked: ClinicRole[] };

const inForce = (a: ClinicAssignment, today: CalendarDate) =>
  compareDates(a.validFrom, today) <= 0 &&
  (a.validTo === null || compareDates(today, a.validTo) <= 0);

/**
 * The change from the assignment's roles to `wanted`: the roles in a fixed order, and which
 * were granted and revoked (one log row each). Refused: a role that is not a clinic role, and
 * a change that would leave the clinic without an administrator in force today (nobody could
 * then give the roles back).
 */
export function planRoleChange(
  assignments: readonly ClinicAssignment[],
  target: ClinicAssignment,
  wanted: readonly StaffRole[],
  today: CalendarDate,
): RoleChange {
  const problems: RoleProblem[] = [];
  if (wanted.some((role) => !isClinicRole(role)))
    problems.push({ path: 'roles', code: 'NOT_A_CLINIC_ROLE' });
  const roles = CLINIC_ROLES.filter((role) => wanted.includes(role));
  const current = target.roles.filter(isClinicRole);
  const granted = roles.filter((role) => !current.includes(role));
  const revoked = current.filter((role) => !roles.includes(role));
  if (revoked.includes('CLINIC_ADMIN')) {
    const otherAdmin = assignments.some(
      (a) => a.id !== target.id && a.roles.includes('CLINIC_ADMIN') && inForce(a, today),
    );
    if (!otherAdmin) problems.push({ path: 'roles', code: 'LAST_ADMINISTRATOR' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, roles, granted, revoked };
}
