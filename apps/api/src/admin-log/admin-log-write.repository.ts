import type { Prisma } from '@etj/db';
import type { StaffActor } from '../identity/actor.ts';
import type { StaffRole } from '../identity/identity.types.ts';

/**
 * The administrative actions the admin action log records: roles at a clinic,
 * the region's offering, a clinic's activation and options, own e-services, standard answers.
 * Each is written by the same transaction as the change it records, so a change is never
 * without its row and a refused change writes nothing.
 */
export const ADMIN_ACTIONS = [
  'GRANT_CLINIC_ROLE',
  'REVOKE_CLINIC_ROLE',
  'OFFER_CASE_TYPE',
  'WITHDRAW_CASE_TYPE',
  'UPDATE_CLINIC_CASE_TYPE',
  'CREATE_CUSTOM_CASE_TYPE',
  'SAVE_CUSTOM_CASE_TYPE',
  'PUBLISH_CUSTOM_CASE_TYPE',
  'CREATE_STANDARD_ANSWER',
  'UPDATE_STANDARD_ANSWER',
  'MOVE_STANDARD_ANSWER',
  'RETIRE_STANDARD_ANSWER',
] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

/** What the action was done to; only the parts that apply. */
export type AdminActionTarget = {
  caseTypeId?: string | null;
  subjectStaffMemberId?: string;
  subjectRole?: StaffRole;
  enabled?: boolean;
};

export type AdminLogRow = Prisma.AdminActionLogEntryCreateManyInput;

/** The row for one action by `actor`, acting in `role` at the workplace chosen for the session. */
export function adminLogRow(
  actor: StaffActor,
  role: StaffRole,
  action: AdminAction,
  target: AdminActionTarget,
  at: Date,
): AdminLogRow {
  return {
    occurredAt: at,
    staffMemberId: actor.staffMemberId,
    staffHsaId: actor.hsaId,
    role,
    clinicId: actor.unit?.clinicId ?? null,
    regionId: actor.unit?.regionId ?? null,
    action,
    caseTypeId: target.caseTypeId ?? null,
    subjectStaffMemberId: target.subjectStaffMemberId ?? null,
    subjectRole: target.subjectRole ?? null,
    enabled: target.enabled ?? null,
  };
}

/** Inserts the rows with the given client (the change's transaction); nothing when there are none. */
export async function writeAdminLog(
  tx: Prisma.TransactionClient,
  rows: readonly AdminLogRow[],
): Promise<void> {
  if (rows.length > 0) await tx.adminActionLogEntry.createMany({ data: [...rows] });
}
