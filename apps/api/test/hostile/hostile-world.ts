// The world the hostile suite attacks: a victim whose records carry secret markers, and the
// actors who attack them, each logged in once through the test identity provider as a browser
// would be: a citizen, a guardian in proxy mode for a child, a case receiver, a caregiver and a
// clinic administrator (all at clinic X), and anonymous callers. The victim's case is at clinic
// Y, where none of the staff actors works, and the victim's draft at X is never staff's to see:
// no actor may ever see a marker. The ids of every record (the actors' own and the victim's)
// feed the generator, so generated operations reach past NOT_FOUND into the resolvers.
import { randomUUID } from 'node:crypto';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, type Harness } from '../harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from '../factories.ts';

/** Texts planted in the victim's records; any of them in an actor's answer is a leak. */
export const VICTIM_MARKERS = {
  givenName: 'zqxVictimGivenQ4',
  familyName: 'zqxVictimFamilyQ4',
  draftAnswer: 'zqxVictimDraftQ4',
  caseAnswer: 'zqxVictimCaseQ4',
  fileName: 'zqxVictimFileQ4',
  staffMessage: 'zqxVictimMessageQ4',
} as const;

export const ACTOR_NAMES = [
  'anonymous',
  'citizen',
  'guardian',
  'receiver',
  'caregiver',
  'clinicAdmin',
] as const;
export type ActorName = (typeof ACTOR_NAMES)[number];

export type HostileWorld = {
  /** The actors' clinic and its prescription type. */
  clinicX: string;
  caseTypeX: string;
  browsers: Record<Exclude<ActorName, 'anonymous'>, Browser>;
  surfaceOf(actor: ActorName): 'citizen' | 'staff' | 'either';
  /** Every id of the world: records of the actors, the victim's, clinics, types, people. */
  ids: string[];
  victim: {
    personId: string;
    identityNumber: string;
    caseId: string;
    draftId: string;
    attachmentId: string;
    messageCaseId: string;
    messageId: string;
    browser: Browser;
  };
  /** Everything no actor may see: the markers and the victim's personnummer. */
  secrets: string[];
  /** The victim's records as they are now, to show no actor changed them. */
  victimSnapshot(): Promise<unknown>;
};

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

type GraphqlAnswer<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

