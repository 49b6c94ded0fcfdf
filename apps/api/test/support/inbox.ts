// Shared set-up of the inbox tests: one harness with a clinic offering a prescription case type
// and a doctor, and helpers that log in a new citizen, add messages and read the inbox.
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

export const INBOX = `query($folder: InboxFolder, $first: Int, $after: String) {
  inbox(folder: $folder, first: $first, after: $after) {
    items { id kind createdAt readAt archived caseId caseReference caseStatus clinicName
      caseTypeName { sv en } authorName { sv en } deletionNoticeAt }
    nextCursor unreadCount } }`;
export const CASE = `query($id: ID!) { citizenCase(id: $id) { ${caseFields()} } }`;
export const MARK_READ = `mutation($caseId: ID!) { markCaseRead(caseId: $caseId) { ${caseFields()} } }`;
export const REPLY = `mutation($input: ReplyToCaseInput!) { replyToCase(input: $input) { ${caseFields()} } }`;
export const ARCHIVE = `mutation($input: SetCaseArchivedInput!) { setCaseArchived(input: $input) { ${caseFields()} } }`;

function caseFields(): string {
  return `id reference status clinicName caseTypeName { sv en } submittedAt canReply archived
    form { definition clinicOptions answers }
    attachments { id fileName mediaType sizeBytes }
    messages { id kind authorKind authorName { sv en } text createdAt readAt
      outcomes { kind appointmentAt place phone } attachments { id } }`;
}

type InboxItem = {
  id: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
  archived: boolean;
  caseId: string | null;
  caseReference: string | null;
  caseStatus: string | null;
  clinicName: string | null;
  caseTypeName: { sv: string; en: string | null } | null;
  authorName: { sv: string; en: string | null } | null;
  deletionNoticeAt: string | null;
};
export type InboxPage = { items: InboxItem[]; nextCursor: string | null; unreadCount: number };
type CaseMessage = {
  id: string;
  kind: string;
  authorKind: string;
  authorName: { sv: string; en: string | null } | null;
  text: string | null;
  createdAt: string;
  readAt: string | null;
  outcomes: {
    kind: string;
    appointmentAt: string | null;
    place: string | null;
    phone: string | null;
  }[];
};
export type CitizenCase = {
  id: string;
  reference: string;
  status: string;
  canReply: boolean;
  archived: boolean;
  form: { definition: object; clinicOptions: object; answers: object };
  messages: CaseMessage[];
};

export let h: Harness;
export let clinic: { id: string; name: string };
export let caseType: { id: string };
export let doctor: { id: string };

const base = new Date('2026-11-01T08:00:00Z');
export const minutes = (n: number) => new Date(base.getTime() + n * 60_000);

let born = 0;

export async function citizen() {
  born += 1;
  const birthDate = `19${String(50 + born).padStart(2, '0')}-0${(born % 9) + 1}-1${born % 10}`;
  const person = await createPerson(h.prisma, { birthDate, givenName: 'Anna', familyName: 'Ek' });
  const browser = new Browser(h.baseUrl, 'citizen');
  await browser.login(person.identityNumber);
  return { id: person.id, browser };
}

export async function addMessage(
  caseId: string,
  recipientPersonId: string,
  input: {
    at: Date;
    id?: string;
    authorKind?: 'STAFF' | 'CITIZEN' | 'SYSTEM';
    kind?: 'ANSWER' | 'PARTIAL_ANSWER' | 'COUNTER_QUESTION' | 'CITIZEN_REPLY';
    text?: string;
    readAt?: Date | null;
    outcomes?: object[];
  },
) {
  const authorKind = input.authorKind ?? 'STAFF';
  return h.prisma.caseMessage.create({
    data: {
      id: input.id ?? randomUUID(),
      caseId,
      recipientPersonId,
      authorKind,
      authorStaffId: authorKind === 'STAFF' ? doctor.id : null,
      authorPersonId: authorKind === 'CITIZEN' ? recipientPersonId : null,
      kind: input.kind ?? (authorKind === 'CITIZEN' ? 'CITIZEN_REPLY' : 'PARTIAL_ANSWER'),
      body: { text: input.text ?? 'Hej', outcomes: input.outcomes ?? [] },
      createdAt: input.at,
      readAt: input.readAt ?? null,
    },
    select: { id: true },
  });
}

export async function inbox(browser: Browser, variables: Record<string, unknown> = {}) {
  const result = await browser.graphql<{ inbox: InboxPage }>(INBOX, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('the inbox answered no data');
  return result.data.inbox;
}

/** Starts the harness and the shared world for the calling test file. */
export function useInboxHarness(): void {
  beforeAll(async () => {
    h = await startHarness();
    const region = await createRegion(h.prisma);
    clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
    caseType = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Förnya recept',
      nameEn: 'Renew prescription',
      kind: 'RENEW_PRESCRIPTION',
      definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
      options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
    });
    doctor = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
      title: 'Specialistläkare',
    });
  });

  afterAll(async () => {
    await h.close();
  });
}
