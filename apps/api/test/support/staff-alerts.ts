// Shared set-up of the staff alert tests: one harness with two clinics offering a prescription
// case type, a logged-in citizen, staff in every role logged in by name, and helpers that save
// alert settings, send cases and read the queued alerts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from '../harness.ts';
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from '../factories.ts';

const FIELDS = `clinicId email locale newCases assignedToMe citizenReplies
  mayAlertNewCases mayAlertAssignments mayAlertReplies updatedAt`;
export const GET = `{ staffAlertSettings { ${FIELDS} } }`;
const SAVE = `mutation($input: SaveStaffAlertSettingsInput!) {
  saveStaffAlertSettings(input: $input) { ${FIELDS} } }`;
const DRAFT = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const SUBMIT = 'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }';
export const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id status } }`;
export const REPLY = `mutation($input: ReplyToCaseInput!) { replyToCase(input: $input) { id status } }`;

type Result<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { extensions?: Record<string, unknown> }[];
};
export type Settings = Record<string, unknown>;

export const OFF = { newCases: false, assignedToMe: false, citizenReplies: false };
const medicines = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };
const MINUTE = 60_000;

export let h: Harness;
export let clinic: { id: string };
export let otherClinic: { id: string };
export let prescription: { id: string };
export let anna: { id: string; browser: Browser; login: string };
export const staff: Record<string, { id: string; browser: Browser; login: string }> = {};

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
export async function later(minutes: number) {
  h.clock.advance(minutes * MINUTE);
  for (const who of [anna, ...Object.values(staff)]) await who.browser.login(who.login);
}

export async function save(name: string, input: Record<string, unknown>): Promise<Result> {
  const member = staff[name];
  if (!member) throw new Error(`no staff member ${name}`);
  return member.browser.graphql(SAVE, { input: { locale: 'sv', ...OFF, ...input } });
}

export async function optIn(name: string, switches: Partial<typeof OFF>, locale = 'sv') {
  const saved = await save(name, { email: `${name}@example.se`, locale, ...switches });
  expect(saved.errors).toBeUndefined();
}

export const fields = (r: Result) => r.errors?.[0]?.extensions?.fields;

export async function sendCase(clinicId = clinic.id): Promise<string> {
  const drafted = await anna.browser.graphql<{ saveCaseDraft: { id: string } }>(DRAFT, {
    input: { clinicId, caseTypeId: prescription.id, answers: medicines },
  });
  expect(drafted.errors).toBeUndefined();
  const draftId = drafted.data?.saveCaseDraft.id;
  if (!draftId) throw new Error('the draft was not saved');
  const sent = await anna.browser.graphql<{ submitCase: { caseId: string } }>(SUBMIT, {
    input: { draftId, idempotencyKey: randomUUID() },
  });
  expect(sent.errors).toBeUndefined();
  const caseId = sent.data?.submitCase.caseId;
  if (!caseId) throw new Error('the case was not sent');
  return caseId;
}

export function alerts(staffMemberId: string, templateKey: string) {
  return h.prisma.notificationOutbox.findMany({
    where: { staffMemberId, templateKey },
    orderBy: { createdAt: 'asc' },
  });
}

export async function revisionOf(caseId: string): Promise<number> {
  const row = await h.prisma.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { revision: true },
  });
  return row.revision;
}

/** Starts the harness and the shared world for the calling test file. */
export function useStaffAlertsHarness(): void {
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
}
