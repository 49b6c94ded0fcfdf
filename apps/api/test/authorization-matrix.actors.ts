// The actors of the authorization matrix by name, where each staff actor works and what they
// are to the shared case. Plain data: the matrix fixture builds its world from it, and the
// case policy's unit test (src/cases/case-access.policy.test.ts) asks the policy about the same
// actors without a database, so both speak of one cast.
import type { StaffRole } from '../src/identity/identity.types.ts';

/**
 * The citizen sessions. Besides the adult case's owner and a stranger to it, the guardian
 * variants, each about a child under 13 (C) unless said otherwise:
 * - guardianActing: a joint-custody guardian of C, in proxy mode for C (sent C's case);
 * - otherGuardian: C's other guardian, C on the list, logged in but not in proxy mode;
 * - otherGuardianActing: the same person in a second session, in proxy mode for C;
 * - guardianOfThirteen: a guardian who acted for their child T the evening before T's 13th
 *   birthday; at midnight the session falls back to the guardian;
 * - nonGuardian: a citizen with no custody of C;
 * - protectedGuardian: acted for their child, then got protected identity;
 * - protectedChild: acted for their child, who then got protected identity.
 */
export const CITIZEN_ACTORS = [
  'owningCitizen',
  'otherCitizen',
  'guardianActing',
  'otherGuardian',
  'otherGuardianActing',
  'guardianOfThirteen',
  'nonGuardian',
  'protectedGuardian',
  'protectedChild',
] as const;
export type CitizenActorName = (typeof CITIZEN_ACTORS)[number];

export const STAFF_ACTORS = [
  'receiverHere',
  'receiverElsewhere',
  'assignedCaregiver',
  'formerCaregiver',
  'otherCaregiver',
  'clinicAdmin',
  'auditor',
  'regionAdmin',
  'serviceAdmin',
] as const;
export type StaffActorName = (typeof STAFF_ACTORS)[number];

/** The actor variants of the matrix: the citizens, the staff, and nobody logged in. */
export const ACTORS = [...CITIZEN_ACTORS, ...STAFF_ACTORS, 'anonymous'] as const;
export type ActorName = (typeof ACTORS)[number];

export const isStaffActor = (actor: ActorName): actor is StaffActorName =>
  (STAFF_ACTORS as readonly string[]).includes(actor);

export const isCitizenActor = (actor: ActorName): actor is CitizenActorName =>
  (CITIZEN_ACTORS as readonly string[]).includes(actor);

/**
 * Each staff actor's one assignment: clinic X (the shared case's), clinic Y (a neighbour in
 * the same region), the region, or the national service administration; the session works there.
 */
export type StaffWorkplace = {
  at: 'clinicX' | 'clinicY' | 'region' | 'national';
  roles: readonly StaffRole[];
};

export const STAFF_WORKPLACES = {
  receiverHere: { at: 'clinicX', roles: ['CASE_RECEIVER'] },
  receiverElsewhere: { at: 'clinicY', roles: ['CASE_RECEIVER'] },
  assignedCaregiver: { at: 'clinicX', roles: ['CAREGIVER'] },
  formerCaregiver: { at: 'clinicX', roles: ['CAREGIVER'] },
  otherCaregiver: { at: 'clinicX', roles: ['CAREGIVER'] },
  clinicAdmin: { at: 'clinicX', roles: ['CLINIC_ADMIN'] },
  auditor: { at: 'clinicX', roles: ['AUDITOR'] },
  regionAdmin: { at: 'region', roles: ['REGION_ADMIN'] },
  serviceAdmin: { at: 'national', roles: ['SERVICE_ADMIN'] },
} as const satisfies Record<StaffActorName, StaffWorkplace>;

/**
 * The shared case and every fresh case of the matrix: at clinic X, assigned now to one
 * caregiver, after a partial answer by another who held it before.
 */
export const CASE_STAFF = {
  assignedTo: 'assignedCaregiver',
  formerlyAssignedAuthor: 'formerCaregiver',
} as const satisfies Record<string, StaffActorName>;

/** Case content: DOMAIN.md 5 (the receivers at the clinic, the caregiver now, one who wrote). */
export const CASE_READERS: readonly StaffActorName[] = [
  'receiverHere',
  'assignedCaregiver',
  'formerCaregiver',
];
/** Answering and closing: mayRespond (the caregiver assigned now, or a receiver directly). */
export const CASE_RESPONDERS: readonly StaffActorName[] = ['receiverHere', 'assignedCaregiver'];
/** Assigning and reassigning: the receivers at the case's clinic. */
export const CASE_ASSIGNERS: readonly StaffActorName[] = ['receiverHere'];
/** Staff who may not read the case at all: for them it does not exist. */
export const OUTSIDE_THE_CASE: readonly StaffActorName[] = STAFF_ACTORS.filter(
  (a) => !CASE_READERS.includes(a),
);
