// Shared set-up of the proxy-mode tests: one harness with a clinic offering a prescription case
// type (and one not adapted for proxy), a logged-in caregiver, and helpers that create
// guardians, children and custody in the register.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { luhnCheckDigit, NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from '../harness.ts';
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from '../factories.ts';

export const CHILDREN =
  '{ myProxyChildren { personId givenName personnummer birthDate proxyEndsOn } }';
export const ADD = `mutation($input: AddProxyChildInput!) {
  addProxyChild(input: $input) { personId givenName familyName personnummer birthDate proxyEndsOn } }`;
export const REMOVE = 'mutation($personId: ID!) { removeProxyChild(personId: $personId) }';
export const ACT =
  'mutation($personId: ID!) { actForChild(personId: $personId) { id actingFor { personId givenName } } }';
export const STOP = 'mutation { stopActingForChild { id actingFor { personId } } }';
export const ME = '{ citizenMe { id actingFor { personId givenName personnummer proxyEndsOn } } }';
export const FORM = `query($clinicId: ID!, $caseTypeId: ID!) {
  caseTypeForm(clinicId: $clinicId, caseTypeId: $caseTypeId) { caseTypeId availableForProxy } }`;
export const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
export const DRAFTS = '{ myCaseDrafts { id } }';
export const SUBMIT = 'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }';
export const CITIZEN_CASE = `query($id: ID!) { citizenCase(id: $id) {
  id sentBy canReply messages { kind authorKind authorName { sv en } text } } }`;
export const REPLY = `mutation($input: ReplyToCaseInput!) { replyToCase(input: $input) { id status } }`;
export const INBOX = `{ inbox { unreadCount items { id kind caseId readAt archived
  notice { key recipientRole childName endsOn } } } }`;
export const STAFF_CASE = `query($id: ID!) { staffCase(id: $id) { id sentBy patientName
  messages { kind authorKind authorName { sv en } text } } }`;
export const MARK_MESSAGE =
  'mutation($id: ID!) { markMessageRead(id: $id) { id readAt archived } }';
export const ARCHIVE_MESSAGE = `mutation($input: SetMessageArchivedInput!) {
  setMessageArchived(input: $input) { id archived caseId } }`;

export const medicines = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };
export const START = new Date('2026-11-25T09:00:00Z');

export let h: Harness;
export let clinic: { id: string };
export let prescription: { id: string };
export let locked: { id: string };
export let caregiver: Browser;

type Person = { id: string; identityNumber: string };

let serial = 100;
/** A fictional personnummer with its own birth number, so equal birth dates never collide. */
export function pnr(birthDate: string): string {
  serial += 1;
  const digits = `${birthDate.slice(2).replaceAll('-', '')}${String(serial)}`;
  return `${birthDate.slice(0, 2)}${digits}${String(luhnCheckDigit(digits))}`;
}

export async function person(
  birthDate: string,
  givenName: string | null,
  familyName: string,
  extra: { protectedIdentity?: boolean; deceasedOn?: string; male?: boolean } = {},
): Promise<Person> {
  return createPerson(h.prisma, {
    birthDate,
    givenName,
    familyName,
    identityNumber: pnr(birthDate),
    ...extra,
  });
}

export async function custody(
  guardian: Person,
  child: Person,
  input: { custody?: 'JOINT' | 'SOLE'; validFrom?: string; validTo?: string } = {},
) {
  await h.prisma.guardianship.create({
    data: {
      id: randomUUID(),
      guardianId: guardian.id,
      childId: child.id,
      custody: input.custody ?? 'JOINT',
      validFrom: new Date(`${input.validFrom ?? '2010-01-01'}T00:00:00Z`),
      validTo: input.validTo ? new Date(`${input.validTo}T00:00:00Z`) : null,
    },
  });
}

export async function citizen(p: Person): Promise<Browser> {
  const browser = new Browser(h.baseUrl, 'citizen');
  await browser.login(p.identityNumber);
  return browser;
}

/** A guardian (logged in) with sole custody of one child under 13, linked for proxy. */
export async function family(childBirth = '2018-03-03') {
  const guardian = await person('1984-04-04', 'Vera', 'Förälder');
  const child = await person(childBirth, 'Liv', 'Förälder');
  await custody(guardian, child, { custody: 'SOLE' });
  const browser = await citizen(guardian);
  const added = await browser.graphql(ADD, { input: { personnummer: child.identityNumber } });
  expect(added.errors).toBeUndefined();
  return { guardian, child, browser };
}

export function code(result: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.code;
}

export async function draftAndSend(
  browser: Browser,
  caseTypeId = prescription.id,
): Promise<string> {
  const saved = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
    input: { clinicId: clinic.id, caseTypeId, answers: medicines },
  });
  expect(saved.errors).toBeUndefined();
  const draftId = saved.data?.saveCaseDraft.id;
  if (!draftId) throw new Error('the draft was not saved');
  const sent = await browser.graphql<{ submitCase: { caseId: string } }>(SUBMIT, {
    input: { draftId, idempotencyKey: randomUUID() },
  });
  expect(sent.errors).toBeUndefined();
  const caseId = sent.data?.submitCase.caseId;
  if (!caseId) throw new Error('the case was not sent');
  return caseId;
}

/** Starts the harness and the shared world for the calling test file. */
export function useProxyHarness(): void {
  beforeAll(async () => {
    h = await startHarness();
    const region = await createRegion(h.prisma);
    clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
    const national = NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION;
    prescription = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Förnya recept',
      kind: 'RENEW_PRESCRIPTION',
      definition: national.definition,
      options: national.defaultClinicOptions,
    });
    locked = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Förnya recept (ej för ombud)',
      kind: 'RENEW_PRESCRIPTION',
      definition: national.definition,
      options: national.defaultClinicOptions,
      activation: { availableForProxy: false },
    });
    const staff = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CASE_RECEIVER', 'CAREGIVER'] }],
    });
    caregiver = new Browser(h.baseUrl, 'staff');
    await caregiver.login(staff.hsaId);
  });

  afterEach(() => {
    h.clock.freeze(START);
  });

  afterAll(async () => {
    await h.close();
  });
}
