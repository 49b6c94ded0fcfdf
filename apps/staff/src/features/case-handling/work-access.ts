import { type StaffUnit } from '../identity/use-staff-viewer.ts';

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

/**
 * Which case-work pages to offer for the chosen workplace. Only a hint for the navigation: the
 * API decides every operation, and answers NOT_FOUND for a case the viewer may not read.
 */
export function workAccess(unit: Pick<StaffUnit, 'kind' | 'roles'> | null): WorkAccess {
  const atClinic = (role: StaffUnit['roles'][number]) =>
    unit?.kind === 'CLINIC' && unit.roles.includes(role);
  const queue = atClinic('CASE_RECEIVER');
  const workList = atClinic('CAREGIVER');
  return { queue, workList, cases: queue || workList, accessLog: atClinic('AUDITOR') };
}
