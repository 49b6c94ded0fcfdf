// Shared set-up of the patient's access log tests: one harness with a clinic, a receiver and a
// caregiver, a citizen, a guardian and a child with a case each, and the readings and changes
// staff made of them.
import { randomUUID } from 'node:crypto';
import { luhnCheckDigit } from '@etj/domain';
import { afterAll, beforeAll, expect } from 'vitest';
import { Browser, startHarness, type Harness } from '../harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from '../factories.ts';

const LOG = `query($caseId: ID!, $first: Int, $after: String) {
  myCaseAccessLog(caseId: $caseId, first: $first, after: $after) {
    items { id occurredAt clinicName role staffName staffTitle action } nextCursor } }`;
const ADD = `mutation($input: AddProxyChildInput!) { addProxyChild(input: $input) { personId } }`;
export const ACT = 'mutation($id: ID!) { actForChild(personId: $id) { id } }';
export const STOP = 'mutation { stopActingForChild { id } }';
const STAFF_CASE = 'query($id: ID!) { staffCase(id: $id) { id revision } }';
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id status } }`;

export type Entry = {
  id: string;
  occurredAt: string;
  clinicName: string | null;
  role: string;
  staffName: string;
  staffTitle: string | null;
  action: string;
};
type Page = { myCaseAccessLog: { items: Entry[]; nextCursor: string | null } };
type Result = { data?: Page | null; errors?: { extensions?: Record<string, unknown> }[] };
export const code = (r: Result) => r.errors?.[0]?.extensions?.code;

export let h: Harness;
export let clinic: { id: string };
export let caseType: { id: string };
export let anna: { id: string; identityNumber: string };
export let annaCase: { id: string };
export let childCase: { id: string };
export let guardianCase: { id: string };
export let receiver: { id: string; hsaId: string };
export let caregiver: { id: string; hsaId: string };
export let child: { id: string; identityNumber: string };
export const as: Record<string, Browser> = {};

let serial = 300;
function pnr(birthDate: string): string {
  serial += 1;
  const digits = `${birthDate.slice(2).replaceAll('-', '')}${String(serial)}`;
  return `${birthDate.slice(0, 2)}${digits}${String(luhnCheckDigit(digits))}`;
}
const person = (birthDate: string, givenName: string, familyName: string) =>
  createPerson(h.prisma, { birthDate, givenName, familyName, identityNumber: pnr(birthDate) });

async function citizen(name: string, p: { identityNumber: string }) {
  as[name] = new Browser(h.baseUrl, 'citizen');
  await as[name].login(p.identityNumber);
}

function browserOf(who: string): Browser {
  const browser = as[who];
  if (!browser) throw new Error(`no browser for ${who}`);
  return browser;
}

export const log = (who: string, caseId: string, first = 50, after: string | null = null) =>
  browserOf(who).graphql<Page>(LOG, { caseId, first, after }) as Promise<Result>;
export const rowCount = () => h.prisma.accessLogEntry.count();

/** Starts the harness and the shared world for the calling test file. */
export function useCitizenAccessLogHarness(): void {
  beforeAll(async () => {
    h = await startHarness();
    const region = await createRegion(h.prisma);
    clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
    caseType = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Fråga',
      nameEn: 'Question',
    });
    anna = await person('1980-04-04', 'Anna', 'Andersson');
    const stranger = await person('1975-05-05', 'Bertil', 'Berg');
    const guardian = await person('1984-04-04', 'Vera', 'Förälder');
    child = await person('2018-03-03', 'Liv', 'Förälder');
    await h.prisma.guardianship.create({
      data: {
        id: randomUUID(),
        guardianId: guardian.id,
        childId: child.id,
        custody: 'SOLE',
        validFrom: new Date('2018-03-03T00:00:00Z'),
        validTo: null,
      },
    });
    const newCase = (subjectPersonId: string, senderPersonId = subjectPersonId) =>
      createCase(h.prisma, {
        clinicId: clinic.id,
        caseTypeId: caseType.id,
        subjectPersonId,
        senderPersonId,
      });
    annaCase = await newCase(anna.id);
    childCase = await newCase(child.id, guardian.id);
    guardianCase = await newCase(guardian.id);

    receiver = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CASE_RECEIVER'] }],
      title: 'Undersköterska',
    });
    await h.prisma.staffMember.update({
      where: { id: receiver.id },
      data: { givenName: 'Rut', familyName: 'Receptionist' },
    });
    caregiver = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
      // A spreadsheet must not take this for a formula.
      title: '=HYPERLINK("http://x.example")',
    });
    as.receiver = new Browser(h.baseUrl, 'staff');
    await as.receiver.login(receiver.hsaId);

    await citizen('anna', anna);
    await citizen('stranger', stranger);
    await citizen('guardian', guardian);
    const added = await browserOf('guardian').graphql(ADD, {
      input: { personnummer: child.identityNumber },
    });
    expect(added.errors).toBeUndefined();

    // A staff read and an assignment of Anna's case, and a read of the child's.
    const read = await as.receiver.graphql<{ staffCase: { revision: number } }>(STAFF_CASE, {
      id: annaCase.id,
    });
    expect(read.errors).toBeUndefined();
    const assigned = await as.receiver.graphql(ASSIGN, {
      input: {
        caseId: annaCase.id,
        staffMemberId: caregiver.id,
        expectedRevision: read.data?.staffCase.revision,
      },
    });
    expect(assigned.errors).toBeUndefined();
    expect((await as.receiver.graphql(STAFF_CASE, { id: childCase.id })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await h.close();
  });
}
