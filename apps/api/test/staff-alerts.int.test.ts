// Staff alerts: a staff member's own alert address, language and per-clinic switches,
// and the content-free alerts queued in the same transaction as the change that causes them.
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

const FIELDS = `clinicId email locale newCases assignedToMe citizenReplies
  mayAlertNewCases mayAlertAssignments mayAlertReplies updatedAt`;
const GET = `{ staffAlertSettings { ${FIELDS} } }`;
const SAVE = `mutation($input: SaveStaffAlertSettingsInput!) {
  saveStaffAlertSettings(input: $input) { ${FIELDS} } }`;
const DRAFT = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const SUBMIT = 'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }';
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id status } }`;
const REPLY = `mutation($input: ReplyToCaseInput!) { replyToCase(input: $input) { id status } }`;

type Result<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { extensions?: Record<string, unknown> }[];
};
type Settings = Record<string, unknown>;

const OFF = { newCases: false, assignedToMe: false, citizenReplies: false };
const medicines = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };
const MINUTE = 60_000;

let h: Harness;
let clinic: { id: string };
let otherClinic: { id: string };
let prescription: { id: string };
let anna: { id: string; browser: Browser; login: string };
const staff: Record<string, { id: string; browser: Browser; login: string }> = {};

async function staffMember(
  name: string,
  assignments: Parameters<typeof createStaff>[1]['assignments'],
) {
  const member = await createStaff(h.prisma, { assignments });
  const browser = new Browser(h.baseUrl, 'staff');
  await browser.login(member.hsaId);
  staff[name] = { id: member.id, browser, login: member.hsaId };
}

/** Moves the clock on; everyone logs in again, as idle sessions end meanwhile. */
async function later(minutes: number) {
  h.clock.advance(minutes * MINUTE);
  for (const who of [anna, ...Object.values(staff)]) await who.browser.login(who.login);
}

async function save(name: string, input: Record<string, unknown>): Promise<Result> {
  return staff[name]!.browser.graphql(SAVE, { input: { locale: 'sv', ...OFF, ...input } });
}

async function optIn(name: string, switches: Partial<typeof OFF>, locale = 'sv') {
  const saved = await save(name, { email: `${name}@example.se`, locale, ...switches });
  expect(saved.errors).toBeUndefined();
}

const fields = (r: Result) => r.errors?.[0]?.extensions?.fields;

async function sendCase(clinicId = clinic.id): Promise<string> {
  const drafted = await anna.browser.graphql<{ saveCaseDraft: { id: string } }>(DRAFT, {
    input: { clinicId, caseTypeId: prescription.id, answers: medicines },
  });
  expect(drafted.errors).toBeUndefined();
  const sent = await anna.browser.graphql<{ submitCase: { caseId: string } }>(SUBMIT, {
    input: { draftId: drafted.data!.saveCaseDraft.id, idempotencyKey: randomUUID() },
  });
  expect(sent.errors).toBeUndefined();
  return sent.data!.submitCase.caseId;
}

function alerts(staffMemberId: string, templateKey: string) {
  return h.prisma.notificationOutbox.findMany({
    where: { staffMemberId, templateKey },
    orderBy: { createdAt: 'asc' },
  });
}

async function revisionOf(caseId: string): Promise<number> {
  const row = await h.prisma.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { revision: true },
  });
  return row.revision;
}

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  otherClinic = await createClinic(h.prisma, region.id, 'Nacka vårdcentral');
  const national = NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION;
  prescription = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
    kind: 'RENEW_PRESCRIPTION',
    definition: national.definition,
    options: national.defaultClinicOptions,
  });
  await h.prisma.clinicCaseType.create({
    data: {
      id: randomUUID(),
      clinicId: otherClinic.id,
      caseTypeId: prescription.id,
      active: true,
      options: national.defaultClinicOptions,
      availableForProxy: true,
      sortOrder: 0,
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    },
  });
  const person = await createPerson(h.prisma, { birthDate: '1980-04-04', givenName: 'Anna' });
  anna = {
    id: person.id,
    browser: new Browser(h.baseUrl, 'citizen'),
    login: person.identityNumber,
  };
  await anna.browser.login(person.identityNumber);

  await staffMember('receiver', [{ clinicId: clinic.id, roles: ['CASE_RECEIVER'] }]);
  await staffMember('quietReceiver', [{ clinicId: clinic.id, roles: ['CASE_RECEIVER'] }]);
  await staffMember('otherReceiver', [{ clinicId: otherClinic.id, roles: ['CASE_RECEIVER'] }]);
  await staffMember('caregiver', [{ clinicId: clinic.id, roles: ['CAREGIVER'] }]);
  await staffMember('both', [{ clinicId: clinic.id, roles: ['CASE_RECEIVER', 'CAREGIVER'] }]);
  await staffMember('regionAdmin', [{ regionId: region.id, roles: ['REGION_ADMIN'] }]);
});

afterAll(async () => {
  await h.close();
});

describe('my alert settings', () => {
  it('start off, and say which switches apply to my roles at the clinic of this session', async () => {
    const receiver = await staff.receiver!.browser.graphql<{ staffAlertSettings: Settings }>(GET);
    expect(receiver.errors).toBeUndefined();
    expect(receiver.data?.staffAlertSettings).toEqual({
      clinicId: clinic.id,
      email: null,
      locale: 'sv',
      ...OFF,
      mayAlertNewCases: true,
      mayAlertAssignments: false,
      mayAlertReplies: false,
      updatedAt: null,
    });
    const caregiver = await staff.caregiver!.browser.graphql<{ staffAlertSettings: Settings }>(GET);
    expect(caregiver.data?.staffAlertSettings).toMatchObject({
      mayAlertNewCases: false,
      mayAlertAssignments: true,
      mayAlertReplies: true,
    });
  });

  it('save the address trimmed, the language and the switch, and read back the same', async () => {
    const saved = await save('quietReceiver', {
      email: '  kvitto@example.se ',
      locale: 'en',
      newCases: true,
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveStaffAlertSettings).toMatchObject({
      clinicId: clinic.id,
      email: 'kvitto@example.se',
      locale: 'en',
      newCases: true,
      updatedAt: '2026-11-25T09:00:00.000Z',
    });
    const read = await staff.quietReceiver!.browser.graphql<{ staffAlertSettings: Settings }>(GET);
    expect(read.data?.staffAlertSettings).toMatchObject({
      email: 'kvitto@example.se',
      locale: 'en',
      newCases: true,
    });
    // Off again: this receiver is the one who did not opt in, for the tests below.
    expect(
      (await save('quietReceiver', { email: 'kvitto@example.se', newCases: false })).errors,
    ).toBeUndefined();
  });

  it('asks for an address when an alert is on and refuses an invalid one', async () => {
    expect(fields(await save('receiver', { email: null, newCases: true }))).toEqual([
      { path: 'email', code: 'EMAIL_REQUIRED' },
    ]);
    expect(fields(await save('receiver', { email: 'vera@', newCases: false }))).toEqual([
      { path: 'email', code: 'EMAIL_INVALID' },
    ]);
    const wrongLanguage = await save('receiver', { email: null, locale: 'de' });
    expect(wrongLanguage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stored = await h.prisma.staffAccount.findUniqueOrThrow({
      where: { staffMemberId: staff.receiver!.id },
      select: { alertEmail: true },
    });
    expect(stored.alertEmail).toBeNull();
  });

  it('refuses a switch for a role I do not hold at this clinic', async () => {
    const refused = await save('receiver', {
      email: 'a@example.se',
      newCases: true,
      assignedToMe: true,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(refused)).toEqual([{ path: 'assignedToMe', code: 'NOT_YOUR_ROLE' }]);
    expect(
      await h.prisma.staffAlertSetting.count({ where: { staffMemberId: staff.receiver!.id } }),
    ).toBe(0);
  });

  it('in a region session: address and language only, no switch applies', async () => {
    const read = await staff.regionAdmin!.browser.graphql<{ staffAlertSettings: Settings }>(GET);
    expect(read.data?.staffAlertSettings).toMatchObject({
      clinicId: null,
      mayAlertNewCases: false,
      mayAlertAssignments: false,
      mayAlertReplies: false,
    });
    const saved = await save('regionAdmin', { email: 'region@example.se', locale: 'en' });
    expect(saved.data?.saveStaffAlertSettings).toMatchObject({
      clinicId: null,
      email: 'region@example.se',
      locale: 'en',
    });
    expect(
      fields(await save('regionAdmin', { email: 'region@example.se', newCases: true })),
    ).toEqual([{ path: 'newCases', code: 'NOT_YOUR_ROLE' }]);
  });

  it('are not there for citizens', async () => {
    const asCitizen = await anna.browser.graphql(GET);
    expect(asCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('new cases in the clinic queue', () => {
  it('alert an opted-in receiver once per quarter hour, content-free and tied to the case', async () => {
    await optIn('receiver', { newCases: true }, 'en');
    await optIn('otherReceiver', { newCases: true });
    const first = await sendCase();
    await later(10);
    await sendCase();
    let rows = await alerts(staff.receiver!.id, 'STAFF_NEW_CASES');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      id: expect.any(String) as string,
      personId: null,
      staffMemberId: staff.receiver!.id,
      clinicId: clinic.id,
      caseId: first,
      channel: 'EMAIL',
      address: 'receiver@example.se',
      templateKey: 'STAFF_NEW_CASES',
      locale: 'en',
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: new Date('2026-11-25T09:00:00Z'),
      createdAt: new Date('2026-11-25T09:00:00Z'),
      sentAt: null,
      lastError: null,
      // Driftstatus mails only.
      serviceStatusSubscriptionId: null,
      serviceAnnouncementId: null,
      serviceAnnouncementUpdateId: null,
    });

    await later(6);
    const third = await sendCase();
    rows = await alerts(staff.receiver!.id, 'STAFF_NEW_CASES');
    expect(rows.map((r) => r.caseId)).toEqual([first, third]);
  });

  it('do not alert a receiver who did not opt in, a caregiver, or a receiver of another clinic', async () => {
    expect(await alerts(staff.quietReceiver!.id, 'STAFF_NEW_CASES')).toEqual([]);
    expect(await alerts(staff.caregiver!.id, 'STAFF_NEW_CASES')).toEqual([]);
    expect(await alerts(staff.otherReceiver!.id, 'STAFF_NEW_CASES')).toEqual([]);
  });

  it('alert the other clinic’s receiver for a case sent there, and nobody here', async () => {
    await later(20);
    const there = await sendCase(otherClinic.id);
    expect((await alerts(staff.otherReceiver!.id, 'STAFF_NEW_CASES')).map((r) => r.caseId)).toEqual(
      [there],
    );
    expect(
      (await alerts(staff.receiver!.id, 'STAFF_NEW_CASES')).filter((r) => r.caseId === there),
    ).toEqual([]);
  });

  it('stop when the receiver’s assignment has ended', async () => {
    await later(20);
    await h.prisma.staffAssignment.updateMany({
      where: { staffMemberId: staff.receiver!.id },
      data: { validTo: new Date('2026-11-24T00:00:00Z') },
    });
    const before = (await alerts(staff.receiver!.id, 'STAFF_NEW_CASES')).length;
    await sendCase();
    expect(await alerts(staff.receiver!.id, 'STAFF_NEW_CASES')).toHaveLength(before);
    await h.prisma.staffAssignment.updateMany({
      where: { staffMemberId: staff.receiver!.id },
      data: { validTo: null },
    });
  });
});

describe('a case assigned to a caregiver', () => {
  it('alerts the assignee only, with the case', async () => {
    await later(20);
    await optIn('caregiver', { assignedToMe: true, citizenReplies: true });
    await optIn('both', { newCases: false, assignedToMe: true });
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: prescription.id,
      subjectPersonId: anna.id,
    });
    const assigned = await staff.both!.browser.graphql(ASSIGN, {
      input: {
        caseId: sent.id,
        staffMemberId: staff.caregiver!.id,
        expectedRevision: await revisionOf(sent.id),
      },
    });
    expect(assigned.errors).toBeUndefined();
    const rows = await alerts(staff.caregiver!.id, 'STAFF_CASE_ASSIGNED');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      caseId: sent.id,
      clinicId: clinic.id,
      address: 'caregiver@example.se',
      locale: 'sv',
    });
    expect(await alerts(staff.both!.id, 'STAFF_CASE_ASSIGNED')).toEqual([]);
  });

  it('does not alert a caregiver who took the case themselves', async () => {
    await later(20);
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: prescription.id,
      subjectPersonId: anna.id,
    });
    const taken = await staff.both!.browser.graphql(ASSIGN, {
      input: {
        caseId: sent.id,
        staffMemberId: staff.both!.id,
        expectedRevision: await revisionOf(sent.id),
      },
    });
    expect(taken.errors).toBeUndefined();
    expect(await alerts(staff.both!.id, 'STAFF_CASE_ASSIGNED')).toEqual([]);
  });
});

describe('a citizen’s reply to a counter-question', () => {
  async function waitingCase(assignedStaffId: string | null, askedBy: string) {
    return createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: prescription.id,
      subjectPersonId: anna.id,
      status: 'WAITING_FOR_CITIZEN',
      assignedStaffId,
      staffMessages: [{ staffId: askedBy, kind: 'COUNTER_QUESTION', text: 'Vilken styrka?' }],
    });
  }

  async function reply(caseId: string) {
    const replied = await anna.browser.graphql(REPLY, {
      input: { caseId, text: 'Femtio mikrogram.', idempotencyKey: randomUUID() },
    });
    expect(replied.errors).toBeUndefined();
  }

  it('alerts the caregiver the case is assigned to', async () => {
    await later(20);
    const sent = await waitingCase(staff.caregiver!.id, staff.caregiver!.id);
    await reply(sent.id);
    const rows = await alerts(staff.caregiver!.id, 'STAFF_CITIZEN_REPLY');
    expect(rows.map((r) => ({ caseId: r.caseId, templateKey: r.templateKey }))).toEqual([
      { caseId: sent.id, templateKey: 'STAFF_CITIZEN_REPLY' },
    ]);
  });

  it('alerts the caregiver who asked when nobody is assigned, and not one who did not opt in', async () => {
    await later(20);
    const sent = await waitingCase(null, staff.caregiver!.id);
    await reply(sent.id);
    expect(
      (await alerts(staff.caregiver!.id, 'STAFF_CITIZEN_REPLY')).map((r) => r.caseId),
    ).toContain(sent.id);

    await later(20);
    const toBoth = await waitingCase(staff.both!.id, staff.both!.id);
    await reply(toBoth.id);
    expect(await alerts(staff.both!.id, 'STAFF_CITIZEN_REPLY')).toEqual([]);
  });
});
