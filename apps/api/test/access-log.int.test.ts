// The auditors' access log (PDL). That the table refuses UPDATE, DELETE and TRUNCATE is the
// database's job and is tested where the triggers live: prisma/src/integrity.int.test.ts.
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

const LOG = `query($filter: AccessLogFilter, $first: Int, $after: String) {
  accessLog(filter: $filter, first: $first, after: $after) {
    items { id occurredAt staffName staffHsaId role action caseReference patientName patientIdentityNumber }
    nextCursor } }`;
const READ = 'query($id: ID!) { staffCase(id: $id) { id } }';

type Entry = {
  id: string;
  occurredAt: string;
  staffName: string;
  staffHsaId: string;
  role: string;
  action: string;
  caseReference: string | null;
  patientName: string | null;
  patientIdentityNumber: string | null;
};
type Page = { accessLog: { items: Entry[]; nextCursor: string | null } };
type Result = { data?: Page | null; errors?: { extensions?: Record<string, unknown> }[] };

let h: Harness;
let clinic: { id: string };
let otherClinic: { id: string };
let anna: { id: string; identityNumber: string };
let bertil: { id: string; identityNumber: string };
let annaCase: { id: string; reference: string };
const staff: Record<string, { id: string; hsaId: string }> = {};
const as: Record<string, Browser> = {};

async function login(
  name: string,
  assignment: {
    clinicId: string;
    roles: ('CASE_RECEIVER' | 'CAREGIVER' | 'CLINIC_ADMIN' | 'AUDITOR')[];
  },
  givenName: string,
  familyName: string,
) {
  const member = await createStaff(h.prisma, { assignments: [assignment] });
  await h.prisma.staffMember.update({ where: { id: member.id }, data: { givenName, familyName } });
  staff[name] = member;
  as[name] = new Browser(h.baseUrl, 'staff');
  await as[name].login(member.hsaId);
}

/** A log row straight in the table at a given instant (the table only takes inserts). */
function entry(
  at: string,
  who: { id: string; hsaId: string },
  patientPersonId: string,
  clinicId = clinic.id,
) {
  return h.prisma.accessLogEntry.create({
    data: {
      occurredAt: new Date(at),
      staffMemberId: who.id,
      staffHsaId: who.hsaId,
      role: 'CASE_RECEIVER',
      clinicId,
      caseId: null,
      patientPersonId,
      action: 'READ_CASE',
      requestId: at,
    },
  });
}

const search = (filter: object, first = 100, after: string | null = null): Promise<Result> =>
  as.auditor!.graphql<Page>(LOG, { filter, first, after });

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  otherClinic = await createClinic(h.prisma, region.id, 'Nacka vårdcentral');
  const type = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Fråga',
  });
  anna = await createPerson(h.prisma, {
    birthDate: '1980-04-04',
    givenName: 'Anna',
    familyName: 'Andersson',
  });
  bertil = await createPerson(h.prisma, {
    birthDate: '1975-05-05',
    male: true,
    givenName: 'Bertil',
    familyName: 'Berg',
  });
  annaCase = await createCase(h.prisma, {
    clinicId: clinic.id,
    caseTypeId: type.id,
    subjectPersonId: anna.id,
  });
  await login('receiver', { clinicId: clinic.id, roles: ['CASE_RECEIVER'] }, 'Rut', 'Receptionist');
  await login('auditor', { clinicId: clinic.id, roles: ['AUDITOR'] }, 'Greta', 'Granskare');
  await login('admin', { clinicId: clinic.id, roles: ['CLINIC_ADMIN'] }, 'Ada', 'Admin');
  await login('caregiver', { clinicId: clinic.id, roles: ['CAREGIVER'] }, 'Cora', 'Berg');
  await login('otherAuditor', { clinicId: otherClinic.id, roles: ['AUDITOR'] }, 'Olle', 'Annan');

  // Around the switch to summer time (2026-03-29 02:00 CET -> 03:00 CEST).
  await entry('2026-03-28T22:59:59Z', staff.receiver!, bertil.id); // 23:59:59 on the 28th
  await entry('2026-03-28T23:00:00Z', staff.receiver!, bertil.id); // 00:00 on the 29th
  await entry('2026-03-29T21:59:59Z', staff.receiver!, bertil.id); // 23:59:59 on the 29th
  await entry('2026-03-29T22:00:00Z', staff.receiver!, bertil.id); // 00:00 on the 30th
  await entry('2026-04-01T08:00:00Z', staff.receiver!, anna.id, otherClinic.id);
});

