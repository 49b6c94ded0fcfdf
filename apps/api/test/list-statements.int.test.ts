// The lists' statement budget: a list page costs the same number of SQL statements whatever its
// size (one SELECT joining case type, patient and assignee; one INSERT of the access-log rows).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const QUEUE = `query($first: Int) { caseQueue(first: $first) {
  items { id reference caseTypeName { sv } patientName patientIdentityNumber assignee { name title } }
  nextCursor } }`;
const WORK = `query($first: Int) { myAssignedCases(first: $first) {
  items { id reference caseTypeName { sv } patientName patientIdentityNumber assignee { name title } }
  nextCursor } }`;
const CASES = 60;

let h: Harness;
let receiver: Browser;
let caregiver: Browser;

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  const clinic = await createClinic(h.prisma, region.id);
  const type = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Fråga',
  });
  const receiverStaff = await createStaff(h.prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CASE_RECEIVER'] }],
  });
  const caregiverStaff = await createStaff(h.prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
  });
  for (let i = 0; i < CASES; i += 1) {
    // Every case its own patient, so nothing can be served from one repeated row.
    const patient = await createPerson(h.prisma, {
      birthDate: `19${String(40 + (i % 50)).padStart(2, '0')}-0${String(1 + (i % 9))}-1${String(i % 10)}`,
    });
    await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: type.id,
      subjectPersonId: patient.id,
      assignedStaffId: i % 2 === 0 ? caregiverStaff.id : null,
      submittedAt: new Date(Date.UTC(2026, 9, 1, 0, i)),
    });
  }
  receiver = new Browser(h.baseUrl, 'staff');
  await receiver.login(receiverStaff.hsaId);
  caregiver = new Browser(h.baseUrl, 'staff');
  await caregiver.login(caregiverStaff.hsaId);
});

afterAll(async () => {
  await h.close();
});

type Page = { items: unknown[] };

/** The statements one request runs, and how many of them read the cases table. */
async function measure(browser: Browser, query: string, first: number) {
  const { result, statements } = await h.statements.during(() =>
    browser.graphql<Record<string, Page>>(query, { first }),
  );
  expect(result.errors).toBeUndefined();
  const [page] = Object.values(result.data ?? {});
  if (process.env.SHOW_STATEMENTS) console.info(statements.map((s) => s.slice(0, 90)));
  return {
    shown: page?.items.length ?? 0,
    total: statements.length,
    pageQueries: statements.filter((s) => /\bFROM\s+"?(public"\.")?cases\b/i.test(s)).length,
  };
}

describe('statement budget of the staff lists', () => {
  for (const [name, who, query, full] of [
    ['caseQueue', () => receiver, QUEUE, 50],
    ['myAssignedCases', () => caregiver, WORK, 30],
  ] as const) {
    it(`${name}: a page of 50 costs no more statements than a page of 1`, async () => {
      const one = await measure(who(), query, 1);
      const fifty = await measure(who(), query, 50);
      expect(one.shown).toBe(1);
      expect(fifty.shown).toBe(full);
      // The page itself: at most 3 statements on the cases table (the aim is one).
      expect(fifty.pageQueries).toBeLessThanOrEqual(3);
      expect(fifty.pageQueries).toBe(one.pageQueries);
      // Everything else (session check, activity, the access-log insert) is constant too.
      expect(fifty.total).toBe(one.total);
      console.info(
        `${name}: ${String(one.total)} statements for 1 row, ${String(fifty.total)} for ${String(full)}, ${String(fifty.pageQueries)} of them on cases`,
      );
    });
  }
});
