// The staff rules of case access as a table, asked of the authorization matrix's own cast
// (test/authorization-matrix.actors.ts: the same names, workplaces and relation to the case),
// without a database: what the matrix proves through the API, this proves of the policy alone.
import { describe, expect, it } from 'vitest';
import {
  CASE_ASSIGNERS,
  CASE_READERS,
  CASE_RESPONDERS,
  CASE_STAFF,
  STAFF_ACTORS,
  STAFF_WORKPLACES,
  type StaffActorName,
  type StaffWorkplace,
} from '../../test/authorization-matrix.actors.ts';
import type { StaffActor } from '../identity/actor.ts';
import {
  mayAddNote,
  mayAssign,
  mayBeAssigned,
  mayRespond,
  staffReadRole,
  type CaseAccessFacts,
  type CaseRole,
} from './case-access.policy.ts';

/** The session of a matrix actor as the policy sees it; a staff member's id is their name. */
function actorOf(name: StaffActorName, workplace: StaffWorkplace = STAFF_WORKPLACES[name]) {
  const { at, roles } = workplace;
  const place =
    at === 'clinicX' || at === 'clinicY'
      ? { kind: 'CLINIC' as const, clinicId: at, regionId: 'region' }
      : at === 'region'
        ? { kind: 'REGION' as const, clinicId: null, regionId: 'region' }
        : { kind: 'NATIONAL' as const, clinicId: null, regionId: null };
  return {
    kind: 'STAFF',
    staffMemberId: name,
    hsaId: `hsa-${name}`,
    sessionId: `session-${name}`,
    unit: { assignmentId: `assignment-${name}`, ...place, roles: [...roles] },
  } satisfies StaffActor;
}

/** The matrix's case: at clinic X, assigned now, with a message by the former caregiver. */
const caseIn = (status: CaseAccessFacts['status']): CaseAccessFacts => ({
  clinicId: 'clinicX',
  subjectPersonId: 'patient',
  status,
  assignedStaffId: CASE_STAFF.assignedTo,
  staffAuthorIds: [CASE_STAFF.formerlyAssignedAuthor],
});

/** The role each let-in actor holds at their workplace (one each in the cast); null for the rest. */
const roleFor =
  (allowed: readonly StaffActorName[]) =>
  (name: StaffActorName): CaseRole | null =>
    allowed.includes(name) ? (STAFF_WORKPLACES[name].roles[0] as CaseRole) : null;
const yesFor = (allowed: readonly StaffActorName[]) => (name: StaffActorName) =>
  allowed.includes(name);
const nobody = () => null;

type Rule = (actor: StaffActor, facts: CaseAccessFacts) => unknown;

const TABLE: {
  rule: string;
  decide: Rule;
  status: CaseAccessFacts['status'];
  expected: (name: StaffActorName) => unknown;
}[] = [
  {
    rule: 'staffReadRole',
    decide: staffReadRole,
    status: 'ASSIGNED',
    expected: roleFor(CASE_READERS),
  },
  {
    rule: 'staffReadRole',
    decide: staffReadRole,
    status: 'CLOSED',
    expected: roleFor(CASE_READERS),
  },
  { rule: 'mayAddNote', decide: mayAddNote, status: 'ANSWERED', expected: roleFor(CASE_READERS) },
  {
    rule: 'mayRespond',
    decide: mayRespond,
    status: 'ASSIGNED',
    expected: roleFor(CASE_RESPONDERS),
  },
  {
    rule: 'mayRespond',
    decide: mayRespond,
    status: 'WAITING_FOR_CITIZEN',
    expected: roleFor(CASE_RESPONDERS),
  },
  { rule: 'mayRespond', decide: mayRespond, status: 'CLOSED', expected: nobody },
  { rule: 'mayAssign', decide: mayAssign, status: 'NEW', expected: yesFor(CASE_ASSIGNERS) },
  { rule: 'mayAssign', decide: mayAssign, status: 'ASSIGNED', expected: yesFor(CASE_ASSIGNERS) },
  { rule: 'mayAssign', decide: mayAssign, status: 'CLOSED', expected: () => false },
];

describe('the case policy, actor by actor, as the authorization matrix names them', () => {
  for (const { rule, decide, status, expected } of TABLE)
    it(`${rule} on a case ${status}`, () => {
      const facts = caseIn(status);
      const got = Object.fromEntries(STAFF_ACTORS.map((a) => [a, decide(actorOf(a), facts)]));
      const want = Object.fromEntries(STAFF_ACTORS.map((a) => [a, expected(a)]));
      expect(got).toEqual(want);
    });
});

describe('the case policy beyond the cast', () => {
  const facts = caseIn('ASSIGNED');

  it('reads the roles of the session’s clinic only: the same roles at another clinic give nothing', () => {
    for (const name of CASE_READERS) {
      const elsewhere = actorOf(name, { ...STAFF_WORKPLACES[name], at: 'clinicY' });
      expect(staffReadRole(elsewhere, facts), name).toBeNull();
      expect(mayRespond(elsewhere, facts), name).toBeNull();
    }
  });

  it('never reads clinic roles held at a region or nationally', () => {
    for (const at of ['region', 'national'] as const) {
      const actor = actorOf('receiverHere', { at, roles: ['CASE_RECEIVER', 'CAREGIVER'] });
      expect(staffReadRole(actor, facts), at).toBeNull();
      expect(mayAssign(actor, facts), at).toBe(false);
    }
  });

  it('lets the assigned caregiver who is also a receiver answer as the caregiver', () => {
    const both = actorOf('assignedCaregiver', {
      at: 'clinicX',
      roles: ['CASE_RECEIVER', 'CAREGIVER'],
    });
    expect(mayRespond(both, facts)).toBe('CAREGIVER');
    expect(staffReadRole(both, facts)).toBe('CASE_RECEIVER');
  });

  it('assigns only to a caregiver of the clinic', () => {
    expect(mayBeAssigned(['CAREGIVER'])).toBe(true);
    expect(mayBeAssigned(['CASE_RECEIVER', 'CLINIC_ADMIN', 'AUDITOR'])).toBe(false);
  });
});
