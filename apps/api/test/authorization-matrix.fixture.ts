// The world the authorization matrix runs in: one case at clinic X, the people around it, each
// logged in once, and factories for fresh cases, drafts and custom types so that every mutation
// cell works on its own record and no cell depends on another's order. The guardian variants
// work on cases a guardian sent for a child in proxy mode, through the API.
import { createHash, randomUUID } from 'node:crypto';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, type Harness } from './harness.ts';
import {
  CASE_STAFF,
  isCitizenActor,
  STAFF_ACTORS,
  STAFF_WORKPLACES,
  type ActorName,
  type CitizenActorName,
  type StaffActorName,
} from './authorization-matrix.actors.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

export {
  ACTORS,
  CITIZEN_ACTORS,
  isCitizenActor,
  isStaffActor,
  STAFF_ACTORS,
  type ActorName,
  type CitizenActorName,
  type StaffActorName,
} from './authorization-matrix.actors.ts';

/** The sessions in proxy mode for C; every other citizen session acts for itself. */
const ACTING_FOR_C: readonly CitizenActorName[] = ['guardianActing', 'otherGuardianActing'];
/**
 * The sessions that were in proxy mode when the register or the calendar changed under them
 * (the 13th birthday passed, protection appeared). Before each of their cells the session is
 * put back in proxy mode, with the link active, so that every cell meets the check again.
 */
const FALLING_BACK: readonly CitizenActorName[] = [
  'guardianOfThirteen',
  'protectedGuardian',
  'protectedChild',
];

/** Who may act for whom around an actor, to tell whether a refused call granted anything. */
export type ProxyState = {
  /** The actor's active links (as guardian) and whom their sessions act for. */
  granted: string[];
  /** Other guardians' active links to the actor's child: nobody else's may change. */
  others: string[];
};

/** A 1×1 PNG: the smallest file the attachment rules accept. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const PRESCRIPTION_ANSWERS = {
  medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }],
};

type FreshCaseOptions = {
  status?: 'ASSIGNED' | 'ANSWERED' | 'WAITING_FOR_CITIZEN';
};

/**
 * What an actor's citizen cells work on: the adult case and draft for the owner, a stranger,
 * staff and anonymous; for a guardian variant, the case a guardian sent for the child in proxy
 * mode and a draft for the child. The other guardian's draft is one they wrote themselves, so
 * the cell asks about proxy mode, not about whose pen it was.
 */
export type Target = {
  /** The case subject: the adult owner, or the child. */
  subjectId: string;
  /** Who wrote the target draft (and the fresh ones): the subject, or a guardian. */
  senderId: string;
  caseId: string;
  draftId: string;
  /** A file on the case. */
  attachmentId: string;
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
  /** People of the guardian variants: C's two guardians, and the children. */
  people: {
    guardian: string;
    otherGuardian: string;
    child: { id: string; identityNumber: string };
  };
  staff: Record<StaffActorName, { id: string; assignmentId: string }>;
  /** Records that read-only cells share; no cell changes them. */
  shared: {
    caseId: string;
    draftId: string;
    caseAttachmentId: string;
    caseAttachmentBytes: Buffer;
    customCaseTypeId: string;
    /** receiverHere's support report, with the tiny PNG as its screenshot. */
    supportReportId: string;
  };
  /** The records the actor's citizen cells are about (see Target). */
  target(actor: ActorName): Target;
  /** The person the actor is logged in as (null for staff and anonymous). */
  personOf(actor: ActorName): string | null;
  /** The child the actor is, was or pretends to be a guardian of, with its personnummer. */
  childOf(actor: ActorName): { id: string; identityNumber: string };
  /** Each actor's browser, logged in once; anonymous has an empty cookie jar. */
  browser(actor: ActorName, surface: 'citizen' | 'staff'): Browser;
  /** A new case like the shared one: at X, assigned now, a partial answer by the former caregiver. */
  freshCase(options?: FreshCaseOptions): Promise<FreshCase>;
  /** The same, about the actor's target subject (a child case is sent by its guardian). */
  freshCaseFor(actor: ActorName, options?: FreshCaseOptions): Promise<FreshCase>;
  /** A new draft of the owner's, or of the actor's target (sender and subject). */
  freshDraft(actor?: ActorName): Promise<{ id: string; revision: number }>;
  /** A new draft with one file; answers the file's id. */
  freshDraftAttachment(actor?: ActorName): Promise<string>;
  /** A new child under 13 of the actor's person, with custody and an active proxy link. */
  freshLinkedChild(actor: ActorName): Promise<string>;
  /** A new custom case type of clinic X with a draft version, made by its administrator. */
  freshCustomCaseType(): Promise<string>;
  /** What a refused mutation must leave unchanged. */
  caseSnapshot(caseId: string): Promise<unknown>;
  /** The proxy state around the actor (see ProxyState). */
  proxyState(actor: ActorName): Promise<ProxyState>;
  /**
   * Before each cell: a falling-back session (FALLING_BACK) is in proxy mode for its child
   * again, its link active, as when the birthday or the protection came.
   */
  prepare(actor: ActorName): Promise<void>;
  /** Puts the actor's session back in the mode the table assumes (after actForChild and stop). */
  resetMode(actor: ActorName): Promise<void>;
  clinicSettingsRevision(): Promise<number>;
};