afterAll(async () => {
  await h.close();
});

describe('access log', () => {
  it('shows the clinic’s entries newest first, with staff, case and patient resolved', async () => {
    const read = await as.receiver!.graphql(READ, { id: annaCase.id });
    expect(read.errors).toBeUndefined();
    const r = await search({});
    expect(r.errors).toBeUndefined();
    const items = r.data!.accessLog.items;
    expect(items[0]).toMatchObject({
      staffName: 'Rut Receptionist',
      staffHsaId: staff.receiver!.hsaId,
      role: 'CASE_RECEIVER',
      action: 'READ_CASE',
      caseReference: annaCase.reference,
      patientName: 'Anna Andersson',
      patientIdentityNumber: `${anna.identityNumber.slice(0, 8)}-${anna.identityNumber.slice(8)}`,
      occurredAt: h.clock.now().toISOString(),
    });
    // The other clinic's row is not here; the rest are newest first.
    expect(items.map((i) => i.occurredAt)).toEqual([
      h.clock.now().toISOString(),
      '2026-03-29T22:00:00.000Z',
      '2026-03-29T21:59:59.000Z',
      '2026-03-28T23:00:00.000Z',
      '2026-03-28T22:59:59.000Z',
    ]);
  });

  it('narrows to Stockholm calendar days, both ends inclusive, across the change to summer time', async () => {
    const r = await search({ from: '2026-03-29', to: '2026-03-29' });
    expect(r.data?.accessLog.items.map((i) => i.occurredAt)).toEqual([
      '2026-03-29T21:59:59.000Z',
      '2026-03-28T23:00:00.000Z',
    ]);
    const from = await search({ from: '2026-03-30' });
    expect(from.data?.accessLog.items.map((i) => i.occurredAt)).toEqual([
      h.clock.now().toISOString(),
      '2026-03-29T22:00:00.000Z',
    ]);
  });

  it('narrows to a patient by personnummer written any usual way, and to a staff member', async () => {
    const short = `${bertil.identityNumber.slice(2, 8)}-${bertil.identityNumber.slice(8)}`;
    const r = await search({ patientIdentityNumber: short });
    expect(r.data?.accessLog.items).toHaveLength(4);
    expect(new Set(r.data?.accessLog.items.map((i) => i.patientName))).toEqual(
      new Set(['Bertil Berg']),
    );
    const byStaff = await search({ staffHsaId: staff.auditor!.hsaId });
    expect(byStaff.data?.accessLog.items).toEqual([]);
  });

  it('pages with a cursor, without gaps or repeats', async () => {
    const all = (await search({})).data!.accessLog.items.map((i) => i.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Result = await search({}, 2, after);
      seen.push(...page.data!.accessLog.items.map((i) => i.id));
      after = page.data!.accessLog.nextCursor;
    } while (after);
    expect(seen).toEqual(all);
  });

  it('refuses a bad personnummer, an impossible date and a period that ends before it starts', async () => {
    const r = await search({ patientIdentityNumber: '19800404-0000', from: '2026-02-30' });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'filter.patientIdentityNumber', code: 'IDENTITY_NUMBER_INVALID' },
        { path: 'filter.from', code: 'INVALID_DATE' },
      ],
    });
    const backwards = await search({ from: '2026-03-30', to: '2026-03-29' });
    expect(backwards.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'filter.to', code: 'BEFORE_START' },
    ]);
  });

  it('is for the clinic’s auditors: other roles are refused, another clinic’s auditor sees only theirs', async () => {
    for (const who of ['receiver', 'caregiver', 'admin'])
      expect((await as[who]!.graphql(LOG)).errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    const other = await as.otherAuditor!.graphql<Page>(LOG);
    expect(other.data?.accessLog.items.map((i) => i.occurredAt)).toEqual([
      '2026-04-01T08:00:00.000Z',
    ]);
  });
});
