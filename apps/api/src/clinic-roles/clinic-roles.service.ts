import type { Clock } from '../common/clock.ts';
import { badInput, forbidden, notFound, type FieldProblem } from '../common/errors.ts';
import { adminLogRow, type AdminLogRow } from '../admin-log/admin-log-write.repository.ts';
import type { StaffActor } from '../identity/actor.ts';
import type { StaffRole } from '../identity/identity.types.ts';
import { administeredClinicId } from '../identity/workplace.policy.ts';
import { planRoleChange } from './clinic-roles.policy.ts';
import type { ClinicRolesRepository, ClinicStaffRow } from './clinic-roles.repository.ts';
import type { ClinicStaffMember } from './clinic-roles.types.ts';

/** New roles and their log rows, or why not (an assignment not at the clinic: NOT_FOUND). */
type RoleDecision =
  { roles: StaffRole[]; log: AdminLogRow[] } | { refused: 'NOT_FOUND' | FieldProblem[] };

/** The clinic administrator's page of who works at the clinic and in which roles. */
export class ClinicRolesService {
  constructor(
    private readonly repository: ClinicRolesRepository,
    private readonly clock: Clock,
  ) {}

  async staff(actor: StaffActor): Promise<ClinicStaffMember[]> {
    const clinicId = requireClinic(actor);
    const rows = await this.repository.staffAtClinic(clinicId, this.clock.today());
    return rows.map((row) => toMember(row, actor));
  }

  /** Sets the roles of one assignment at the clinic; one log row per role granted or revoked. */
  async setRoles(
    actor: StaffActor,
    assignmentId: string,
    wanted: StaffRole[],
  ): Promise<ClinicStaffMember> {
    const clinicId = requireClinic(actor);
    const today = this.clock.today();
    const at = this.clock.now();
    const decision = await this.repository.changeRoles(
      clinicId,
      today,
      assignmentId,
      (assignments): RoleDecision => {
        const target = assignments.find((a) => a.id === assignmentId);
        if (!target) return { refused: 'NOT_FOUND' };
        const plan = planRoleChange(assignments, target, wanted, today);
        if (!plan.ok) return { refused: plan.problems };
        const change = (action: 'GRANT_CLINIC_ROLE' | 'REVOKE_CLINIC_ROLE', role: StaffRole) =>
          adminLogRow(
            actor,
            'CLINIC_ADMIN',
            action,
            { subjectStaffMemberId: target.staffMemberId, subjectRole: role },
            at,
          );
        return {
          roles: plan.roles,
          log: [
            ...plan.granted.map((role) => change('GRANT_CLINIC_ROLE', role)),
            ...plan.revoked.map((role) => change('REVOKE_CLINIC_ROLE', role)),
          ],
        };
      },
    );
    if ('refused' in decision) {
      if (decision.refused === 'NOT_FOUND') throw notFound();
      throw badInput(decision.refused);
    }
    const rows = await this.repository.staffAtClinic(clinicId, today);
    const row = rows.find((r) => r.id === assignmentId);
    if (!row) throw notFound();
    return toMember(row, actor);
  }
}

function requireClinic(actor: StaffActor): string {
  const clinicId = administeredClinicId(actor);
  if (!clinicId) throw forbidden();
  return clinicId;
}

function toMember(row: ClinicStaffRow, actor: StaffActor): ClinicStaffMember {
  return {
    assignmentId: row.id,
    staffMemberId: row.staffMemberId,
    name: `${row.givenName} ${row.familyName}`,
    title: row.title,
    hsaId: row.hsaId,
    roles: [...row.roles],
    validFrom: row.validFrom,
    validTo: row.validTo,
    isViewer: row.staffMemberId === actor.staffMemberId,
  };
}