export type FreshCase = { id: string; revision: number; messageId: string };

const SHARED_SENT_AT = new Date('2026-11-24T08:00:00Z');
const FRESH_SENT_AT = new Date('2025-06-01T08:00:00Z');
/** 23:50 in Stockholm the evening before T's 13th birthday: the guardian still acts for T. */
const EVE_OF_THIRTEEN = new Date('2026-11-24T22:50:00Z');
/** 00:05 in Stockholm on the birthday: the matrix runs from here on. */
const MATRIX_NOW = new Date('2026-11-24T23:05:00Z');

const ACT = 'mutation($id: ID!) { actForChild(personId: $id) { actingFor { personId } } }';
const STOP = 'mutation { stopActingForChild { id } }';
const ADD_CHILD =
  'mutation($input: AddProxyChildInput!) { addProxyChild(input: $input) { personId } }';

/** Fails the fixture with what the API said, when a setup call is refused. */
function must<T>(
  what: string,
  result: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] },
): T {
  if (result.errors?.length || !result.data)
    throw new Error(`fixture: ${what} failed ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function createMatrixFixture(h: Harness): Promise<Fixture> {
  const { prisma } = h;
  h.clock.freeze(EVE_OF_THIRTEEN);
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
  // The families (every birth date differs, so every personnummer does).
  const guardian = await createPerson(prisma, { birthDate: '1984-05-05' });
  const otherGuardian = await createPerson(prisma, { birthDate: '1985-06-06', male: true });
  const child = await createPerson(prisma, { birthDate: '2019-07-07' });
  const thirteenGuardian = await createPerson(prisma, { birthDate: '1980-08-08' });
  const teen = await createPerson(prisma, { birthDate: '2013-11-25' });
  const nonGuardian = await createPerson(prisma, { birthDate: '1979-12-12' });
  const protectedGuardian = await createPerson(prisma, { birthDate: '1981-09-09' });
  const childOfProtected = await createPerson(prisma, { birthDate: '2018-10-10' });
  const guardianOfProtected = await createPerson(prisma, { birthDate: '1982-01-12' });
  const protectedChild = await createPerson(prisma, { birthDate: '2017-02-13' });
  async function custody(guardianId: string, childId: string, kind: 'JOINT' | 'SOLE' = 'JOINT') {
    await prisma.guardianship.create({
      data: {
        id: randomUUID(),
        guardianId,
        childId,
        custody: kind,
        validFrom: new Date('2010-01-01T00:00:00Z'),
        validTo: null,
      },
    });
  }
  await custody(guardian.id, child.id);
  await custody(otherGuardian.id, child.id);
  await custody(thirteenGuardian.id, teen.id, 'SOLE');
  await custody(protectedGuardian.id, childOfProtected.id, 'SOLE');
  await custody(guardianOfProtected.id, protectedChild.id, 'SOLE');

  const browsers = new Map<ActorName, Browser>();
  async function citizenLogin(actor: CitizenActorName, identityNumber: string): Promise<Browser> {
    const b = new Browser(h.baseUrl, 'citizen');
    await b.login(identityNumber);
    must(`login of ${actor}`, await b.graphql('{ citizenMe { id } }'));
    browsers.set(actor, b);
    return b;
  }
  const png = Buffer.from(TINY_PNG_BASE64, 'base64');

  /** Adds the child, acts for it and sends a case with a file, all through the API. */
  async function sendForChild(
    b: Browser,
    childPerson: { id: string; identityNumber: string },
  ): Promise<{ caseId: string; attachmentId: string }> {
    must(
      'addProxyChild',
      await b.graphql(ADD_CHILD, { input: { personnummer: childPerson.identityNumber } }),
    );
    must('actForChild', await b.graphql(ACT, { id: childPerson.id }));
    const saved = must(
      'saveCaseDraft in proxy mode',
      await b.graphql<{ saveCaseDraft: { id: string } }>(
        'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }',
        {
          input: {
            clinicId: clinicX.id,
            caseTypeId: prescription.id,
            answers: PRESCRIPTION_ANSWERS,
          },
        },
      ),
    );
    const draftId = saved.saveCaseDraft.id;
    const attached = must(
      'addDraftAttachment in proxy mode',
      await b.graphql<{ addDraftAttachment: { id: string } }>(
        'mutation($input: AddDraftAttachmentInput!) { addDraftAttachment(input: $input) { id } }',
        { input: { draftId, fileName: 'barn.png', contentBase64: TINY_PNG_BASE64 } },
      ),
    );
    const sent = must(
      'submitCase in proxy mode',
      await b.graphql<{ submitCase: { caseId: string } }>(
        'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }',
        { input: { draftId, idempotencyKey: randomUUID() } },
      ),
    );
    return { caseId: sent.submitCase.caseId, attachmentId: attached.addDraftAttachment.id };
  }

  // The evening before T's 13th birthday: T's guardian acts for T and sends a case for T.
  const teenCase = await sendForChild(
    await citizenLogin('guardianOfThirteen', thirteenGuardian.identityNumber),
    teen,
  );
  // Two guardians act for their children and send cases; then protection appears.
  const protectedGuardianCase = await sendForChild(
    await citizenLogin('protectedGuardian', protectedGuardian.identityNumber),
    childOfProtected,
  );
  const protectedChildCase = await sendForChild(
    await citizenLogin('protectedChild', guardianOfProtected.identityNumber),
    protectedChild,
  );
  await prisma.person.updateMany({
    where: { id: { in: [protectedGuardian.id, protectedChild.id] } },
    data: { protectedIdentity: true },
  });
  // Midnight: from here on T is 13. These three sessions were in proxy mode as the clock turned;
  // each must fall back to its guardian at its next request (nothing has asked yet).
  h.clock.freeze(MATRIX_NOW);
  const stillActing = await prisma.session.count({
    where: {
      actorId: { in: [thirteenGuardian.id, protectedGuardian.id, guardianOfProtected.id] },
      actingForPersonId: { in: [teen.id, childOfProtected.id, protectedChild.id] },
      revokedAt: null,
    },
  });
  if (stillActing !== 3)
    throw new Error(`fixture: expected 3 sessions in proxy mode, found ${stillActing}`);

  // C's guardians: one sends C's case in proxy mode; the other has C on the list, in two sessions.
  const childCase = await sendForChild(
    await citizenLogin('guardianActing', guardian.identityNumber),
    child,
  );
  const otherGuardianSelf = await citizenLogin('otherGuardian', otherGuardian.identityNumber);
  must(
    'addProxyChild by the other guardian',
    await otherGuardianSelf.graphql(ADD_CHILD, { input: { personnummer: child.identityNumber } }),
  );
  must(
    'actForChild by the other guardian',
    await (
      await citizenLogin('otherGuardianActing', otherGuardian.identityNumber)
    ).graphql(ACT, { id: child.id }),
  );
  await citizenLogin('owningCitizen', owner.identityNumber);
  await citizenLogin('otherCitizen', other.identityNumber);
  await citizenLogin('nonGuardian', nonGuardian.identityNumber);

  const workplaceOf = { clinicX: clinicX.id, clinicY: clinicY.id };
  const members = {} as Record<StaffActorName, Awaited<ReturnType<typeof createStaff>>>;
  for (const actor of STAFF_ACTORS) {
    const { at, roles } = STAFF_WORKPLACES[actor];
    const place =
      at === 'national'
        ? {}
        : at === 'region'
          ? { regionId: region.id }
          : { clinicId: workplaceOf[at] };
    members[actor] = await createStaff(prisma, { assignments: [{ ...place, roles: [...roles] }] });
  }
  const staff = Object.fromEntries(
    Object.entries(members).map(([name, m]) => [
      name,
      { id: m.id, assignmentId: m.assignmentIds[0] ?? '' },
    ]),
  ) as Fixture['staff'];

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
    parties: { subjectId: string; senderId: string } = { subjectId: owner.id, senderId: owner.id },
  ): Promise<FreshCase> {
    const status = options.status ?? 'ASSIGNED';
    const made = await createCase(prisma, {
      clinicId: clinicX.id,
      caseTypeId,
      subjectPersonId: parties.subjectId,
      senderPersonId: parties.senderId,
      status,
      assignedStaffId: staff[CASE_STAFF.assignedTo].id,
      answers: caseTypeId === prescription.id ? PRESCRIPTION_ANSWERS : {},
      submittedAt: sentAt,
      staffMessages: [
        { staffId: staff[CASE_STAFF.formerlyAssignedAuthor].id, kind: 'PARTIAL_ANSWER' },
        ...(status === 'WAITING_FOR_CITIZEN'
          ? [{ staffId: staff[CASE_STAFF.assignedTo].id, kind: 'COUNTER_QUESTION' as const }]
          : status === 'ANSWERED'
            ? [{ staffId: staff[CASE_STAFF.assignedTo].id, kind: 'ANSWER' as const }]
            : []),
      ],
    });
    // The history behind it: the former caregiver held the case first, then handed it on.
    await prisma.caseAssignment.createMany({
      data: [
        {
          id: randomUUID(),
          caseId: made.id,
          staffMemberId: staff[CASE_STAFF.formerlyAssignedAuthor].id,
          assignedByStaffId: staff.receiverHere.id,
          assignedAt: new Date(sentAt.getTime() + 30_000),
          endedAt: new Date(sentAt.getTime() + 120_000),
        },
        {
          id: randomUUID(),
          caseId: made.id,
          staffMemberId: staff[CASE_STAFF.assignedTo].id,
          assignedByStaffId: staff.receiverHere.id,
          assignedAt: new Date(sentAt.getTime() + 120_000),
          endedAt: null,
        },
      ],
    });
    const row = await prisma.case.findUniqueOrThrow({
      where: { id: made.id },
      select: {
        revision: true,
        messages: { select: { id: true }, orderBy: { createdAt: 'asc' }, take: 1 },
      },
    });
    return { id: made.id, revision: row.revision, messageId: row.messages[0]?.id ?? '' };
  }

  const prescriptionVersion = await prisma.caseTypeVersion.findFirstOrThrow({
    where: { caseTypeId: prescription.id, status: 'PUBLISHED' },
    select: { id: true },
  });
  async function makeDraft(parties: {
    subjectId: string;
    senderId: string;
  }): Promise<{ id: string; revision: number }> {
    const id = randomUUID();
    const row = await prisma.caseDraft.create({
      data: {
        id,
        clinicId: clinicX.id,
        caseTypeVersionId: prescriptionVersion.id,
        subjectPersonId: parties.subjectId,
        senderPersonId: parties.senderId,
        answers: PRESCRIPTION_ANSWERS,
        createdAt: h.clock.now(),
        updatedAt: h.clock.now(),
      },
      select: { id: true, revision: true },
    });
    return row;
  }

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

  /** A support report of receiverHere's at clinic X, its screenshot the tiny PNG. */
  async function supportReportWithScreenshot(): Promise<string> {
    const id = randomUUID();
    await prisma.supportReport.create({
      data: {
        id,
        reporterStaffId: staff.receiverHere.id,
        reporterAssignmentId: staff.receiverHere.assignmentId,
        reporterWorkplace: 'Matrisens vårdcentral',
        summary: 'Delat fel',
        description: 'Matrisens delade felrapport.',
        area: 'OTHER',
        occurredAt: h.clock.now(),
        severity: 'NORMAL',
        status: 'NEW',
        createdAt: h.clock.now(),
        updatedAt: h.clock.now(),
        screenshot: {
          create: {
            fileName: 'skarm.png',
            mediaType: 'image/png',
            sizeBytes: png.byteLength,
            sha256: createHash('sha256').update(png).digest('hex'),
            content: new Uint8Array(png),
            createdAt: h.clock.now(),
          },
        },
      },
    });
    return id;
  }

  const sharedCase = await makeCase(prescription.id, SHARED_SENT_AT);
  const ownerParties = { subjectId: owner.id, senderId: owner.id };
  const sharedDraft = await makeDraft(ownerParties);
  await attachFile({ draftId: sharedDraft.id });
  const shared = {
    caseId: sharedCase.id,
    draftId: sharedDraft.id,
    caseAttachmentId: await attachFile({ caseId: sharedCase.id }),
    caseAttachmentBytes: png,
    customCaseTypeId: await freshCustomCaseType(),
    supportReportId: await supportReportWithScreenshot(),
  };

  /** A target: the subject's case as sent, and a draft of the sender's about the subject. */
  async function targetOf(
    parties: { subjectId: string; senderId: string },
    sent: { caseId: string; attachmentId: string },
  ): Promise<Target> {
    const draft = await makeDraft(parties);
    await attachFile({ draftId: draft.id });
    return { ...parties, caseId: sent.caseId, draftId: draft.id, attachmentId: sent.attachmentId };
  }
  const adultTarget: Target = {
    ...ownerParties,
    caseId: shared.caseId,
    draftId: shared.draftId,
    attachmentId: shared.caseAttachmentId,
  };
  const childByGuardian = await targetOf({ subjectId: child.id, senderId: guardian.id }, childCase);
  const childByOtherGuardian = await targetOf(
    { subjectId: child.id, senderId: otherGuardian.id },
    childCase,
  );
  const targets: Partial<Record<ActorName, Target>> = {
    guardianActing: childByGuardian,
    nonGuardian: childByGuardian,
    otherGuardian: childByOtherGuardian,
    otherGuardianActing: childByOtherGuardian,
    guardianOfThirteen: await targetOf(
      { subjectId: teen.id, senderId: thirteenGuardian.id },
      teenCase,
    ),
    protectedGuardian: await targetOf(
      { subjectId: childOfProtected.id, senderId: protectedGuardian.id },
      protectedGuardianCase,
    ),
    protectedChild: await targetOf(
      { subjectId: protectedChild.id, senderId: guardianOfProtected.id },
      protectedChildCase,
    ),
  };
  const target = (actor: ActorName): Target => targets[actor] ?? adultTarget;

  const persons: Record<CitizenActorName, string> = {
    owningCitizen: owner.id,
    otherCitizen: other.id,
    guardianActing: guardian.id,
    otherGuardian: otherGuardian.id,
    otherGuardianActing: otherGuardian.id,
    guardianOfThirteen: thirteenGuardian.id,
    nonGuardian: nonGuardian.id,
    protectedGuardian: protectedGuardian.id,
    protectedChild: guardianOfProtected.id,
  };
  const personOf = (actor: ActorName): string | null =>
    isCitizenActor(actor) ? persons[actor] : null;
  const childOf = (actor: ActorName): { id: string; identityNumber: string } =>
    actor === 'guardianOfThirteen'
      ? teen
      : actor === 'protectedGuardian'
        ? childOfProtected
        : actor === 'protectedChild'
          ? protectedChild
          : child;

  const browser = (actor: ActorName, surface: 'citizen' | 'staff'): Browser => {
    const b = browsers.get(actor);
    if (!b) throw new Error(`fixture: no browser for ${actor}`);
    return b.withSurface(surface);
  };

  let freshChildren = 0;

  return {
    harness: h,
    regionId: region.id,
    clinicX: clinicX.id,
    clinicY: clinicY.id,
    prescriptionTypeId: prescription.id,
    freshCaseTypeId: nurse.id,
    owner: { personId: owner.id },
    people: { guardian: guardian.id, otherGuardian: otherGuardian.id, child },
    staff,
    shared,
    target,
    personOf,
    childOf,
    browser,
    freshCase: (options) => makeCase(nurse.id, FRESH_SENT_AT, options),
    freshCaseFor: (actor, options) => makeCase(nurse.id, FRESH_SENT_AT, options, target(actor)),
    freshDraft: (actor) => makeDraft(actor ? target(actor) : ownerParties),
    async freshDraftAttachment(actor) {
      return attachFile({ draftId: (await makeDraft(actor ? target(actor) : ownerParties)).id });
    },
    async freshLinkedChild(actor) {
      const guardianId = personOf(actor);
      if (!guardianId) throw new Error(`fixture: ${actor} is not a citizen`);
      freshChildren += 1;
      const born = new Date(Date.UTC(2020, 0, freshChildren)).toISOString().slice(0, 10);
      const fresh = await createPerson(prisma, { birthDate: born });
      await custody(guardianId, fresh.id);
      await prisma.proxyLink.create({
        data: {
          id: randomUUID(),
          guardianPersonId: guardianId,
          childPersonId: fresh.id,
          createdAt: h.clock.now(),
        },
      });
      return fresh.id;
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
    async proxyState(actor) {
      const personId = personOf(actor);
      const childId = childOf(actor).id;
      const [sessions, links] = await Promise.all([
        personId
          ? prisma.session.findMany({
              where: { actorId: personId, revokedAt: null, actingForPersonId: { not: null } },
              select: { id: true, actingForPersonId: true },
            })
          : [],
        prisma.proxyLink.findMany({
          where: {
            endedAt: null,
            OR: [...(personId ? [{ guardianPersonId: personId }] : []), { childPersonId: childId }],
          },
          select: { id: true, guardianPersonId: true },
        }),
      ]);
      return {
        granted: [
          ...links.filter((l) => l.guardianPersonId === personId).map((l) => `link ${l.id}`),
          ...sessions.map((x) => `session ${x.id} acts for ${String(x.actingForPersonId)}`),
        ].sort(),
        others: links
          .filter((l) => l.guardianPersonId !== personId)
          .map((l) => l.id)
          .sort(),
      };
    },
    async prepare(actor) {
      if (!isCitizenActor(actor) || !FALLING_BACK.includes(actor)) return;
      const guardianId = persons[actor];
      const childId = childOf(actor).id;
      await prisma.session.updateMany({
        where: { actorId: guardianId, revokedAt: null },
        data: { actingForPersonId: childId },
      });
      await prisma.proxyLink.updateMany({
        where: { guardianPersonId: guardianId, childPersonId: childId },
        data: { endedAt: null, endedReason: null },
      });
    },
    async resetMode(actor) {
      if (!isCitizenActor(actor)) return;
      const b = browser(actor, 'citizen');
      if (ACTING_FOR_C.includes(actor))
        must(`actForChild again for ${actor}`, await b.graphql(ACT, { id: child.id }));
      else must(`stopActingForChild for ${actor}`, await b.graphql(STOP));
    },
    async clinicSettingsRevision() {
      const row = await prisma.clinicCaseType.findFirstOrThrow({
        where: { clinicId: clinicX.id, caseTypeId: prescription.id },
        select: { revision: true },
      });
      return row.revision;
    },
  };
}
