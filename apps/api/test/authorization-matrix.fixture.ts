// The world the authorization matrix runs in: one case at clinic X, the people around it, each
// logged in once, and factories for fresh cases, drafts and custom types so that every mutation
// cell works on its own record and no cell depends on another's order. The guardian variants
// work on cases a guardian sent for a child in proxy mode, through the API.
import { randomUUID } from 'node:crypto';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, type Harness } from './harness.ts';
import {
  isCitizenActor,
  STAFF_ACTORS,
  STAFF_WORKPLACES,
  type ActorName,
  type CitizenActorName,
  type StaffActorName,
} from './authorization-matrix.actors.ts';
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';
import {
  ACT,
  createFamilies,
  custody,
  must,
  STOP,
  TINY_PNG_BASE64,
} from './authorization-matrix.families.ts';
import type { Fixture, Target } from './authorization-matrix.fixture.types.ts';
import { recordMakers } from './authorization-matrix.records.ts';

export type { FreshCase } from './authorization-matrix.records.ts';
export type { Fixture, ProxyState, Target } from './authorization-matrix.fixture.types.ts';

export { PRESCRIPTION_ANSWERS, TINY_PNG_BASE64 } from './authorization-matrix.families.ts';

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

const SHARED_SENT_AT = new Date('2026-11-24T08:00:00Z');
const FRESH_SENT_AT = new Date('2025-06-01T08:00:00Z');
/** 23:50 in Stockholm the evening before T's 13th birthday: the guardian still acts for T. */
const EVE_OF_THIRTEEN = new Date('2026-11-24T22:50:00Z');
/** 00:05 in Stockholm on the birthday: the matrix runs from here on. */
const MATRIX_NOW = new Date('2026-11-24T23:05:00Z');

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

  const browsers = new Map<ActorName, Browser>();
  const {
    owner,
    other,
    guardian,
    otherGuardian,
    child,
    thirteenGuardian,
    teen,
    nonGuardian,
    protectedGuardian,
    childOfProtected,
    guardianOfProtected,
    protectedChild,
    teenCase,
    protectedGuardianCase,
    protectedChildCase,
    childCase,
  } = await createFamilies(
    h,
    { clinicId: clinicX.id, caseTypeId: prescription.id },
    browsers,
    MATRIX_NOW,
  );
  const png = Buffer.from(TINY_PNG_BASE64, 'base64');

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

  const prescriptionVersion = await prisma.caseTypeVersion.findFirstOrThrow({
    where: { caseTypeId: prescription.id, status: 'PUBLISHED' },
    select: { id: true },
  });
  const { makeCase, makeDraft, attachFile, supportReportWithScreenshot } = recordMakers({
    h,
    clinicId: clinicX.id,
    prescriptionTypeId: prescription.id,
    prescriptionVersionId: prescriptionVersion.id,
    staff,
    ownerId: owner.id,
  });

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
      await custody(prisma, guardianId, fresh.id);
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
