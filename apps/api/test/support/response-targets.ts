// Shared set-up of the response-time target tests: one harness with a clinic (open Monday to
// Friday 08:00-17:00) offering a prescription case type, a clinic administrator and a citizen,
// and helpers that set a target and send a case at a given instant.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import type { PlanNode } from '../explain-plan.ts';
import { Browser, startHarness, type Harness } from '../harness.ts';
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from '../factories.ts';

const SETTINGS = '{ clinicCaseTypes { caseTypeId revision responseTargetHours } }';
const UPDATE = `mutation($input: UpdateClinicCaseTypeInput!) { updateClinicCaseType(input: $input) {
  caseTypeId revision responseTargetHours expectedResponseDays } }`;
const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) {
  caseId expectedResponseDays } }`;
const DUE = 'firstAnswerDue { dueAt workingMinutesLeft state }';
export const QUEUE = `query($filter: CaseQueueFilter, $order: CaseListOrder, $first: Int, $after: String) {
  caseQueue(filter: $filter, order: $order, first: $first, after: $after) {
    items { id revision ${DUE} } nextCursor } }`;
export const WORK = `query($order: CaseListOrder, $first: Int, $after: String) {
  myAssignedCases(order: $order, first: $first, after: $after) {
    items { id ${DUE} } nextCursor } }`;
export const RESPOND = `mutation($input: RespondToCaseInput!) { respondToCase(input: $input) { id ${DUE} } }`;
const medicines = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };

type Due = { dueAt: string; workingMinutesLeft: number; state: string } | null;
export type Item = { id: string; revision?: number; firstAnswerDue: Due };
export type Page = { items: Item[]; nextCursor: string | null };
export type Result<T> = {
  data?: T | null;
  errors?: { extensions?: { code?: string; fields?: unknown } }[];
};

export let h: Harness;
/** Staff and citizens sign in again whenever the test moves the clock (sessions expire). */
let adminHsaId: string;
let citizenIdentityNumber: string;
let clinic: { id: string };
let prescription: { id: string };

async function signedIn(kind: 'staff' | 'citizen', login: string): Promise<Browser> {
  const browser = new Browser(h.baseUrl, kind);
  await browser.login(login);
  return browser;
}

export async function staffBrowser(
  clinicId: string,
  roles: ('CLINIC_ADMIN' | 'CASE_RECEIVER' | 'CAREGIVER')[],
) {
  const member = await createStaff(h.prisma, { assignments: [{ clinicId, roles }] });
  return { browser: await signedIn('staff', member.hsaId), id: member.id, hsaId: member.hsaId };
}

export async function setTarget(
  hours: number | null | undefined,
): Promise<Result<{ updateClinicCaseType: Record<string, unknown> }>> {
  const admin = await signedIn('staff', adminHsaId);
  const list = await admin.graphql<{
    clinicCaseTypes: { caseTypeId: string; revision: number }[];
  }>(SETTINGS);
  const setting = list.data?.clinicCaseTypes.find((t) => t.caseTypeId === prescription.id);
  if (!setting) throw new Error('the clinic has no prescription setting');
  const { revision } = setting;
  return admin.graphql(UPDATE, {
    input: {
      caseTypeId: prescription.id,
      active: true,
      options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
      availableForProxy: true,
      attachmentsAllowed: false,
      expectedResponseDays: 3,
      sortOrder: 0,
      revision,
      ...(hours === undefined ? {} : { responseTargetHours: hours }),
    },
  });
}

/** Sends a prescription case at `at` (the clock stands there); answers its stored due time. */
export async function sendAt(
  at: string,
): Promise<{ caseId: string; dueAt: Date | null; expectedResponseDays: number }> {
  h.clock.freeze(new Date(at));
  const citizen = await signedIn('citizen', citizenIdentityNumber);
  const saved = await citizen.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
    input: { clinicId: clinic.id, caseTypeId: prescription.id, answers: medicines },
  });
  expect(saved.errors).toBeUndefined();
  const draftId = saved.data?.saveCaseDraft.id;
  if (!draftId) throw new Error('the draft was not saved');
  const sent = await citizen.graphql<{
    submitCase: { caseId: string; expectedResponseDays: number };
  }>(SUBMIT, { input: { draftId, idempotencyKey: randomUUID() } });
  expect(sent.errors).toBeUndefined();
  if (!sent.data) throw new Error('the case was not sent');
  const { caseId, expectedResponseDays } = sent.data.submitCase;
  const row = await h.prisma.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { firstAnswerDueAt: true },
  });
  return { caseId, dueAt: row.firstAnswerDueAt, expectedResponseDays };
}

/** Shared buffers of the scan on `index`, with the heap pages it fetched. */
export function scanBuffers(node: PlanNode, index: string): number {
  if (node['Index Name'] === index)
    return (node['Shared Hit Blocks'] ?? 0) + (node['Shared Read Blocks'] ?? 0);
  return (node.Plans ?? []).reduce((sum, child) => sum + scanBuffers(child, index), 0);
}

/** Starts the harness and the shared world for the calling test file. */
export function useResponseTargetsHarness(): void {
  beforeAll(async () => {
    h = await startHarness();
    const region = await createRegion(h.prisma);
    // Monday to Friday 08:00–17:00 (the factory's opening hours).
    clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
    prescription = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Förnya recept',
      kind: 'RENEW_PRESCRIPTION',
      definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
      options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
    });
    adminHsaId = (await staffBrowser(clinic.id, ['CLINIC_ADMIN'])).hsaId;
    citizenIdentityNumber = (await createPerson(h.prisma, { birthDate: '1980-04-04' }))
      .identityNumber;
  });

  afterAll(async () => {
    await h.close();
  });
}
