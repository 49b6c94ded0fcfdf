// The patient's own access log (Patientdatalagen): who at which clinic read or
// changed my case, in which role and when; as a GraphQL list and as CSV and PDF downloads.
import { randomUUID } from 'node:crypto';
import { luhnCheckDigit } from '@etj/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseLogStatement } from '../src/access-log/citizen-access-log.repository.ts';
import { explain, type PlanNode } from './explain-plan.ts';
import { pdfText } from './pdf-text.ts';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const LOG = `query($caseId: ID!, $first: Int, $after: String) {
  myCaseAccessLog(caseId: $caseId, first: $first, after: $after) {
    items { id occurredAt clinicName role staffName staffTitle action } nextCursor } }`;
const ADD = `mutation($input: AddProxyChildInput!) { addProxyChild(input: $input) { personId } }`;
const ACT = 'mutation($id: ID!) { actForChild(personId: $id) { id } }';
const STOP = 'mutation { stopActingForChild { id } }';
const STAFF_CASE = 'query($id: ID!) { staffCase(id: $id) { id revision } }';
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id status } }`;

type Entry = {
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
const code = (r: Result) => r.errors?.[0]?.extensions?.code;

let h: Harness;
let clinic: { id: string };
let caseType: { id: string };
let anna: { id: string; identityNumber: string };
let annaCase: { id: string };
let childCase: { id: string };
let guardianCase: { id: string };
let receiver: { id: string; hsaId: string };
let caregiver: { id: string; hsaId: string };
let child: { id: string; identityNumber: string };
const as: Record<string, Browser> = {};

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

const log = (who: string, caseId: string, first = 50, after: string | null = null) =>
  as[who]!.graphql<Page>(LOG, { caseId, first, after }) as Promise<Result>;
const rowCount = () => h.prisma.accessLogEntry.count();

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
  const added = await as.guardian!.graphql(ADD, { input: { personnummer: child.identityNumber } });
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
      expectedRevision: read.data!.staffCase.revision,
    },
  });
  expect(assigned.errors).toBeUndefined();
  expect((await as.receiver.graphql(STAFF_CASE, { id: childCase.id })).errors).toBeUndefined();
});

afterAll(async () => {
  await h.close();
});

describe('my case access log', () => {
  it('shows the patient who read and changed the case: clinic, role, name, title, action', async () => {
    const before = await rowCount();
    const result = await log('anna', annaCase.id);
    expect(result.errors).toBeUndefined();
    const page = result.data!.myCaseAccessLog;
    expect(page.nextCursor).toBeNull();
    expect(page.items.map(({ id: _id, occurredAt: _at, ...rest }) => rest)).toEqual([
      {
        clinicName: 'Farsta vårdcentral',
        role: 'CASE_RECEIVER',
        staffName: 'Rut Receptionist',
        staffTitle: 'Undersköterska',
        action: 'ASSIGN_CASE',
      },
      {
        clinicName: 'Farsta vårdcentral',
        role: 'CASE_RECEIVER',
        staffName: 'Rut Receptionist',
        staffTitle: 'Undersköterska',
        action: 'READ_CASE',
      },
    ]);
    // Reading one's own log writes no access-log row.
    expect(await rowCount()).toBe(before);
  });

  it('is NOT_FOUND for anyone else’s case, as citizenCase is', async () => {
    expect(code(await log('stranger', annaCase.id))).toBe('NOT_FOUND');
    expect(code(await log('anna', childCase.id))).toBe('NOT_FOUND');
    expect(code(await log('anna', randomUUID()))).toBe('NOT_FOUND');
    // Outside proxy mode a guardian does not see the child's case.
    expect(code(await log('guardian', childCase.id))).toBe('NOT_FOUND');
  });

  it('shows a guardian in proxy mode the child’s log, and not their own meanwhile', async () => {
    expect((await as.guardian!.graphql(ACT, { id: child.id })).errors).toBeUndefined();
    try {
      const result = await log('guardian', childCase.id);
      expect(result.errors).toBeUndefined();
      expect(result.data!.myCaseAccessLog.items.map((e) => [e.staffName, e.action])).toEqual([
        ['Rut Receptionist', 'READ_CASE'],
      ]);
      expect(code(await log('guardian', guardianCase.id))).toBe('NOT_FOUND');
      const csv = await as.guardian!.request(`/api/citizen/cases/${childCase.id}/access-log.csv`);
      expect(csv.status).toBe(200);
      expect(await csv.text()).toContain('Rut Receptionist');
      const pdf = await as.guardian!.request(`/api/citizen/cases/${childCase.id}/access-log.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain(
        'Ärendemottagare Rut Receptionist, Undersköterska Öppnade ärendet',
      );
    } finally {
      expect((await as.guardian!.graphql(STOP)).errors).toBeUndefined();
    }
    expect(code(await log('guardian', guardianCase.id))).toBeUndefined();
  });

  it('pages newest first by keyset, every entry once', async () => {
    const paged = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: anna.id,
    });
    const same = '2026-06-01T10:00:00.000Z';
    const times = [
      '2026-01-01T08:00:00.000Z',
      same,
      same,
      same,
      '2026-07-01T08:00:00.000Z',
      '2026-02-01T08:00:00.000Z',
      '2026-03-01T08:00:00.000Z',
    ];
    for (const at of times)
      await h.prisma.accessLogEntry.create({
        data: {
          occurredAt: new Date(at),
          staffMemberId: receiver.id,
          staffHsaId: receiver.hsaId,
          role: 'CASE_RECEIVER',
          clinicId: clinic.id,
          caseId: paged.id,
          patientPersonId: anna.id,
          action: 'LIST_QUEUE',
          requestId: randomUUID(),
        },
      });
    const seen: Entry[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    do {
      const result = await log('anna', paged.id, 3, after);
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.myCaseAccessLog.items);
      sizes.push(result.data!.myCaseAccessLog.items.length);
      after = result.data!.myCaseAccessLog.nextCursor;
    } while (after);
    expect(sizes).toEqual([3, 3, 1]);
    expect(new Set(seen.map((e) => e.id)).size).toBe(7);
    expect(seen.map((e) => e.occurredAt)).toEqual([...times].sort().reverse());
    expect(code(await log('anna', paged.id, 0))).toBe('BAD_USER_INPUT');
    expect(code(await log('anna', paged.id, 3, 'not-a-cursor'))).toBe('BAD_USER_INPUT');
  });

  it('downloads the same as CSV for Swedish Excel, formula-safe, 404 for anything not allowed', async () => {
    const before = await rowCount();
    const response = await as.anna!.request(`/api/citizen/cases/${annaCase.id}/access-log.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="atkomstlogg.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8').decode(bytes).split('\r\n');
    expect(lines[0]).toBe('"Tidpunkt";"Mottagning";"Roll";"Namn";"Titel";"Åtgärd"');
    expect(lines[1]).toMatch(
      /^"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}";"Farsta vårdcentral";"Ärendemottagare";"Rut Receptionist";"Undersköterska";"Tilldelade ärendet"$/,
    );
    expect(lines[2]).toContain('"Öppnade ärendet"');
    expect(lines.slice(3)).toEqual(['']);
    expect(await rowCount()).toBe(before);

    const english = await as.anna!.request(
      `/api/citizen/cases/${annaCase.id}/access-log.csv?lang=en`,
    );
    const text = await english.text();
    expect(english.headers.get('content-disposition')).toBe(
      'attachment; filename="access-log.csv"',
    );
    expect(text).toContain('"Time";"Clinic";"Role";"Name";"Title";"Action"');
    expect(text).toContain(
      '"Case receiver";"Rut Receptionist";"Undersköterska";"Assigned the request"',
    );

    for (const [who, path] of [
      ['stranger', `/api/citizen/cases/${annaCase.id}/access-log.csv`],
      ['anna', `/api/citizen/cases/${randomUUID()}/access-log.csv`],
      ['anna', '/api/citizen/cases/not-a-uuid/access-log.csv'],
      ['guardian', `/api/citizen/cases/${childCase.id}/access-log.csv`],
    ] as const) {
      const refused = await as[who]!.request(path);
      expect(refused.status, `${who} ${path}`).toBe(404);
      expect(await refused.text()).toBe('Not found');
    }
    const anonymous = await new Browser(h.baseUrl, 'citizen').request(
      `/api/citizen/cases/${annaCase.id}/access-log.csv`,
    );
    expect(anonymous.status).toBe(404);
  });

  it('downloads the same rows as PDF, with the case’s type and day, 404 for anything not allowed', async () => {
    const before = await rowCount();
    const response = await as.anna!.request(`/api/citizen/cases/${annaCase.id}/access-log.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="atkomstlogg.pdf"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('Åtkomstlogg för ditt ärende');
    expect(text).toContain('Ärende: Fråga');
    expect(text).toMatch(/Skickat: \d{4}-\d{2}-\d{2} /);
    expect(text).toMatch(/Utskriven: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} /);
    // Newest first, the same two rows as the CSV and the GraphQL list.
    expect(text).toMatch(
      /Tidpunkt Mottagning Roll Personal Åtgärd \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} Farsta vårdcentral Ärendemottagare Rut Receptionist, Undersköterska Tilldelade ärendet \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} Farsta vårdcentral Ärendemottagare Rut Receptionist, Undersköterska Öppnade ärendet Sida 1 av 1$/,
    );
    // The patient's own identity is not in the file.
    expect(text).not.toContain('Andersson');
    expect(text).not.toContain(anna.identityNumber.slice(2));
    expect(await rowCount()).toBe(before);

    const english = await as.anna!.request(
      `/api/citizen/cases/${annaCase.id}/access-log.pdf?lang=en`,
    );
    expect(english.headers.get('content-disposition')).toBe(
      'attachment; filename="access-log.pdf"',
    );
    const englishText = pdfText(Buffer.from(await english.arrayBuffer()));
    expect(englishText).toContain('Access log for your request');
    expect(englishText).toContain('Request: Question');
    expect(englishText).toContain(
      'Case receiver Rut Receptionist, Undersköterska Assigned the request',
    );

    for (const [who, path] of [
      ['stranger', `/api/citizen/cases/${annaCase.id}/access-log.pdf`],
      ['anna', `/api/citizen/cases/${randomUUID()}/access-log.pdf`],
      ['anna', '/api/citizen/cases/not-a-uuid/access-log.pdf'],
      ['guardian', `/api/citizen/cases/${childCase.id}/access-log.pdf`],
    ] as const) {
      const refused = await as[who]!.request(path);
      expect(refused.status, `${who} ${path}`).toBe(404);
      expect(await refused.text()).toBe('Not found');
    }
    const anonymous = await new Browser(h.baseUrl, 'citizen').request(
      `/api/citizen/cases/${annaCase.id}/access-log.pdf`,
    );
    expect(anonymous.status).toBe(404);
  });

  it('prefixes cells a spreadsheet would run as a formula', async () => {
    await h.prisma.accessLogEntry.create({
      data: {
        occurredAt: new Date('2026-08-01T08:00:00Z'),
        staffMemberId: caregiver.id,
        staffHsaId: caregiver.hsaId,
        role: 'CAREGIVER',
        clinicId: clinic.id,
        caseId: guardianCase.id,
        patientPersonId: anna.id,
        action: 'READ_CASE',
        requestId: randomUUID(),
      },
    });
    await as.guardian!.graphql(STOP);
    const text = await (
      await as.guardian!.request(`/api/citizen/cases/${guardianCase.id}/access-log.csv`)
    ).text();
    expect(text).toContain(`"'=HYPERLINK(""http://x.example"")"`);
    expect(text).not.toContain('";"=');
  });

  it('reads a page through the case index, whatever the size of the table', async () => {
    await h.prisma.$executeRaw`INSERT INTO access_log (occurred_at, staff_member_id, staff_hsa_id,
        role, clinic_id, case_id, patient_person_id, action, request_id)
      SELECT now() - (n || ' minutes')::interval, ${receiver.id}::uuid, ${receiver.hsaId},
        'CASE_RECEIVER', ${clinic.id}::uuid, gen_random_uuid(), gen_random_uuid(), 'LIST_QUEUE', 'bulk'
      FROM generate_series(1, 20000) n`;
    await h.prisma.$executeRawUnsafe('VACUUM (ANALYZE) access_log');
    const plan = await explain(h.prisma, caseLogStatement(annaCase.id, null, 51), {
      analyze: true,
    });
    // Whether PostgreSQL walks the index backwards or sorts a bitmap of the case's few rows,
    // it reaches the log through the case index alone: never a scan of the whole table.
    expect(
      plan.nodes.filter((n) => n.endsWith(' on access_log_case_id_occurred_at_id_idx')),
    ).toHaveLength(1);
    const scansOfLog: string[] = [];
    const walk = (node: PlanNode) => {
      if (node['Relation Name'] === 'access_log') scansOfLog.push(node['Node Type']);
      node.Plans?.forEach(walk);
    };
    walk(plan.root);
    expect(scansOfLog).toHaveLength(1);
    expect(scansOfLog[0]).not.toBe('Seq Scan');
    expect(plan.buffers).toBeLessThan(100);
  });
});
