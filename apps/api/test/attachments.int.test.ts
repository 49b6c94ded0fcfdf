import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const SUBMIT = 'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }';
const ADD = `mutation($input: AddDraftAttachmentInput!) {
  addDraftAttachment(input: $input) { id fileName mediaType sizeBytes } }`;
const LIST = 'query($draftId: ID!) { draftAttachments(draftId: $draftId) { id fileName } }';
const REMOVE = 'mutation($id: ID!) { removeDraftAttachment(id: $id) }';
const CASE = `query($id: ID!) { citizenCase(id: $id) {
  attachments { id fileName mediaType sizeBytes } form { clinicOptions } } }`;

type Info = { id: string; fileName: string; mediaType: string; sizeBytes: number };

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1');

const medicines = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };

let h: Harness;
let region: { id: string };
let clinic: { id: string };
let allowing: { id: string };
let refusing: { id: string };
let anna: Browser;
let annaId: string;
let other: Browser;

beforeAll(async () => {
  h = await startHarness();
  region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  const national = NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION;
  const type = {
    regionId: region.id,
    clinicId: clinic.id,
    kind: 'RENEW_PRESCRIPTION' as const,
    definition: national.definition,
    options: national.defaultClinicOptions,
  };
  allowing = await createActivatedCaseType(h.prisma, { ...type, nameSv: 'Förnya recept' });
  refusing = await createActivatedCaseType(h.prisma, { ...type, nameSv: 'Utan bilagor' });
  await setAllowed(allowing.id, true);
  const person = await createPerson(h.prisma, { birthDate: '1980-04-04' });
  annaId = person.id;
  anna = new Browser(h.baseUrl, 'citizen');
  await anna.login(person.identityNumber);
  other = new Browser(h.baseUrl, 'citizen');
  await other.login((await createPerson(h.prisma, { birthDate: '1982-05-05' })).identityNumber);
});

afterAll(async () => {
  await h.close();
});

async function setAllowed(caseTypeId: string, attachmentsAllowed: boolean) {
  await h.prisma.clinicCaseType.updateMany({
    where: { clinicId: clinic.id, caseTypeId },
    data: { attachmentsAllowed },
  });
}

async function draft(caseTypeId = allowing.id): Promise<string> {
  const saved = await anna.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
    input: { clinicId: clinic.id, caseTypeId, answers: medicines },
  });
  expect(saved.errors).toBeUndefined();
  return saved.data!.saveCaseDraft.id;
}

function add(draftId: string, fileName: string, content: Buffer, as = anna) {
  return as.graphql<{ addDraftAttachment: Info }>(ADD, {
    input: { draftId, fileName, contentBase64: content.toString('base64') },
  });
}

/** Adds a file; the frozen clock moves a second, so files list in the order they were added. */
async function added(draftId: string, fileName: string, content: Buffer): Promise<Info> {
  h.clock.advance(1000);
  const result = await add(draftId, fileName, content);
  expect(result.errors).toBeUndefined();
  return result.data!.addDraftAttachment;
}

async function send(draftId: string) {
  return anna.graphql<{ submitCase: { caseId: string } }>(SUBMIT, {
    input: { draftId, idempotencyKey: randomUUID() },
  });
}

/** A PDF of exactly `size` bytes. */
function pdfOf(size: number): Buffer {
  const content = Buffer.alloc(size, 0x20);
  PDF.copy(content);
  return content;
}

