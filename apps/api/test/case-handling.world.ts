// The world the case-handling tests share: a clinic with its staff (each logged in once), a
// neighbour clinic, two case types and a patient with notifications on; the operations the tests
// call; and helpers for cases, revisions and access-log rows. Each test file sets it up once.
import { randomUUID } from 'node:crypto';
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

export const SUMMARY = `id reference status submittedAt lastEventAt caseTypeId caseTypeName { sv en }
  patientName patientIdentityNumber assignee { id name title } revision`;
export const QUEUE = `query($filter: CaseQueueFilter, $first: Int, $after: String) {
  caseQueue(filter: $filter, first: $first, after: $after) { items { ${SUMMARY} } nextCursor } }`;
export const WORK = `query($includeClosed: Boolean, $first: Int, $after: String) {
  myAssignedCases(includeClosed: $includeClosed, first: $first, after: $after) { items { ${SUMMARY} } nextCursor } }`;
export const CASE = `query($id: ID!) { staffCase(id: $id) { ${SUMMARY} clinicName
  form { definition clinicOptions answers }
  messages { id kind authorKind authorName { sv en } text outcomes { kind appointmentAt place phone } attachments { id fileName } createdAt }
  notes { id author { id name title } text createdAt }
  attachments { id fileName mediaType sizeBytes } canAssign canRespond } }`;
export const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) {
  id status revision assignee { id name } canAssign } }`;
export const RESPOND = `mutation($input: RespondToCaseInput!) { respondToCase(input: $input) {
  id status revision canRespond messages { kind authorName { sv en } text outcomes { kind appointmentAt place phone } } } }`;
export const CLOSE = `mutation($input: CloseCaseInput!) { closeCase(input: $input) { id status revision } }`;
export const NOTE = `mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) {
  id text author { id name title } } }`;
export const CAREGIVERS = '{ clinicCaregivers { id name title } }';
export const ANSWERS =
  'query($id: ID!) { standardAnswers(caseId: $id) { id title text caseTypeId } }';

export type Result<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { extensions?: Record<string, unknown> }[];
};
export const code = (r: Result) => r.errors?.[0]?.extensions?.code;

export type Summary = {
  id: string;
  status: string;
  revision: number;
  patientName: string;
  patientIdentityNumber: string;
  assignee: { id: string; name: string; title: string } | null;
};
export type Page = { items: Summary[]; nextCursor: string | null };

export let h: Harness;
export let region: { id: string };
export let clinic: { id: string };
export let otherClinic: { id: string };
export let prescription: { id: string };
export let nurse: { id: string };
export let patient: { id: string; identityNumber: string };
export const staff: Record<string, { id: string; hsaId: string }> = {};
export const as: Record<string, Browser> = {};

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

export function newCase(input: Partial<Parameters<typeof createCase>[1]> = {}) {
  return createCase(h.prisma, {
    clinicId: clinic.id,
    caseTypeId: prescription.id,
    subjectPersonId: patient.id,
    ...input,
  });
}

export async function revisionOf(caseId: string): Promise<number> {
  return (
    await h.prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { revision: true } })
  ).revision;
}

export function logRows(caseId: string) {
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

/** Builds the world; call once per test file, in beforeAll. */
export async function setUpWorld(): Promise<void> {
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
}

export async function tearDownWorld(): Promise<void> {
  await h.close();
}

/**
 * Runs `body` while the database refuses every access-log row of `action` (a real failure of
 * the INSERT, raised by a trigger), then lets them through again.
 */
export async function refusingAccessLog(action: string, body: () => Promise<void>): Promise<void> {
  await h.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_access_log() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no access-log row'; END $$`);
  await h.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_access_log BEFORE INSERT ON access_log
    FOR EACH ROW WHEN (NEW.action = '${action}') EXECUTE FUNCTION refuse_access_log()`);
  try {
    await body();
  } finally {
    await h.prisma.$executeRawUnsafe('DROP TRIGGER refuse_access_log ON access_log');
    await h.prisma.$executeRawUnsafe('DROP FUNCTION refuse_access_log()');
  }
}
