import type { CitizenActor, StaffActor } from '../identity/actor.ts';
import { sessionClinicRoles } from '../identity/workplace.policy.ts';
import { subjectOf } from '../identity/citizen-subject.ts';

/**
 * Who may read and handle a case (DOMAIN.md section 5): the one place these rules live.
 * Every case query, mutation, field and download asks these functions; a refusal answers
 * NOT_FOUND so a caller cannot tell a case they may not see from one that does not exist.
 */

/** What the rules need to know about a case. */
export type CaseAccessFacts = {
  clinicId: string;
  subjectPersonId: string;
  status: 'NEW' | 'ASSIGNED' | 'ANSWERED' | 'WAITING_FOR_CITIZEN' | 'CLOSED';
  assignedStaffId: string | null;
  /** Staff members who have written a message in the case (answers, partial answers, questions). */
  staffAuthorIds: readonly string[];
};

/** The role a staff member reads a case in; it is written to the access log. */
export type CaseRole = 'CASE_RECEIVER' | 'CAREGIVER';

/**
 * The role in which a staff member may read the case, or null. Receivers at the receiving
 * clinic read every case there; a caregiver reads the cases assigned to them now and those
 * they have written in. Administrators, auditors and other clinics never read case content.
 */
export function staffReadRole(actor: StaffActor, facts: CaseAccessFacts): CaseRole | null {
  const roles = sessionClinicRoles(actor, facts.clinicId);
  if (roles.includes('CASE_RECEIVER')) return 'CASE_RECEIVER';
  if (
    roles.includes('CAREGIVER') &&
    (facts.assignedStaffId === actor.staffMemberId ||
      facts.staffAuthorIds.includes(actor.staffMemberId))
  )
    return 'CAREGIVER';
  return null;
}

/** Assigning and reassigning is the receivers' job. */
export function mayAssign(actor: StaffActor, facts: CaseAccessFacts): boolean {
  return facts.status !== 'CLOSED' && staffReadRole(actor, facts) === 'CASE_RECEIVER';
}

/**
 * Answering (answer, partial answer, counter-question) and closing: the caregiver assigned now,
 * or a receiver answering directly. A formerly assigned caregiver may still read, not answer.
 */
export function mayRespond(actor: StaffActor, facts: CaseAccessFacts): CaseRole | null {
  if (facts.status === 'CLOSED') return null;
  const roles = sessionClinicRoles(actor, facts.clinicId);
  if (roles.includes('CAREGIVER') && facts.assignedStaffId === actor.staffMemberId)
    return 'CAREGIVER';
  if (roles.includes('CASE_RECEIVER')) return 'CASE_RECEIVER';
  return null;
}

/**
 * Internal notes are how staff hand over knowledge about a case, so everyone who may read it
 * may add one, a formerly assigned caregiver included. The citizen never sees them.
 */
export function mayAddNote(actor: StaffActor, facts: CaseAccessFacts): CaseRole | null {
  return staffReadRole(actor, facts);
}

/** A staff member who may be assigned a case of this clinic holds the caregiver role there. */
export function mayBeAssigned(roles: readonly string[]): boolean {
  return roles.includes('CAREGIVER');
}

/**
 * The case's own citizen, or a guardian in proxy mode for that child. Outside proxy mode a
 * guardian does not see the child's cases.
 */
export function citizenMayRead(actor: CitizenActor, facts: CaseAccessFacts): boolean {
  return facts.subjectPersonId === subjectOf(actor);
}

/** The citizen answers only a counter-question that is waiting for them. */
export function citizenMayReply(actor: CitizenActor, facts: CaseAccessFacts): boolean {
  return citizenMayRead(actor, facts) && facts.status === 'WAITING_FOR_CITIZEN';
}
