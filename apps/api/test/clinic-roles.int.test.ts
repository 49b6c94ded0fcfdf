// Roles at the clinic and the admin action log: the clinic administrator
// grants and revokes the four clinic roles of staff with an HSA assignment at the clinic; every
// grant and revoke, and the other administrative actions, leave a row that says who did it, in
// which role, and to what.
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createActivatedCaseType, createClinic, createRegion, createStaff } from './factories.ts';

const STAFF = '{ clinicStaff { assignmentId staffMemberId name roles validTo isViewer } }';
const SET =
  'mutation($input: SetClinicStaffRolesInput!) { setClinicStaffRoles(input: $input) { assignmentId roles } }';
const LOG = `query($after: String) { adminLog(first: 50, after: $after) { nextCursor items {
  staffName staffHsaId role action caseTypeNameSv subjectName subjectRole enabled } } }`;

type Member = {
  assignmentId: string;
  staffMemberId: string;
  name: string;
  roles: string[];
  validTo: string | null;
  isViewer: boolean;
};
type LogEntry = {
  staffName: string;
  staffHsaId: string;
  role: string;
  action: string;
  caseTypeNameSv: string | null;
  subjectName: string | null;
  subjectRole: string | null;
  enabled: boolean | null;
};
type Result<T> = {
  data?: T | null;
  errors?: { extensions?: { code?: string; fields?: { path: string; code: string }[] } }[];
};

let h: Harness;
let clinicId: string;
let regionId: string;
let admin: { browser: Browser; id: string; hsaId: string; assignmentId: string };
let nurse: { browser: Browser; id: string; hsaId: string; assignmentId: string };
let auditor: { browser: Browser; id: string; hsaId: string; assignmentId: string };
let elsewhere: { browser: Browser; id: string; hsaId: string; assignmentId: string };
let regionAdmin: { browser: Browser; id: string; hsaId: string; assignmentId: string };
let endedAssignmentId: string;
let nationalTypeId: string;

const code = (r: Result<unknown>) => r.errors?.[0]?.extensions?.code;

async function login(assignment: Parameters<typeof createStaff>[1]['assignments'][number]) {
  const member = await createStaff(h.prisma, { assignments: [assignment] });
  const browser = new Browser(h.baseUrl, 'staff');
  await browser.login(member.hsaId);
  return {
    browser,
    id: member.id,
    hsaId: member.hsaId,
    assignmentId: member.assignmentIds[0] ?? '',
  };
}

async function setRoles(as: Browser, assignmentId: string, roles: string[]) {
  return as.graphql<{ setClinicStaffRoles: { roles: string[] } }>(SET, {
    input: { assignmentId, roles },
  });
}

async function log(as: Browser): Promise<LogEntry[]> {
  const r = await as.graphql<{ adminLog: { items: LogEntry[] } }>(LOG);
  expect(r.errors).toBeUndefined();
  return r.data!.adminLog.items;
}

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  regionId = region.id;
  const clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  const other = await createClinic(h.prisma, region.id, 'Nacka vårdcentral');
  clinicId = clinic.id;
  admin = await login({ clinicId, roles: ['CLINIC_ADMIN'] });
  nurse = await login({ clinicId, roles: ['CAREGIVER'] });
  auditor = await login({ clinicId, roles: ['AUDITOR'] });
  elsewhere = await login({ clinicId: other.id, roles: ['CLINIC_ADMIN', 'CAREGIVER'] });
  regionAdmin = await login({ regionId, roles: ['REGION_ADMIN'] });
  const ended = await createStaff(h.prisma, {
    assignments: [
      { clinicId, roles: ['CAREGIVER'], validFrom: '2020-01-01', validTo: '2021-01-01' },
    ],
  });
  endedAssignmentId = ended.assignmentIds[0] ?? '';
  nationalTypeId = (
    await createActivatedCaseType(h.prisma, {
      regionId,
      clinicId,
      nameSv: 'Förnya recept',
      kind: 'RENEW_PRESCRIPTION',
      definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
      options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
    })
  ).id;
});

afterAll(async () => {
  await h.close();
});

