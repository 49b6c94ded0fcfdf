// The citizens of the authorization matrix and their families, made through the API where a
// citizen would act: the case's owner and a stranger, C's two guardians (one sends C's case in
// proxy mode, the other has C on the list in two sessions), and the sessions that fall back to
// their guardian at midnight (a child turning 13, protected identity appearing).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import type { ActorName, CitizenActorName } from './authorization-matrix.actors.ts';
import { createPerson } from './factories.ts';
import { Browser, type Harness } from './harness.ts';

/** A 1×1 PNG: the smallest file the attachment rules accept. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const PRESCRIPTION_ANSWERS = {
  medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }],
};

export const ACT = 'mutation($id: ID!) { actForChild(personId: $id) { actingFor { personId } } }';
export const STOP = 'mutation { stopActingForChild { id } }';
const ADD_CHILD =
  'mutation($input: AddProxyChildInput!) { addProxyChild(input: $input) { personId } }';

/** Fails the fixture with what the API said, when a setup call is refused. */
export function must<T>(
  what: string,
  result: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] },
): T {
  if (result.errors?.length || !result.data)
    throw new Error(`fixture: ${what} failed ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Custody of the child since 2010, as the population register would give it. */
export async function custody(
  prisma: PrismaClient,
  guardianId: string,
  childId: string,
  kind: 'JOINT' | 'SOLE' = 'JOINT',
): Promise<void> {
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

/**
 * The families, each citizen logged in once (their browser put in `browsers`), with the cases
 * the guardians sent for their children at `at` (clinic and case type). Starts the evening
 * before T's 13th birthday and leaves the clock at `midnight`, with three sessions still in
 * proxy mode that must fall back at their next request.
 */
export async function createFamilies(
  h: Harness,
  at: { clinicId: string; caseTypeId: string },
  browsers: Map<ActorName, Browser>,
  midnight: Date,
) {
  const { prisma } = h;
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
  await custody(prisma, guardian.id, child.id);
  await custody(prisma, otherGuardian.id, child.id);
  await custody(prisma, thirteenGuardian.id, teen.id, 'SOLE');
  await custody(prisma, protectedGuardian.id, childOfProtected.id, 'SOLE');
  await custody(prisma, guardianOfProtected.id, protectedChild.id, 'SOLE');

  async function citizenLogin(actor: CitizenActorName, identityNumber: string): Promise<Browser> {
    const b = new Browser(h.baseUrl, 'citizen');
    await b.login(identityNumber);
    must(`login of ${actor}`, await b.graphql('{ citizenMe { id } }'));
    browsers.set(actor, b);
    return b;
  }
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
            clinicId: at.clinicId,
            caseTypeId: at.caseTypeId,
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
  h.clock.freeze(midnight);
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

  return {
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
  };
}