describe('adding files to a draft', () => {
  it('accepts PDF, PNG, JPEG and GIF, recognised by their content, with size and checksum', async () => {
    const draftId = await draft();
    const cases: [string, Buffer, string][] = [
      ['remiss.pdf', PDF, 'application/pdf'],
      ['utslag.png', PNG, 'image/png'],
      ['foto.jpg', JPEG, 'image/jpeg'],
      ['rörelse.gif', GIF, 'image/gif'],
    ];
    for (const [fileName, content, mediaType] of cases) {
      const info = await added(draftId, fileName, content);
      expect(info).toMatchObject({ fileName, mediaType, sizeBytes: content.byteLength });
      const stored = await h.prisma.attachment.findUniqueOrThrow({
        where: { id: info.id },
        select: { sha256: true, content: true, draftId: true, caseId: true },
      });
      expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(Buffer.from(stored.content).equals(content)).toBe(true);
      expect(stored).toMatchObject({ draftId, caseId: null });
    }
    const list = await anna.graphql<{ draftAttachments: Info[] }>(LIST, { draftId });
    expect(list.data?.draftAttachments.map((a) => a.fileName)).toEqual(cases.map(([n]) => n));
  });

  it('stores a PNG called .pdf as a PNG, and refuses a program called .pdf', async () => {
    const draftId = await draft();
    expect(await added(draftId, 'scan.pdf', PNG)).toMatchObject({
      fileName: 'scan.pdf.png',
      mediaType: 'image/png',
    });
    const exe = await add(draftId, 'recept.pdf', EXE);
    expect(exe.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'contentBase64', code: 'ATTACHMENT_TYPE_NOT_ALLOWED' }],
    });
  });

  it('cleans the file name', async () => {
    const draftId = await draft();
    expect((await added(draftId, '../../etc/a\u0007b.pdf', PDF)).fileName).toBe('ab.pdf');
  });

  it('accepts exactly 5 MB and refuses a byte more, and an empty file', async () => {
    const draftId = await draft();
    expect((await added(draftId, 'stor.pdf', pdfOf(5_242_880))).sizeBytes).toBe(5_242_880);
    const tooLarge = await add(draftId, 'för-stor.pdf', pdfOf(5_242_881));
    expect(tooLarge.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'contentBase64', code: 'ATTACHMENT_TOO_LARGE', params: { maxBytes: 5_242_880 } },
      ],
    });
    const empty = await add(draftId, 'tom.pdf', Buffer.alloc(0));
    expect(empty.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'contentBase64', code: 'ATTACHMENT_EMPTY' }],
    });
  });

  it('holds at most 5 files per draft, also when they arrive at once', async () => {
    const draftId = await draft();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => add(draftId, `fil-${i}.pdf`, PDF)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    for (const refused of results.filter((r) => r.errors))
      expect(refused.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'contentBase64', code: 'TOO_MANY_ATTACHMENTS', params: { max: 5 } }],
      });
    expect(await h.prisma.attachment.count({ where: { draftId } })).toBe(5);
  });

  it('refuses files where the clinic does not allow them', async () => {
    const draftId = await draft(refusing.id);
    const result = await add(draftId, 'remiss.pdf', PDF);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'ATTACHMENTS_NOT_ALLOWED',
    });
  });

  it('answers NOT_FOUND for someone else’s draft or file, and removes my own', async () => {
    const draftId = await draft();
    const info = await added(draftId, 'remiss.pdf', PDF);
    expect((await add(draftId, 'x.pdf', PDF, other)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await other.graphql(LIST, { draftId })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await other.graphql(REMOVE, { id: info.id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(await h.prisma.attachment.count({ where: { id: info.id } })).toBe(1);
    expect((await anna.graphql(REMOVE, { id: info.id })).data).toEqual({
      removeDraftAttachment: true,
    });
    expect(await h.prisma.attachment.count({ where: { id: info.id } })).toBe(0);
    expect((await anna.graphql(REMOVE, { id: info.id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('sending with files', () => {
  it('moves the files to the case with the clinic options, and the case deletion takes them along', async () => {
    const draftId = await draft();
    const pdf = await added(draftId, 'remiss.pdf', PDF);
    const png = await added(draftId, 'utslag.png', PNG);
    const sent = await send(draftId);
    expect(sent.errors).toBeUndefined();
    const caseId = sent.data!.submitCase.caseId;
    const stored = await h.prisma.attachment.findMany({
      where: { id: { in: [pdf.id, png.id] } },
      select: { caseId: true, draftId: true },
    });
    expect(stored).toEqual([
      { caseId, draftId: null },
      { caseId, draftId: null },
    ]);
    const view = await anna.graphql<{
      citizenCase: { attachments: Info[]; form: { clinicOptions: object } };
    }>(CASE, { id: caseId });
    expect(view.data?.citizenCase.attachments).toEqual([pdf, png]);
    expect(view.data?.citizenCase.form.clinicOptions).toEqual(
      NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
    );

    await h.prisma.case.delete({ where: { id: caseId } });
    expect(await h.prisma.attachment.count({ where: { id: { in: [pdf.id, png.id] } } })).toBe(0);
  });

  it('refuses to send files the clinic no longer allows, and keeps the draft and files', async () => {
    const draftId = await draft();
    const pdf = await added(draftId, 'remiss.pdf', PDF);
    await setAllowed(allowing.id, false);
    try {
      const sent = await send(draftId);
      expect(sent.errors?.[0]?.extensions).toEqual({
        code: 'CONFLICT',
        reason: 'ATTACHMENTS_NOT_ALLOWED',
      });
    } finally {
      await setAllowed(allowing.id, true);
    }
    expect(
      await h.prisma.attachment.findUniqueOrThrow({
        where: { id: pdf.id },
        select: { draftId: true },
      }),
    ).toEqual({ draftId });
  });
});

describe('downloading a file', () => {
  let caseId: string;
  let pdf: Info;
  let draftFile: Info;
  let receiver: Browser;
  let receiverId: string;
  let caregiver: Browser;

  beforeAll(async () => {
    const draftId = await draft();
    pdf = await added(draftId, 'Läkarintyg (kopia).pdf', PDF);
    caseId = (await send(draftId)).data!.submitCase.caseId;
    draftFile = await added(await draft(), 'utkast.png', PNG);
    const r = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CASE_RECEIVER'] }],
    });
    receiverId = r.id;
    receiver = new Browser(h.baseUrl, 'staff');
    await receiver.login(r.hsaId);
    const c = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
    });
    caregiver = new Browser(h.baseUrl, 'staff');
    await caregiver.login(c.hsaId);
  });

  const logRows = () =>
    h.prisma.accessLogEntry.findMany({
      where: { action: 'READ_ATTACHMENT', caseId },
      select: { staffMemberId: true, role: true, clinicId: true, patientPersonId: true },
    });

  it('gives the case’s citizen the file, as an attachment of its detected type', async () => {
    const response = await anna.request(`/api/citizen/attachments/${pdf.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      "attachment; filename*=UTF-8''L%C3%A4karintyg%20%28kopia%29.pdf",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('gives the draft’s sender their draft’s file', async () => {
    const response = await anna.request(`/api/citizen/attachments/${draftFile.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  it('answers 404 until the current terms are accepted, as GraphQL refuses', async () => {
    const accepted = await h.prisma.termsAcceptance.findMany({ where: { actorId: annaId } });
    await h.prisma.termsAcceptance.deleteMany({ where: { actorId: annaId } });
    try {
      const refused = await anna.request(`/api/citizen/attachments/${pdf.id}`);
      expect(refused.status).toBe(404);
      expect(await refused.text()).toBe('Not found');
    } finally {
      await h.prisma.termsAcceptance.createMany({ data: accepted });
    }
    expect((await anna.request(`/api/citizen/attachments/${pdf.id}`)).status).toBe(200);
  });

  it('answers 404 to another citizen, to no session, to a bad id and across surfaces', async () => {
    const anonymous = new Browser(h.baseUrl, 'citizen');
    for (const [browser, path] of [
      [other, `/api/citizen/attachments/${pdf.id}`],
      [other, `/api/citizen/attachments/${draftFile.id}`],
      [anonymous, `/api/citizen/attachments/${pdf.id}`],
      [anna, `/api/citizen/attachments/${randomUUID()}`],
      [anna, '/api/citizen/attachments/not-a-uuid'],
      [anna, `/api/staff/attachments/${pdf.id}`],
      [receiver, `/api/citizen/attachments/${pdf.id}`],
      [receiver, `/api/staff/attachments/${draftFile.id}`],
    ] as const) {
      const response = await browser.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
  });

  it('gives the receiver the file and logs READ_ATTACHMENT', async () => {
    const before = (await logRows()).length;
    const response = await receiver.request(`/api/staff/attachments/${pdf.id}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    const rows = await logRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toEqual({
      staffMemberId: receiverId,
      role: 'CASE_RECEIVER',
      clinicId: clinic.id,
      patientPersonId: annaId,
    });
  });

  it('answers 404 to a caregiver the case is not assigned to, and logs nothing', async () => {
    const before = (await logRows()).length;
    const response = await caregiver.request(`/api/staff/attachments/${pdf.id}`);
    expect(response.status).toBe(404);
    expect(await logRows()).toHaveLength(before);
  });
});
