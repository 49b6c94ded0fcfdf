import { type StaffViewer } from '../identity/use-staff-viewer.ts';

export type WorkAccess = {
  /** Case receiver: the clinic's incoming queue. */
  queue: boolean;
  /** Caregiver: the cases assigned to me. */
  workList: boolean;
  /** Receiver or caregiver: may open a case (the API still decides which). */
  cases: boolean;
  /** Auditor: the clinic's access log. */
  accessLog: boolean;
};

type Permissions = Pick<StaffViewer, 'mayReceiveCases' | 'mayCareForCases' | 'mayAudit'>;

/**
 * Which case-work pages to offer for the chosen workplace, from the booleans the API computes
 * for it (never from role names): the API decides every operation, and answers NOT_FOUND for a
 * case the viewer may not read.
 */
export function workAccess(viewer: Permissions | null): WorkAccess {
  const queue = viewer?.mayReceiveCases ?? false;
  const workList = viewer?.mayCareForCases ?? false;
  return { queue, workList, cases: queue || workList, accessLog: viewer?.mayAudit ?? false };
}
