import type { StaffActor } from '../identity/actor.ts';
import { administersService } from '../identity/workplace.policy.ts';

/**
 * Who may do what with a support report: the pure rules the service asks before every read
 * and write. A report is the reporter's and the national service administration's; for
 * everybody else it does not exist (NOT_FOUND, never FORBIDDEN).
 */
export type SupportReportFacts = { reporterStaffId: string };

/** In which capacity the actor may see the report, or null when it is not theirs to see. */
export type SupportCapacity = 'SERVICE_ADMIN' | 'REPORTER';

/**
 * The service administration works every report (also one it reported itself, as the
 * administration); the reporter reads their own, whichever workplace they are at now.
 */
export function supportCapacity(
  actor: StaffActor,
  report: SupportReportFacts,
): SupportCapacity | null {
  if (administersService(actor)) return 'SERVICE_ADMIN';
  return report.reporterStaffId === actor.staffMemberId ? 'REPORTER' : null;
}

/** Both the reporter and the administration may reply (while the report takes replies). */
export function mayReply(actor: StaffActor, report: SupportReportFacts): boolean {
  return supportCapacity(actor, report) !== null;
}

/** Only the service administration moves a report between statuses. */
export function mayChangeStatus(actor: StaffActor): boolean {
  return administersService(actor);
}

/** Only the service administration sees the queue of every report. */
export function mayWorkQueue(actor: StaffActor): boolean {
  return administersService(actor);
}

/** Any staff member at a chosen workplace may report a fault (the workplace goes with it). */
export function mayReport(actor: StaffActor): boolean {
  return actor.unit !== null;
}