function must<T>(what: string, answer: GraphqlAnswer<T>): T {
  if (answer.errors?.length || !answer.data)
    throw new Error(`hostile world: ${what} failed ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** A browser logged in as the SPA leaves it: the current terms accepted (Browser.login). */
async function session(
  h: Harness,
  surface: 'citizen' | 'staff',
  subject: string,
): Promise<Browser> {
  const b = new Browser(h.baseUrl, surface);
  await b.login(subject);
  return b;
}

/** Saves a draft, adds a file and sends it, all through the API; answers the ids. */
async function sendCase(
  b: Browser,
  input: { clinicId: string; caseTypeId: string; answer: string; fileName: string },
): Promise<{ caseId: string; attachmentId: string }> {
  const saved = must(
    'saveCaseDraft',
    await b.graphql<{ saveCaseDraft: { id: string } }>(
      'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }',
      {
        input: {
          clinicId: input.clinicId,
          caseTypeId: input.caseTypeId,
          answers: { medicines: [{ name: input.answer, strength: '50 mikrogram' }] },
        },
      },
    ),
  );
  const attached = must(
    'addDraftAttachment',
    await b.graphql<{ addDraftAttachment: { id: string } }>(
      'mutation($input: AddDraftAttachmentInput!) { addDraftAttachment(input: $input) { id } }',
      {
        input: {
          draftId: saved.saveCaseDraft.id,
          fileName: `${input.fileName}.png`,
          contentBase64: PNG_BASE64,
        },
      },
    ),
  );
  const sent = must(
    'submitCase',
    await b.graphql<{ submitCase: { caseId: string } }>(
      'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }',
      { input: { draftId: saved.saveCaseDraft.id, idempotencyKey: randomUUID() } },
    ),
  );
  return { caseId: sent.submitCase.caseId, attachmentId: attached.addDraftAttachment.id };
}

export async function createHostileWorld(h: Harness): Promise<HostileWorld> {
  const { prisma } = h;
  const region = await createRegion(prisma, 'Region Fientlig');
  const clinicX = await createClinic(prisma, region.id, 'Angriparnas vårdcentral');
  const clinicY = await createClinic(prisma, region.id, 'Offrets vårdcentral');
  const prescription = (clinicId: string, nameSv: string) =>
    createActivatedCaseType(prisma, {
      regionId: region.id,
      clinicId,
      nameSv,
      kind: 'RENEW_PRESCRIPTION',
      definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
      options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
    });
  const typeX = await prescription(clinicX.id, 'Förnya recept X');
  const typeY = await prescription(clinicY.id, 'Förnya recept Y');
  await prisma.clinicCaseType.updateMany({ data: { attachmentsAllowed: true } });

  const victimPerson = await createPerson(prisma, {
    birthDate: '1970-01-02',
    givenName: VICTIM_MARKERS.givenName,
    familyName: VICTIM_MARKERS.familyName,
  });
  const citizenPerson = await createPerson(prisma, { birthDate: '1971-02-03' });
  const guardianPerson = await createPerson(prisma, { birthDate: '1983-04-05' });
  const child = await createPerson(prisma, { birthDate: '2018-06-07' });
  await prisma.guardianship.create({
    data: {
      id: randomUUID(),
      guardianId: guardianPerson.id,
      childId: child.id,
      custody: 'SOLE',
      validFrom: new Date('2018-06-07T00:00:00Z'),
      validTo: null,
    },
  });

  // The victim: a case with a file at Y, a draft at X, a staff message at Y, through the API.
  const victimBrowser = await session(h, 'citizen', victimPerson.identityNumber);
  const victimCase = await sendCase(victimBrowser, {
    clinicId: clinicY.id,
    caseTypeId: typeY.id,
    answer: VICTIM_MARKERS.caseAnswer,
    fileName: VICTIM_MARKERS.fileName,
  });
  const victimDraft = must(
    'the victim draft',
    await victimBrowser.graphql<{ saveCaseDraft: { id: string } }>(
      'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }',
      {
        input: {
          clinicId: clinicX.id,
          caseTypeId: typeX.id,
          answers: { medicines: [{ name: VICTIM_MARKERS.draftAnswer, strength: '1 mg' }] },
        },
      },
    ),
  ).saveCaseDraft.id;
  const staffY = await createStaff(prisma, {
    assignments: [{ clinicId: clinicY.id, roles: ['CAREGIVER'] }],
  });
  const messageCase = await createCase(prisma, {
    clinicId: clinicY.id,
    caseTypeId: typeY.id,
    subjectPersonId: victimPerson.id,
    status: 'WAITING_FOR_CITIZEN',
    assignedStaffId: staffY.id,
    answers: { medicines: [{ name: VICTIM_MARKERS.caseAnswer, strength: '2 mg' }] },
    staffMessages: [
      { staffId: staffY.id, kind: 'COUNTER_QUESTION', text: VICTIM_MARKERS.staffMessage },
    ],
  });
  const victimMessage = await prisma.caseMessage.findFirstOrThrow({
    where: { caseId: messageCase.id },
    select: { id: true },
  });

  // The attackers, each with records of their own.
  const citizen = await session(h, 'citizen', citizenPerson.identityNumber);
  const citizenCase = await sendCase(citizen, {
    clinicId: clinicX.id,
    caseTypeId: typeX.id,
    answer: 'Levaxin',
    fileName: 'recept',
  });
  const guardian = await session(h, 'citizen', guardianPerson.identityNumber);
  must(
    'addProxyChild',
    await guardian.graphql(
      'mutation($input: AddProxyChildInput!) { addProxyChild(input: $input) { personId } }',
      { input: { personnummer: child.identityNumber } },
    ),
  );
  must(
    'actForChild',
    await guardian.graphql('mutation($id: ID!) { actForChild(personId: $id) { id } }', {
      id: child.id,
    }),
  );
  const childCase = await sendCase(guardian, {
    clinicId: clinicX.id,
    caseTypeId: typeX.id,
    answer: 'Alvedon',
    fileName: 'barn',
  });
  const at = (role: 'CASE_RECEIVER' | 'CAREGIVER' | 'CLINIC_ADMIN') =>
    createStaff(prisma, { assignments: [{ clinicId: clinicX.id, roles: [role] }] });
  const receiverStaff = await at('CASE_RECEIVER');
  const caregiverStaff = await at('CAREGIVER');
  const adminStaff = await at('CLINIC_ADMIN');
  const assignedCase = await createCase(prisma, {
    clinicId: clinicX.id,
    caseTypeId: typeX.id,
    subjectPersonId: citizenPerson.id,
    status: 'ASSIGNED',
    assignedStaffId: caregiverStaff.id,
    answers: { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] },
    staffMessages: [{ staffId: caregiverStaff.id, kind: 'PARTIAL_ANSWER' }],
  });
  const browsers = {
    citizen,
    guardian,
    receiver: await session(h, 'staff', receiverStaff.hsaId),
    caregiver: await session(h, 'staff', caregiverStaff.hsaId),
    clinicAdmin: await session(h, 'staff', adminStaff.hsaId),
  };
  const customType = must(
    'createCustomCaseType',
    await browsers.clinicAdmin.graphql<{ createCustomCaseType: { id: string } }>(
      'mutation($input: CreateCustomCaseTypeInput!) { createCustomCaseType(input: $input) { id } }',
      { input: { nameSv: 'Egen fientlig typ' } },
    ),
  ).createCustomCaseType.id;

  const messages = await prisma.caseMessage.findMany({ select: { id: true } });
  const drafts = await prisma.caseDraft.findMany({ select: { id: true } });
  const attachments = await prisma.attachment.findMany({ select: { id: true } });
  const ids = [
    region.id,
    clinicX.id,
    clinicY.id,
    typeX.id,
    typeY.id,
    customType,
    victimPerson.id,
    citizenPerson.id,
    guardianPerson.id,
    child.id,
    victimCase.caseId,
    victimDraft,
    messageCase.id,
    citizenCase.caseId,
    childCase.caseId,
    assignedCase.id,
    ...[receiverStaff, caregiverStaff, adminStaff, staffY].flatMap((s) => [
      s.id,
      ...s.assignmentIds,
    ]),
    ...messages.map((m) => m.id),
    ...drafts.map((d) => d.id),
    ...attachments.map((a) => a.id),
  ];

  return {
    clinicX: clinicX.id,
    caseTypeX: typeX.id,
    browsers,
    surfaceOf: (actor) =>
      actor === 'anonymous'
        ? 'either'
        : actor === 'citizen' || actor === 'guardian'
          ? 'citizen'
          : 'staff',
    ids: [...new Set(ids)],
    victim: {
      personId: victimPerson.id,
      identityNumber: victimPerson.identityNumber,
      caseId: victimCase.caseId,
      draftId: victimDraft,
      attachmentId: victimCase.attachmentId,
      messageCaseId: messageCase.id,
      messageId: victimMessage.id,
      browser: victimBrowser,
    },
    secrets: [...Object.values(VICTIM_MARKERS), victimPerson.identityNumber],
    victimSnapshot: async () => ({
      cases: await prisma.case.findMany({
        where: { subjectPersonId: victimPerson.id },
        orderBy: { id: 'asc' },
        select: {
          id: true,
          status: true,
          revision: true,
          answers: true,
          assignedStaffId: true,
          archivedAt: true,
          closedAt: true,
          messages: {
            select: { id: true, readAt: true, archivedAt: true },
            orderBy: { id: 'asc' },
          },
          notes: { select: { id: true } },
          attachments: { select: { id: true, fileName: true } },
        },
      }),
      drafts: await prisma.caseDraft.findMany({
        where: { senderPersonId: victimPerson.id },
        orderBy: { id: 'asc' },
        select: { id: true, revision: true, answers: true, attachments: { select: { id: true } } },
      }),
      links: await prisma.proxyLink.findMany({
        where: { OR: [{ guardianPersonId: victimPerson.id }, { childPersonId: victimPerson.id }] },
        select: { id: true, endedAt: true },
      }),
    }),
  };
}
