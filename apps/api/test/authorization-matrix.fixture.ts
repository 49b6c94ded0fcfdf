// The world the authorization matrix runs in: one case at clinic X, the people around it, each
// logged in once, and factories for fresh cases, drafts and custom types so that every mutation
// cell works on its own record and no cell depends on another's order.
import { createHash, randomUUID } from 'node:crypto';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

/** The actor variants of the matrix (the ten, and a region administrator). */
export const ACTORS = [
  'owningCitizen',
  'otherCitizen',
  'receiverHere',
  'receiverElsewhere',
  'assignedCaregiver',
  'formerCaregiver',
  'otherCaregiver',
  'clinicAdmin',
  'auditor',
  'anonymous',
  'regionAdmin',
] as const;
export type ActorName = (typeof ACTORS)[number];
export type StaffActorName = Exclude<ActorName, 'owningCitizen' | 'otherCitizen' | 'anonymous'>;

export const STAFF_ACTORS = [
  'receiverHere',
  'receiverElsewhere',
  'assignedCaregiver',
  'formerCaregiver',
  'otherCaregiver',
  'clinicAdmin',
  'auditor',
  'regionAdmin',
] as const satisfies readonly StaffActorName[];

export const isStaffActor = (actor: ActorName): actor is StaffActorName =>
  (STAFF_ACTORS as readonly string[]).includes(actor);

/** A 1×1 PNG: the smallest file the attachment rules accept. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const PRESCRIPTION_ANSWERS = {
  medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }],
};

type FreshCaseOptions = {
  status?: 'ASSIGNED' | 'ANSWERED' | 'WAITING_FOR_CITIZEN';
};

export type Fixture = {
  harness: Harness;
  regionId: string;
  clinicX: string;
  clinicY: string;
  /** RENEW_PRESCRIPTION at X, attachments allowed: the shared case, drafts. */
  prescriptionTypeId: string;
  /** ASK_NURSE at X: the fresh cases of mutation cells, kept out of the shared case's lists. */
  freshCaseTypeId: string;
  owner: { personId: string };
  staff: Record<StaffActorName, { id: string; assignmentId: string }>;
  /** Records that read-only cells share; no cell changes them. */
  shared: {
    caseId: string;
    draftId: string;
    caseAttachmentId: string;
    caseAttachmentBytes: Buffer;
    customCaseTypeId: string;
  };
  /** Each actor's browser, logged in once; anonymous has an empty cookie jar. */
  browser(actor: ActorName, surface: 'citizen' | 'staff'): Browser;
  /** A new case like the shared one: at X, assigned now, a partial answer by the former caregiver. */
  freshCase(options?: FreshCaseOptions): Promise<{ id: string; revision: number }>;
  freshDraft(): Promise<{ id: string; revision: number }>;
  /** A new draft of the owner's with one file; answers the file's id. */
  freshDraftAttachment(): Promise<string>;
  /** A new custom case type of clinic X with a draft version, made by its administrator. */
  freshCustomCaseType(): Promise<string>;
  /** What a refused mutation must leave unchanged. */
  caseSnapshot(caseId: string): Promise<unknown>;
  clinicSettingsRevision(): Promise<number>;
};

const SHARED_SENT_AT = new Date('2026-11-24T08:00:00Z');
const FRESH_SENT_AT = new Date('2025-06-01T08:00:00Z');

