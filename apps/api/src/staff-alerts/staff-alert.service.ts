import type { Clock } from '../common/clock.ts';
import { badInput } from '../common/errors.ts';
import type { StaffActor } from '../identity/actor.ts';
import { sessionClinicId, sessionClinicRoles } from '../identity/workplace.policy.ts';
import type { SaveStaffAlertSettingsInput } from './staff-alert.inputs.ts';
import { alertPermissions, cleanAlertSettings, visibleSwitches } from './staff-alert.policy.ts';
import type { StaffAlertRepository } from './staff-alert.repository.ts';
import type { StaffAlertSettings } from './staff-alert.types.ts';

/**
 * The signed-in staff member's own alerts. The switches belong to the clinic chosen in this
 * session and to the roles held there; a region session (or none chosen yet) has the address
 * and language only.
 */
export class StaffAlertService {
  constructor(
    private readonly repository: StaffAlertRepository,
    private readonly clock: Clock,
  ) {}

  async get(actor: StaffActor): Promise<StaffAlertSettings> {
    const clinicId = sessionClinicId(actor);
    const may = alertPermissions(sessionClinicRoles(actor));
    const row = await this.repository.find(actor.staffMemberId, clinicId);
    return {
      clinicId,
      email: row.email,
      locale: row.locale,
      ...visibleSwitches(row, may),
      ...may,
      updatedAt: row.updatedAt,
    };
  }

  /** Field codes EMAIL_INVALID, EMAIL_REQUIRED and NOT_YOUR_ROLE, all at once. */
  async save(actor: StaffActor, input: SaveStaffAlertSettingsInput): Promise<StaffAlertSettings> {
    const clinicId = sessionClinicId(actor);
    const may = alertPermissions(sessionClinicRoles(actor));
    const clean = cleanAlertSettings(input, may);
    if (!clean.ok) throw badInput(clean.problems);
    await this.repository.save(actor.staffMemberId, clinicId, clean.value, this.clock.now());
    return this.get(actor);
  }
}