describe('the staff at the clinic', () => {
  it('lists everyone whose HSA assignment at the clinic has not ended, with their roles here', async () => {
    const r = await admin.browser.graphql<{ clinicStaff: Member[] }>(STAFF);
    expect(r.errors).toBeUndefined();
    const list = r.data!.clinicStaff;
    expect(list.map((m) => m.assignmentId).sort()).toEqual(
      [admin.assignmentId, nurse.assignmentId, auditor.assignmentId].sort(),
    );
    expect(list.find((m) => m.assignmentId === nurse.assignmentId)).toMatchObject({
      roles: ['CAREGIVER'],
      isViewer: false,
    });
    expect(list.find((m) => m.assignmentId === admin.assignmentId)?.isViewer).toBe(true);
  });

  it('is refused to everyone but the clinic administrator', async () => {
    for (const who of [nurse, auditor, regionAdmin]) {
      expect(code(await who.browser.graphql(STAFF))).toBe('FORBIDDEN');
    }
  });
});

describe('granting and revoking', () => {
  it('grants and revokes in one change, logging each with who did it and in which role', async () => {
    const r = await setRoles(admin.browser, nurse.assignmentId, ['CASE_RECEIVER', 'AUDITOR']);
    expect(r.errors).toBeUndefined();
    expect(r.data?.setClinicStaffRoles.roles).toEqual(['CASE_RECEIVER', 'AUDITOR']);
    const stored = await h.prisma.staffAssignment.findUniqueOrThrow({
      where: { id: nurse.assignmentId },
    });
    expect(stored.roles).toEqual(['CASE_RECEIVER', 'AUDITOR']);
    const changes = (await log(admin.browser)).filter((e) => e.subjectRole !== null);
    expect(changes.slice(0, 3)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'GRANT_CLINIC_ROLE',
          subjectRole: 'CASE_RECEIVER',
          role: 'CLINIC_ADMIN',
          staffHsaId: admin.hsaId,
          subjectName: 'Vera Vårdsson',
        }),
        expect.objectContaining({ action: 'GRANT_CLINIC_ROLE', subjectRole: 'AUDITOR' }),
        expect.objectContaining({ action: 'REVOKE_CLINIC_ROLE', subjectRole: 'CAREGIVER' }),
      ]),
    );
    const rows = await h.prisma.adminActionLogEntry.findMany({
      where: { subjectStaffMemberId: nurse.id },
    });
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.clinicId === clinicId && row.staffMemberId === admin.id)).toBe(
      true,
    );
  });

  it('takes effect at the staff member’s next request', async () => {
    await setRoles(admin.browser, nurse.assignmentId, ['CAREGIVER']);
    const me = await nurse.browser.graphql<{ staffMe: { mayCareForCases: boolean } }>(
      '{ staffMe { mayCareForCases mayReceiveCases } }',
    );
    expect(me.data?.staffMe).toEqual({ mayCareForCases: true, mayReceiveCases: false });
  });

  it('logs nothing when nothing changes', async () => {
    const before = await h.prisma.adminActionLogEntry.count();
    const r = await setRoles(admin.browser, nurse.assignmentId, ['CAREGIVER']);
    expect(r.errors).toBeUndefined();
    expect(await h.prisma.adminActionLogEntry.count()).toBe(before);
  });

  it('gives only clinic roles', async () => {
    const r = await setRoles(admin.browser, nurse.assignmentId, ['CAREGIVER', 'REGION_ADMIN']);
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'roles', code: 'NOT_A_CLINIC_ROLE' },
    ]);
    const stored = await h.prisma.staffAssignment.findUniqueOrThrow({
      where: { id: nurse.assignmentId },
    });
    expect(stored.roles).toEqual(['CAREGIVER']);
  });

  it('never leaves the clinic without an administrator', async () => {
    const r = await setRoles(admin.browser, admin.assignmentId, ['CAREGIVER']);
    expect(r.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'roles', code: 'LAST_ADMINISTRATOR' },
    ]);
    // With a second administrator the first may step down.
    await setRoles(admin.browser, auditor.assignmentId, ['AUDITOR', 'CLINIC_ADMIN']);
    const stepDown = await setRoles(admin.browser, admin.assignmentId, ['CAREGIVER']);
    expect(stepDown.errors).toBeUndefined();
    // Two administrators revoking each other at once: the locked check lets only one through.
    await setRoles(auditor.browser, admin.assignmentId, ['CLINIC_ADMIN']);
    const [a, b] = await Promise.all([
      setRoles(admin.browser, auditor.assignmentId, ['AUDITOR']),
      setRoles(auditor.browser, admin.assignmentId, []),
    ]);
    expect([a, b].filter((x) => x.errors === undefined)).toHaveLength(1);
    const admins = await h.prisma.staffAssignment.count({
      where: { clinicId, roles: { has: 'CLINIC_ADMIN' } },
    });
    expect(admins).toBe(1);
  });

  it('answers NOT_FOUND for an assignment at another clinic or one that has ended', async () => {
    const admins = await h.prisma.staffAssignment.findMany({
      where: { clinicId, roles: { has: 'CLINIC_ADMIN' } },
    });
    const acting = admins[0]?.id === admin.assignmentId ? admin : auditor;
    expect(code(await setRoles(acting.browser, elsewhere.assignmentId, ['CAREGIVER']))).toBe(
      'NOT_FOUND',
    );
    expect(code(await setRoles(acting.browser, endedAssignmentId, ['CAREGIVER']))).toBe(
      'NOT_FOUND',
    );
    expect(code(await setRoles(nurse.browser, nurse.assignmentId, ['CLINIC_ADMIN']))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the other administrative actions', () => {
  it('logs the region’s offering, for the region administrator to read', async () => {
    const OFFER =
      'mutation($id: ID!, $offered: Boolean!) { setRegionOffering(caseTypeId: $id, offered: $offered) { caseTypeId } }';
    await regionAdmin.browser.graphql(OFFER, { id: nationalTypeId, offered: false });
    await regionAdmin.browser.graphql(OFFER, { id: nationalTypeId, offered: false });
    await regionAdmin.browser.graphql(OFFER, { id: nationalTypeId, offered: true });
    const entries = await log(regionAdmin.browser);
    expect(entries.map((e) => [e.action, e.enabled, e.caseTypeNameSv, e.role])).toEqual([
      ['OFFER_CASE_TYPE', true, 'Förnya recept', 'REGION_ADMIN'],
      ['WITHDRAW_CASE_TYPE', false, 'Förnya recept', 'REGION_ADMIN'],
    ]);
  });

  it('logs a clinic’s own e-service and standard answers, for its administrators and auditors', async () => {
    const admins = await h.prisma.staffAssignment.findMany({
      where: { clinicId, roles: { has: 'CLINIC_ADMIN' } },
    });
    const acting = admins[0]?.id === admin.assignmentId ? admin : auditor;
    const created = await acting.browser.graphql<{ createCustomCaseType: { id: string } }>(
      'mutation($input: CreateCustomCaseTypeInput!) { createCustomCaseType(input: $input) { id } }',
      { input: { nameSv: 'Intyg för skolan' } },
    );
    expect(created.errors).toBeUndefined();
    const answer = await acting.browser.graphql(
      'mutation($input: CreateStandardAnswerInput!) { createStandardAnswer(input: $input) { id } }',
      { input: { titleSv: 'Tack', textSv: 'Tack för ditt meddelande.' } },
    );
    expect(answer.errors).toBeUndefined();
    const [newest, previous] = await log(acting.browser);
    expect(newest).toMatchObject({ action: 'CREATE_STANDARD_ANSWER', role: 'CLINIC_ADMIN' });
    expect(previous).toMatchObject({
      action: 'CREATE_CUSTOM_CASE_TYPE',
      caseTypeNameSv: 'Intyg för skolan',
    });
    // The other clinic's administrator sees none of it; a caregiver no log at all.
    const theirs = await log(elsewhere.browser);
    expect(theirs).toEqual([]);
    expect(code(await nurse.browser.graphql(LOG))).toBe('FORBIDDEN');
  });

  it('keeps the log append-only', async () => {
    await expect(h.prisma.$executeRaw`UPDATE admin_action_log SET action = 'X'`).rejects.toThrow(
      /append-only/,
    );
    await expect(h.prisma.$executeRaw`DELETE FROM admin_action_log`).rejects.toThrow(/append-only/);
  });
});