export async function createMatrixFixture(h: Harness): Promise<Fixture> {
  const { prisma } = h;
  const region = await createRegion(prisma, 'Region Matris');
  const clinicX = await createClinic(prisma, region.id, 'Matrisens vårdcentral');
  const clinicY = await createClinic(prisma, region.id, 'Grannens vårdcentral');
  const prescription = await createActivatedCaseType(prisma, {
    regionId: region.id,
    clinicId: clinicX.id,
    nameSv: 'Förnya recept',
    kind: 'RENEW_PRESCRIPTION',
    definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
    options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
  });
  await prisma.clinicCaseType.updateMany({
    where: { clinicId: clinicX.id, caseTypeId: prescription.id },
    data: { attachmentsAllowed: true },
  });
  const nurse = await createActivatedCaseType(prisma, {
    regionId: region.id,
    clinicId: clinicX.id,
    nameSv: 'Fråga sjuksköterskan',
    kind: 'ASK_NURSE',
    definition: NATIONAL_CASE_TYPES.ASK_NURSE.definition,
    options: NATIONAL_CASE_TYPES.ASK_NURSE.defaultClinicOptions,
  });
  // Clinic Y offers the same kind of service, so its receiver has a queue of their own.
  await createActivatedCaseType(prisma, {
    regionId: region.id,
    clinicId: clinicY.id,
    nameSv: 'Fråga sjuksköterskan (Y)',
    kind: 'ASK_NURSE',
    definition: NATIONAL_CASE_TYPES.ASK_NURSE.definition,
  });
  await prisma.standardAnswer.create({
    data: {
      id: randomUUID(),
      clinicId: clinicX.id,
      caseTypeId: null,
      titleSv: 'Återkommer',
      textSv: 'Vi återkommer inom två dagar.',
      createdAt: FRESH_SENT_AT,
    },
  });

  const owner = await createPerson(prisma, { birthDate: '1975-03-03' });
  const other = await createPerson(prisma, { birthDate: '1976-04-04' });

  const at = (clinicId: string, role: 'CASE_RECEIVER' | 'CAREGIVER' | 'CLINIC_ADMIN' | 'AUDITOR') =>
    createStaff(prisma, { assignments: [{ clinicId, roles: [role] }] });
  const members = {
    receiverHere: await at(clinicX.id, 'CASE_RECEIVER'),
    receiverElsewhere: await at(clinicY.id, 'CASE_RECEIVER'),
    assignedCaregiver: await at(clinicX.id, 'CAREGIVER'),
    formerCaregiver: await at(clinicX.id, 'CAREGIVER'),
    otherCaregiver: await at(clinicX.id, 'CAREGIVER'),
    clinicAdmin: await at(clinicX.id, 'CLINIC_ADMIN'),
    auditor: await at(clinicX.id, 'AUDITOR'),
    regionAdmin: await createStaff(prisma, {
      assignments: [{ regionId: region.id, roles: ['REGION_ADMIN'] }],
    }),
  } satisfies Record<StaffActorName, unknown>;
  const staff = Object.fromEntries(
    Object.entries(members).map(([name, m]) => [
      name,
      { id: m.id, assignmentId: m.assignmentIds[0] ?? '' },
    ]),
  ) as Fixture['staff'];

  const browsers = new Map<ActorName, Browser>();
  for (const [actor, subject] of [
    ['owningCitizen', owner.identityNumber],
    ['otherCitizen', other.identityNumber],
  ] as const) {
    const b = new Browser(h.baseUrl, 'citizen');
    await b.login(subject);
    browsers.set(actor, b);
  }
  for (const actor of STAFF_ACTORS) {
    const b = new Browser(h.baseUrl, 'staff');
    await b.login(members[actor].hsaId);
    browsers.set(actor, b);
  }
  browsers.set('anonymous', new Browser(h.baseUrl, 'citizen'));

  async function makeCase(
    caseTypeId: string,
    sentAt: Date,
    options: FreshCaseOptions = {},
  ): Promise<{ id: string; revision: number }> {
    const status = options.status ?? 'ASSIGNED';
    const made = await createCase(prisma, {
      clinicId: clinicX.id,
      caseTypeId,
      subjectPersonId: owner.id,
      status,
      assignedStaffId: staff.assignedCaregiver.id,
      answers: caseTypeId === prescription.id ? PRESCRIPTION_ANSWERS : {},
      submittedAt: sentAt,
      staffMessages: [
        { staffId: staff.formerCaregiver.id, kind: 'PARTIAL_ANSWER' },
        ...(status === 'WAITING_FOR_CITIZEN'
          ? [{ staffId: staff.assignedCaregiver.id, kind: 'COUNTER_QUESTION' as const }]
          : status === 'ANSWERED'
            ? [{ staffId: staff.assignedCaregiver.id, kind: 'ANSWER' as const }]
            : []),
      ],
    });
    // The history behind it: the former caregiver held the case first, then handed it on.
    await prisma.caseAssignment.createMany({
      data: [
        {
          id: randomUUID(),
          caseId: made.id,
          staffMemberId: staff.formerCaregiver.id,
          assignedByStaffId: staff.receiverHere.id,
          assignedAt: new Date(sentAt.getTime() + 30_000),
          endedAt: new Date(sentAt.getTime() + 120_000),
        },
        {
          id: randomUUID(),
          caseId: made.id,
          staffMemberId: staff.assignedCaregiver.id,
          assignedByStaffId: staff.receiverHere.id,
          assignedAt: new Date(sentAt.getTime() + 120_000),
          endedAt: null,
        },
      ],
    });
    const { revision } = await prisma.case.findUniqueOrThrow({
      where: { id: made.id },
      select: { revision: true },
    });
    return { id: made.id, revision };
  }

  const prescriptionVersion = await prisma.caseTypeVersion.findFirstOrThrow({
    where: { caseTypeId: prescription.id, status: 'PUBLISHED' },
    select: { id: true },
  });
  async function freshDraft(): Promise<{ id: string; revision: number }> {
    const id = randomUUID();
    const row = await prisma.caseDraft.create({
      data: {
        id,
        clinicId: clinicX.id,
        caseTypeVersionId: prescriptionVersion.id,
        subjectPersonId: owner.id,
        senderPersonId: owner.id,
        answers: PRESCRIPTION_ANSWERS,
        createdAt: h.clock.now(),
        updatedAt: h.clock.now(),
      },
      select: { id: true, revision: true },
    });
    return row;
  }

  const png = Buffer.from(TINY_PNG_BASE64, 'base64');
  async function attachFile(target: { caseId: string } | { draftId: string }): Promise<string> {
    const id = randomUUID();
    await prisma.attachment.create({
      data: {
        id,
        ...target,
        fileName: 'bild.png',
        mediaType: 'image/png',
        sizeBytes: png.length,
        sha256: createHash('sha256').update(png).digest('hex'),
        content: png,
        createdAt: h.clock.now(),
      },
    });
    return id;
  }

  const adminBrowser = browsers.get('clinicAdmin');
  async function freshCustomCaseType(): Promise<string> {
    if (!adminBrowser) throw new Error('fixture: the clinic administrator is not logged in');
    const made = await adminBrowser.graphql<{ createCustomCaseType: { id: string } }>(
      'mutation($input: CreateCustomCaseTypeInput!) { createCustomCaseType(input: $input) { id } }',
      { input: { nameSv: `Egen typ ${randomUUID().slice(0, 6)}` } },
    );
    const id = made.data?.createCustomCaseType.id;
    if (!id) throw new Error(`fixture: createCustomCaseType failed ${JSON.stringify(made.errors)}`);
    return id;
  }

  const sharedCase = await makeCase(prescription.id, SHARED_SENT_AT);
  const sharedDraft = await freshDraft();
  await attachFile({ draftId: sharedDraft.id });

  return {
    harness: h,
    regionId: region.id,
    clinicX: clinicX.id,
    clinicY: clinicY.id,
    prescriptionTypeId: prescription.id,
    freshCaseTypeId: nurse.id,
    owner: { personId: owner.id },
    staff,
    shared: {
      caseId: sharedCase.id,
      draftId: sharedDraft.id,
      caseAttachmentId: await attachFile({ caseId: sharedCase.id }),
      caseAttachmentBytes: png,
      customCaseTypeId: await freshCustomCaseType(),
    },
    browser(actor, surface) {
      const b = browsers.get(actor);
      if (!b) throw new Error(`fixture: no browser for ${actor}`);
      return b.withSurface(surface);
    },
    freshCase: (options) => makeCase(nurse.id, FRESH_SENT_AT, options),
    freshDraft,
    async freshDraftAttachment() {
      return attachFile({ draftId: (await freshDraft()).id });
    },
    freshCustomCaseType,
    caseSnapshot: (caseId) =>
      prisma.case.findUniqueOrThrow({
        where: { id: caseId },
        select: {
          status: true,
          revision: true,
          assignedStaffId: true,
          archivedAt: true,
          closedAt: true,
          lastEventAt: true,
          messages: {
            select: { id: true, readAt: true, archivedAt: true },
            orderBy: { id: 'asc' },
          },
          notes: { select: { id: true } },
          events: { select: { id: true } },
          assignments: { select: { id: true, endedAt: true }, orderBy: { id: 'asc' } },
        },
      }),
    async clinicSettingsRevision() {
      const row = await prisma.clinicCaseType.findFirstOrThrow({
        where: { clinicId: clinicX.id, caseTypeId: prescription.id },
        select: { revision: true },
      });
      return row.revision;
    },
  };
}
