import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const SUMMARY = `id reference status submittedAt lastEventAt caseTypeId caseTypeName { sv en }
  patientName patientIdentityNumber assignee { id name title } revision`;
const QUEUE = `query($filter: CaseQueueFilter, $first: Int, $after: String) {
  caseQueue(filter: $filter, first: $first, after: $after) { items { ${SUMMARY} } nextCursor } }`;
const WORK = `query($includeClosed: Boolean, $first: Int, $after: String) {
  myAssignedCases(includeClosed: $includeClosed, first: $first, after: $after) { items { ${SUMMARY} } nextCursor } }`;
const CASE = `query($id: ID!) { staffCase(id: $id) { ${SUMMARY} clinicName
  form { definition clinicOptions answers }
  messages { id kind authorKind authorName text outcomes { kind appointmentAt place phone } attachments { id fileName } createdAt }
  notes { id author { id name title } text createdAt }
  attachments { id fileName mediaType sizeBytes } canAssign canRespond } }`;
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) {
  id status revision assignee { id name } canAssign } }`;
const RESPOND = `mutation($input: RespondToCaseInput!) { respondToCase(input: $input) {
  id status revision canRespond messages { kind authorName text outcomes { kind appointmentAt place phone } } } }`;
const CLOSE = `mutation($input: CloseCaseInput!) { closeCase(input: $input) { id status revision } }`;
const NOTE = `mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) {
  id text author { id name title } } }`;
const CAREGIVERS = '{ clinicCaregivers { id name title } }';
const ANSWERS = 'query($id: ID!) { standardAnswers(caseId: $id) { id title text caseTypeId } }';

type Result<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { extensions?: Record<string, unknown> }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code;

type Summary = {
  id: string;
  status: string;
  revision: number;
  patientName: string;
  patientIdentityNumber: string;
  assignee: { id: string; name: string; title: string } | null;
};
type Page = { items: Summary[]; nextCursor: string | null };

let h: Harness;
let region: { id: string };
let clinic: { id: string };
let otherClinic: { id: string };
let prescription: { id: string };
let nurse: { id: string };
let patient: { id: string; identityNumber: string };
const staff: Record<string, { id: string; hsaId: string }> = {};
const as: Record<string, Browser> = {};

async function staffMember(
  name: string,
  givenName: string,
  familyName: string,
  assignments: Parameters<typeof createStaff>[1]['assignments'],
  title = 'Sjuksköterska',
) {
  const member = await createStaff(h.prisma, { assignments, title });
  await h.prisma.staffMember.update({ where: { id: member.id }, data: { givenName, familyName } });
  staff[name] = member;
  const browser = new Browser(h.baseUrl, 'staff');
  await browser.login(member.hsaId);
  as[name] = browser;
}

function newCase(input: Partial<Parameters<typeof createCase>[1]> = {}) {
  return createCase(h.prisma, {
    clinicId: clinic.id,
    caseTypeId: prescription.id,
    subjectPersonId: patient.id,
    ...input,
  });
}

async function revisionOf(caseId: string): Promise<number> {
  return (
    await h.prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { revision: true } })
  ).revision;
}

function logRows(caseId: string) {
  return h.prisma.accessLogEntry.findMany({
    where: { caseId },
    orderBy: { id: 'asc' },
    select: {
      action: true,
      role: true,
      staffMemberId: true,
      patientPersonId: true,
      clinicId: true,
    },
  });
}

beforeAll(async () => {
  h = await startHarness();
  region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  otherClinic = await createClinic(h.prisma, region.id, 'Nacka vårdcentral');
  const national = NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION;
  prescription = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
    nameEn: 'Renew prescription',
    kind: 'RENEW_PRESCRIPTION',
    definition: national.definition,
    options: national.defaultClinicOptions,
  });
  nurse = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Fråga sjuksköterskan',
    kind: 'ASK_NURSE',
    definition: NATIONAL_CASE_TYPES.ASK_NURSE.definition,
  });
  const person = await createPerson(h.prisma, {
    birthDate: '1980-04-04',
    givenName: 'Anna',
    familyName: 'Andersson',
  });
  patient = person;
  const account = await h.prisma.citizenAccount.create({
    data: { id: randomUUID(), personId: person.id, createdAt: new Date('2026-01-01T00:00:00Z') },
  });
  await h.prisma.notificationSetting.create({
    data: {
      id: randomUUID(),
      citizenAccountId: account.id,
      email: 'anna@example.se',
      mobile: '0701234567',
      notifyByEmail: true,
      notifyBySms: true,
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    },
  });

  const here = (roles: ('CASE_RECEIVER' | 'CAREGIVER' | 'CLINIC_ADMIN' | 'AUDITOR')[]) => [
    { clinicId: clinic.id, roles },
  ];
  await staffMember('receiver', 'Rut', 'Receptionist', here(['CASE_RECEIVER']), 'Undersköterska');
  await staffMember('receiver2', 'Rolf', 'Mottagare', here(['CASE_RECEIVER']));
  await staffMember('caregiver', 'Cora', 'Berg', here(['CAREGIVER']), 'Specialistläkare');
  await staffMember('former', 'Carl', 'Ek', here(['CAREGIVER']));
  await staffMember('bystander', 'Bo', 'Alm', here(['CAREGIVER']));
  await staffMember('admin', 'Ada', 'Admin', here(['CLINIC_ADMIN']));
  await staffMember('auditor', 'Greta', 'Granskare', here(['AUDITOR']));
  await staffMember('otherReceiver', 'Olle', 'Annan', [
    { clinicId: otherClinic.id, roles: ['CASE_RECEIVER'] },
  ]);
  // Not logged in: only assignment targets.
  staff.expired = await createStaff(h.prisma, {
    assignments: [
      { clinicId: clinic.id, roles: ['CAREGIVER'], validTo: '2025-12-31' },
      { clinicId: otherClinic.id, roles: ['CAREGIVER'] },
    ],
  });
  staff.otherCaregiver = await createStaff(h.prisma, {
    assignments: [{ clinicId: otherClinic.id, roles: ['CAREGIVER'] }],
  });
});

afterAll(async () => {
  await h.close();
});

describe('clinic queue', () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    const day = (d: string) => new Date(`2026-11-${d}T10:00:00Z`);
    ids = {
      newOld: (await newCase({ submittedAt: day('10') })).id,
      newYoung: (await newCase({ submittedAt: day('24'), caseTypeId: nurse.id })).id,
      assignedOld: (await newCase({ submittedAt: day('01'), assignedStaffId: staff.caregiver!.id }))
        .id,
      answered: (await newCase({ submittedAt: day('05'), status: 'ANSWERED' })).id,
      closed: (await newCase({ submittedAt: day('02'), status: 'CLOSED' })).id,
      elsewhere: (
        await createCase(h.prisma, {
          clinicId: otherClinic.id,
          caseTypeId: prescription.id,
          subjectPersonId: patient.id,
          submittedAt: day('03'),
        })
      ).id,
    };
  });

  const mine = (page: Page) =>
    page.items.map((i) => i.id).filter((id) => Object.values(ids).includes(id));

  it('shows the clinic’s open cases, new and unassigned first, then the oldest sent first', async () => {
    const r = await as.receiver!.graphql<{ caseQueue: Page }>(QUEUE, { first: 100 });
    expect(r.errors).toBeUndefined();
    expect(mine(r.data!.caseQueue)).toEqual([
      ids.newOld,
      ids.newYoung,
      ids.assignedOld,
      ids.answered,
    ]);
    const row = r.data!.caseQueue.items.find((i) => i.id === ids.assignedOld)!;
    expect(row).toMatchObject({
      patientName: 'Anna Andersson',
      patientIdentityNumber: `${patient.identityNumber.slice(0, 8)}-${patient.identityNumber.slice(8)}`,
      assignee: { id: staff.caregiver!.id, name: 'Cora Berg', title: 'Specialistläkare' },
    });
  });

  it('pages with an opaque cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const r: Result<{ caseQueue: Page }> = await as.receiver!.graphql<{ caseQueue: Page }>(
        QUEUE,
        { first: 1, after },
      );
      expect(r.errors).toBeUndefined();
      seen.push(...r.data!.caseQueue.items.map((x) => x.id));
      after = r.data!.caseQueue.nextCursor;
      if (!after) break;
    }
    const all = await as.receiver!.graphql<{ caseQueue: Page }>(QUEUE, { first: 100 });
    expect(seen).toEqual(all.data!.caseQueue.items.map((x) => x.id));
  });

  it('filters by status, assignment, case type and age (Stockholm days, app clock)', async () => {
    const q = async (filter: object) =>
      mine((await as.receiver!.graphql<{ caseQueue: Page }>(QUEUE, { filter })).data!.caseQueue);
    expect(await q({ statuses: ['CLOSED'] })).toEqual([ids.closed]);
    expect(await q({ assignment: 'UNASSIGNED' })).toEqual([ids.newOld, ids.newYoung, ids.answered]);
    expect(await q({ assignment: 'ASSIGNED' })).toEqual([ids.assignedOld]);
    expect(await q({ caseTypeId: nurse.id })).toEqual([ids.newYoung]);
    // The clock stands on 2026-11-25: sent on the 24th is one day old, not two.
    expect(await q({ minAgeDays: 1 })).toContain(ids.newYoung);
    expect(await q({ minAgeDays: 2 })).not.toContain(ids.newYoung);
    expect(await q({ minAgeDays: 15 })).toEqual([ids.newOld, ids.assignedOld, ids.answered]);
  });

  it('refuses a page size outside 1..100 and a forged cursor', async () => {
    for (const first of [0, 101]) {
      const r = await as.receiver!.graphql(QUEUE, { first });
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: 100 } },
      ]);
    }
    const forged = await as.receiver!.graphql(QUEUE, { after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'after', code: 'INVALID_CURSOR' },
    ]);
  });

  it('is for case receivers only', async () => {
    for (const who of ['caregiver', 'admin', 'auditor'])
      expect(code(await as[who]!.graphql(QUEUE))).toBe('FORBIDDEN');
  });

  it('logs one LIST_QUEUE row per case shown, as case receiver', async () => {
    const before = await h.prisma.accessLogEntry.count({ where: { action: 'LIST_QUEUE' } });
    const r = await as.receiver!.graphql<{ caseQueue: Page }>(QUEUE, { first: 2 });
    const rows = await h.prisma.accessLogEntry.findMany({
      where: { action: 'LIST_QUEUE' },
      orderBy: { id: 'asc' },
      skip: before,
      select: { caseId: true, role: true, staffMemberId: true, patientPersonId: true },
    });
    expect(rows).toEqual(
      r.data!.caseQueue.items.map((i) => ({
        caseId: i.id,
        role: 'CASE_RECEIVER',
        staffMemberId: staff.receiver!.id,
        patientPersonId: patient.id,
      })),
    );
  });
});

describe('my assigned cases', () => {
  it('lists the cases assigned to me at this clinic, latest event first; closed ones on request', async () => {
    const older = await newCase({
      assignedStaffId: staff.former!.id,
      submittedAt: new Date('2026-10-01T08:00:00Z'),
    });
    const newer = await newCase({
      assignedStaffId: staff.former!.id,
      submittedAt: new Date('2026-10-02T08:00:00Z'),
    });
    const closed = await newCase({
      assignedStaffId: staff.former!.id,
      status: 'CLOSED',
      submittedAt: new Date('2026-10-03T08:00:00Z'),
    });
    await newCase({ assignedStaffId: staff.bystander!.id });
    const open = await as.former!.graphql<{ myAssignedCases: Page }>(WORK);
    expect(open.data?.myAssignedCases.items.map((i) => i.id)).toEqual([newer.id, older.id]);
    const all = await as.former!.graphql<{ myAssignedCases: Page }>(WORK, { includeClosed: true });
    expect(all.data?.myAssignedCases.items.map((i) => i.id)).toEqual([
      closed.id,
      newer.id,
      older.id,
    ]);
    const first = await as.former!.graphql<{ myAssignedCases: Page }>(WORK, { first: 1 });
    const second = await as.former!.graphql<{ myAssignedCases: Page }>(WORK, {
      first: 1,
      after: first.data!.myAssignedCases.nextCursor,
    });
    expect(second.data?.myAssignedCases.items.map((i) => i.id)).toEqual([older.id]);
    expect(second.data?.myAssignedCases.nextCursor).toBeNull();
    const logged = await h.prisma.accessLogEntry.findMany({
      where: { action: 'LIST_WORK', caseId: older.id },
      select: { role: true },
    });
    // Shown on three pages: the open list, the list with closed cases, and the second page.
    expect(logged).toEqual([{ role: 'CAREGIVER' }, { role: 'CAREGIVER' }, { role: 'CAREGIVER' }]);
  });

  it('is for caregivers only', async () => {
    expect(code(await as.receiver!.graphql(WORK))).toBe('FORBIDDEN');
    expect(code(await as.auditor!.graphql(WORK))).toBe('FORBIDDEN');
  });
});

describe('reading a case', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = (
      await newCase({
        assignedStaffId: staff.caregiver!.id,
        answers: { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] },
        staffMessages: [{ staffId: staff.former!.id, text: 'Vi tittar på det.' }],
      })
    ).id;
    await h.prisma.caseMessage.create({
      data: {
        id: randomUUID(),
        caseId,
        recipientPersonId: patient.id,
        authorKind: 'SYSTEM',
        kind: 'CASE_SUBMITTED',
        body: { key: 'caseSubmitted', reference: 'E-2026-X' },
        createdAt: new Date('2025-12-31T00:00:00Z'),
      },
    });
    await h.prisma.caseMessage.create({
      data: {
        id: randomUUID(),
        caseId,
        recipientPersonId: patient.id,
        authorKind: 'CITIZEN',
        authorPersonId: patient.id,
        kind: 'CITIZEN_REPLY',
        body: { text: 'Tack!', outcomes: [] },
        createdAt: new Date('2026-01-02T00:00:00Z'),
      },
    });
    await h.prisma.attachment.create({
      data: {
        id: randomUUID(),
        caseId,
        fileName: 'recept.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 4,
        sha256: 'x',
        content: Buffer.from('%PDF'),
        createdAt: new Date('2026-01-01T00:00:00Z'),
      },
    });
  });

  it('gives the receiver the form, the messages oldest first with their authors, and the rights', async () => {
    const r = await as.receiver!.graphql<{ staffCase: Record<string, unknown> }>(CASE, {
      id: caseId,
    });
    expect(r.errors).toBeUndefined();
    const c = r.data!.staffCase;
    expect(c).toMatchObject({
      clinicName: 'Farsta vårdcentral',
      canAssign: true,
      canRespond: true,
      assignee: { name: 'Cora Berg' },
      attachments: [{ fileName: 'recept.pdf', mediaType: 'application/pdf', sizeBytes: 4 }],
    });
    expect(c.form).toMatchObject({
      answers: { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] },
      definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
    });
    expect(
      (
        c.messages as {
          kind: string;
          authorKind: string;
          authorName: string | null;
          text: string | null;
        }[]
      ).map((m) => [m.kind, m.authorKind, m.authorName, m.text]),
    ).toEqual([
      ['CASE_SUBMITTED', 'SYSTEM', null, null],
      ['PARTIAL_ANSWER', 'STAFF', 'Carl Ek, Sjuksköterska', 'Vi tittar på det.'],
      ['CITIZEN_REPLY', 'CITIZEN', 'Anna Andersson', 'Tack!'],
    ]);
    expect(await logRows(caseId)).toEqual([
      {
        action: 'READ_CASE',
        role: 'CASE_RECEIVER',
        staffMemberId: staff.receiver!.id,
        patientPersonId: patient.id,
        clinicId: clinic.id,
      },
    ]);
  });

  it('lets the assigned caregiver read and respond, not assign', async () => {
    const r = await as.caregiver!.graphql<{
      staffCase: { canAssign: boolean; canRespond: boolean };
    }>(CASE, { id: caseId });
    expect(r.data?.staffCase).toMatchObject({ canAssign: false, canRespond: true });
    expect((await logRows(caseId)).at(-1)).toMatchObject({
      action: 'READ_CASE',
      role: 'CAREGIVER',
    });
  });

  it('lets a formerly assigned caregiver who wrote in the case read it, but not respond', async () => {
    const r = await as.former!.graphql<{ staffCase: { canAssign: boolean; canRespond: boolean } }>(
      CASE,
      { id: caseId },
    );
    expect(r.data?.staffCase).toMatchObject({ canAssign: false, canRespond: false });
    const revision = await revisionOf(caseId);
    const before = (await logRows(caseId)).length;
    const refused = await as.former!.graphql(RESPOND, {
      input: { caseId, kind: 'ANSWER', text: 'Klart.', expectedRevision: revision },
    });
    expect(code(refused)).toBe('FORBIDDEN');
    expect(code(await as.former!.graphql(ANSWERS, { id: caseId }))).toBe('FORBIDDEN');
    expect(await revisionOf(caseId)).toBe(revision);
    expect(await logRows(caseId)).toHaveLength(before);
  });

  it('answers NOT_FOUND to everyone else, and to a case that does not exist, logging nothing', async () => {
    const before = (await logRows(caseId)).length;
    for (const who of ['bystander', 'otherReceiver', 'admin', 'auditor']) {
      expect(code(await as[who]!.graphql(CASE, { id: caseId })), who).toBe('NOT_FOUND');
      expect(code(await as[who]!.graphql(ANSWERS, { id: caseId })), who).toBe('NOT_FOUND');
      expect(code(await as[who]!.graphql(NOTE, { input: { caseId, text: 'Hej' } })), who).toBe(
        'NOT_FOUND',
      );
      expect(
        code(
          await as[who]!.graphql(ASSIGN, {
            input: { caseId, staffMemberId: staff.caregiver!.id, expectedRevision: 1 },
          }),
        ),
        who,
      ).toBe('NOT_FOUND');
    }
    expect(code(await as.receiver!.graphql(CASE, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(await logRows(caseId)).toHaveLength(before);
  });
});

describe('assigning', () => {
  it('assigns a new case: status, revision, one open assignment, the event and the log row', async () => {
    const c = await newCase();
    const r = await as.receiver!.graphql<{
      assignCase: { status: string; revision: number; assignee: { id: string } };
    }>(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.caregiver!.id, expectedRevision: 1 },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.assignCase).toMatchObject({
      status: 'ASSIGNED',
      revision: 2,
      assignee: { id: staff.caregiver!.id },
    });
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: c.id },
      select: {
        assignedStaffId: true,
        lastEventAt: true,
        assignments: { select: { staffMemberId: true, endedAt: true } },
        events: { select: { kind: true, actorRole: true, toStatus: true } },
      },
    });
    expect(stored).toEqual({
      assignedStaffId: staff.caregiver!.id,
      lastEventAt: h.clock.now(),
      assignments: [{ staffMemberId: staff.caregiver!.id, endedAt: null }],
      events: [{ kind: 'ASSIGNED', actorRole: 'CASE_RECEIVER', toStatus: 'ASSIGNED' }],
    });
    expect(await logRows(c.id)).toEqual([
      {
        action: 'ASSIGN_CASE',
        role: 'CASE_RECEIVER',
        staffMemberId: staff.receiver!.id,
        patientPersonId: patient.id,
        clinicId: clinic.id,
      },
    ]);
  });

  it('reassigns: the previous assignment ends, the event says REASSIGNED', async () => {
    const c = await newCase();
    await as.receiver!.graphql(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.caregiver!.id, expectedRevision: 1 },
    });
    const r = await as.receiver!.graphql(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.bystander!.id, expectedRevision: 2 },
    });
    expect(r.errors).toBeUndefined();
    const assignments = await h.prisma.caseAssignment.findMany({
      where: { caseId: c.id },
      orderBy: { assignedAt: 'asc' },
      select: { staffMemberId: true, endedAt: true },
    });
    expect(assignments.filter((a) => a.endedAt === null)).toEqual([
      { staffMemberId: staff.bystander!.id, endedAt: null },
    ]);
    expect(assignments).toHaveLength(2);
    const events = await h.prisma.caseEvent.findMany({
      where: { caseId: c.id },
      select: { kind: true },
    });
    expect(events.map((e) => e.kind).sort()).toEqual(['ASSIGNED', 'REASSIGNED']);
  });

  it('lets exactly one of two receivers win a race; the other gets CONFLICT CASE_CHANGED', async () => {
    const c = await newCase();
    const results = await Promise.all([
      as.receiver!.graphql(ASSIGN, {
        input: { caseId: c.id, staffMemberId: staff.caregiver!.id, expectedRevision: 1 },
      }),
      as.receiver2!.graphql(ASSIGN, {
        input: { caseId: c.id, staffMemberId: staff.bystander!.id, expectedRevision: 1 },
      }),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_CHANGED',
    });
    expect(await h.prisma.caseAssignment.count({ where: { caseId: c.id, endedAt: null } })).toBe(1);
    expect(await revisionOf(c.id)).toBe(2);
    expect(await logRows(c.id)).toHaveLength(1);
  });

  it('refuses a stale revision, changing and logging nothing', async () => {
    const c = await newCase();
    const r = await as.receiver!.graphql(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.caregiver!.id, expectedRevision: 7 },
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE_CHANGED' });
    expect(await h.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: 'NEW',
      assignedStaffId: null,
      revision: 1,
    });
    expect(await h.prisma.caseAssignment.count({ where: { caseId: c.id } })).toBe(0);
    expect(await logRows(c.id)).toEqual([]);
  });

  it('assigns only to a caregiver at the case’s clinic today', async () => {
    const c = await newCase();
    for (const target of ['receiver2', 'expired', 'otherCaregiver']) {
      const r = await as.receiver!.graphql(ASSIGN, {
        input: { caseId: c.id, staffMemberId: staff[target]!.id, expectedRevision: 1 },
      });
      expect(r.errors?.[0]?.extensions, target).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'staffMemberId', code: 'NOT_A_CAREGIVER_HERE' }],
      });
    }
    expect(await revisionOf(c.id)).toBe(1);
    expect(await logRows(c.id)).toEqual([]);
  });

  it('is the receivers’ job: the assigned caregiver may not reassign', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.caregiver!.graphql(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.bystander!.id, expectedRevision: 1 },
    });
    expect(code(r)).toBe('FORBIDDEN');
  });
});

describe('responding', () => {
  it('checks the outcomes and that only an answer closes, changing nothing when refused', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.caregiver!.graphql(RESPOND, {
      input: {
        caseId: c.id,
        kind: 'COUNTER_QUESTION',
        text: 'Hur mår du?',
        close: true,
        outcomes: [
          { kind: 'APPOINTMENT_BOOKED', appointmentAt: '2026-12-01T09:00:00Z' },
          { kind: 'PLEASE_CALL_US' },
          { kind: 'PRESCRIPTION_RENEWED' },
        ],
        expectedRevision: 1,
      },
    });
    expect(r.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'outcomes.0.place', code: 'REQUIRED' },
      { path: 'outcomes.1.phone', code: 'REQUIRED' },
      { path: 'close', code: 'ONLY_WITH_ANSWER' },
    ]);
    expect(await revisionOf(c.id)).toBe(1);
    expect(await h.prisma.caseMessage.count({ where: { caseId: c.id } })).toBe(0);
    expect(await logRows(c.id)).toEqual([]);
  });

  it('asks a counter-question: message, status, events, notifications without content, archive cleared, log', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    await h.prisma.case.update({ where: { id: c.id }, data: { archivedAt: h.clock.now() } });
    const outboxBefore = await h.prisma.notificationOutbox.count();
    const r = await as.caregiver!.graphql<{
      respondToCase: {
        status: string;
        revision: number;
        messages: { kind: string; authorName: string; text: string; outcomes: unknown[] }[];
      };
    }>(RESPOND, {
      input: {
        caseId: c.id,
        kind: 'COUNTER_QUESTION',
        text: 'Vilken styrka har du?',
        outcomes: [
          {
            kind: 'APPOINTMENT_BOOKED',
            appointmentAt: '2026-12-01T09:00:00Z',
            place: 'Mottagning 2',
          },
        ],
        expectedRevision: 1,
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.respondToCase).toMatchObject({
      status: 'WAITING_FOR_CITIZEN',
      revision: 2,
      messages: [
        {
          kind: 'COUNTER_QUESTION',
          authorName: 'Cora Berg, Specialistläkare',
          text: 'Vilken styrka har du?',
          outcomes: [
            {
              kind: 'APPOINTMENT_BOOKED',
              appointmentAt: '2026-12-01T09:00:00.000Z',
              place: 'Mottagning 2',
              phone: null,
            },
          ],
        },
      ],
    });
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: c.id },
      select: {
        archivedAt: true,
        lastEventAt: true,
        messages: { select: { recipientPersonId: true, authorStaffId: true, body: true } },
        events: { select: { kind: true }, orderBy: { kind: 'asc' } },
      },
    });
    expect(stored).toEqual({
      archivedAt: null,
      lastEventAt: h.clock.now(),
      messages: [
        {
          recipientPersonId: patient.id,
          authorStaffId: staff.caregiver!.id,
          body: {
            text: 'Vilken styrka har du?',
            outcomes: [
              {
                kind: 'APPOINTMENT_BOOKED',
                appointmentAt: '2026-12-01T09:00:00.000Z',
                place: 'Mottagning 2',
                phone: null,
              },
            ],
          },
        },
      ],
      events: [{ kind: 'STATUS_CHANGED' }, { kind: 'MESSAGE_ADDED' }],
    });
    const outbox = await h.prisma.notificationOutbox.findMany({
      orderBy: { channel: 'asc' },
      skip: outboxBefore,
      select: { personId: true, channel: true, address: true, templateKey: true, status: true },
    });
    expect(outbox).toEqual([
      {
        personId: patient.id,
        channel: 'EMAIL',
        address: 'anna@example.se',
        templateKey: 'NEW_MESSAGE',
        status: 'PENDING',
      },
      {
        personId: patient.id,
        channel: 'SMS',
        address: '0701234567',
        templateKey: 'NEW_MESSAGE',
        status: 'PENDING',
      },
    ]);
    expect(await logRows(c.id)).toEqual([
      expect.objectContaining({ action: 'ASK_COUNTER_QUESTION', role: 'CAREGIVER' }),
    ]);
  });

  it('lets a receiver answer directly and close at once', async () => {
    const c = await newCase();
    const r = await as.receiver!.graphql<{
      respondToCase: { status: string; canRespond: boolean };
    }>(RESPOND, {
      input: {
        caseId: c.id,
        kind: 'ANSWER',
        text: 'Receptet är förnyat.',
        outcomes: [{ kind: 'PRESCRIPTION_RENEWED' }],
        close: true,
        expectedRevision: 1,
      },
    });
    expect(r.data?.respondToCase).toMatchObject({ status: 'CLOSED', canRespond: false });
    expect(await logRows(c.id)).toEqual([
      expect.objectContaining({ action: 'ANSWER_CASE', role: 'CASE_RECEIVER' }),
    ]);
    const closedAgain = await as.receiver!.graphql(RESPOND, {
      input: { caseId: c.id, kind: 'PARTIAL_ANSWER', text: 'Och en sak till', expectedRevision: 2 },
    });
    expect(code(closedAgain)).toBe('FORBIDDEN');
  });

  it('writes a partial answer without moving the status; a stale revision is a conflict', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.caregiver!.graphql<{ respondToCase: { status: string } }>(RESPOND, {
      input: { caseId: c.id, kind: 'PARTIAL_ANSWER', text: 'Vi återkommer.', expectedRevision: 1 },
    });
    expect(r.data?.respondToCase.status).toBe('ASSIGNED');
    expect(await logRows(c.id)).toEqual([
      expect.objectContaining({ action: 'PARTIAL_ANSWER_CASE', role: 'CAREGIVER' }),
    ]);
    const stale = await as.caregiver!.graphql(RESPOND, {
      input: { caseId: c.id, kind: 'ANSWER', text: 'Klart.', expectedRevision: 1 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_CHANGED',
    });
    expect(await h.prisma.caseMessage.count({ where: { caseId: c.id } })).toBe(1);
    expect(await logRows(c.id)).toHaveLength(1);
  });
});

describe('closing', () => {
  it('closes only an answered case', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const early = await as.caregiver!.graphql(CLOSE, {
      input: { caseId: c.id, expectedRevision: 1 },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_NOT_ANSWERED',
    });
    expect(await logRows(c.id)).toEqual([]);
    await as.caregiver!.graphql(RESPOND, {
      input: { caseId: c.id, kind: 'ANSWER', text: 'Svar.', expectedRevision: 1 },
    });
    const r = await as.caregiver!.graphql<{ closeCase: { status: string; revision: number } }>(
      CLOSE,
      { input: { caseId: c.id, expectedRevision: 2 } },
    );
    expect(r.data?.closeCase).toEqual({ id: c.id, status: 'CLOSED', revision: 3 });
    expect((await logRows(c.id)).map((l) => [l.action, l.role])).toEqual([
      ['ANSWER_CASE', 'CAREGIVER'],
      ['CLOSE_CASE', 'CAREGIVER'],
    ]);
    const again = await as.caregiver!.graphql(CLOSE, {
      input: { caseId: c.id, expectedRevision: 3 },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'CASE_NOT_ANSWERED' });
  });
});

describe('internal notes', () => {
  it('are added by whoever may read the case and shown to staff only as notes', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.receiver!.graphql<{
      addInternalNote: { text: string; author: { id: string; name: string } };
    }>(NOTE, { input: { caseId: c.id, text: 'Ring apoteket först.' } });
    expect(r.data?.addInternalNote).toMatchObject({
      text: 'Ring apoteket först.',
      author: { id: staff.receiver!.id, name: 'Rut Receptionist' },
    });
    const read = await as.caregiver!.graphql<{
      staffCase: { notes: { text: string }[]; messages: unknown[]; revision: number };
    }>(CASE, { id: c.id });
    expect(read.data?.staffCase.notes.map((n) => n.text)).toEqual(['Ring apoteket först.']);
    expect(read.data?.staffCase.messages).toEqual([]);
    expect(read.data?.staffCase.revision).toBe(1);
    expect(
      await h.prisma.caseEvent.findMany({ where: { caseId: c.id }, select: { kind: true } }),
    ).toEqual([{ kind: 'NOTE_ADDED' }]);
    expect((await logRows(c.id)).map((l) => [l.action, l.role])).toEqual([
      ['ADD_NOTE', 'CASE_RECEIVER'],
      ['READ_CASE', 'CAREGIVER'],
    ]);
  });
});

describe('caregivers and standard answers', () => {
  it('lists the clinic’s caregivers today, by name, for receivers only', async () => {
    const r = await as.receiver!.graphql<{ clinicCaregivers: { name: string }[] }>(CAREGIVERS);
    expect(r.data?.clinicCaregivers.map((c) => c.name)).toEqual(['Bo Alm', 'Cora Berg', 'Carl Ek']);
    expect(code(await as.caregiver!.graphql(CAREGIVERS))).toBe('FORBIDDEN');
    const elsewhere = await as.otherReceiver!.graphql<{ clinicCaregivers: { id: string }[] }>(
      CAREGIVERS,
    );
    expect(elsewhere.data?.clinicCaregivers.map((c) => c.id).sort()).toEqual(
      [staff.expired!.id, staff.otherCaregiver!.id].sort(),
    );
  });

  it('gives the clinic’s answers for the case’s type and for every type to whoever may answer', async () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const answer = (clinicId: string, caseTypeId: string | null, titleSv: string) =>
      h.prisma.standardAnswer.create({
        data: {
          id: randomUUID(),
          clinicId,
          caseTypeId,
          titleSv,
          textSv: `${titleSv}.`,
          createdAt: at,
        },
      });
    await answer(clinic.id, prescription.id, 'Recept förnyat');
    await answer(clinic.id, null, 'Allmänt svar');
    await answer(clinic.id, nurse.id, 'Sjuksköterskan ringer');
    await answer(otherClinic.id, null, 'Annan mottagning');
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.caregiver!.graphql<{
      standardAnswers: { title: string; text: string; caseTypeId: string | null }[];
    }>(ANSWERS, { id: c.id });
    expect(r.data?.standardAnswers.map((a) => [a.title, a.text, a.caseTypeId])).toEqual([
      ['Allmänt svar', 'Allmänt svar.', null],
      ['Recept förnyat', 'Recept förnyat.', prescription.id],
    ]);
    expect(code(await as.bystander!.graphql(ANSWERS, { id: c.id }))).toBe('NOT_FOUND');
  });
});
