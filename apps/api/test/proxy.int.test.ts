// Proxy mode (issue 5, DOMAIN.md section 6): guardians add their children under 13 and act for
// them; guardianship is checked against the register at every login and on every request.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit, NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const CHILDREN = '{ myProxyChildren { personId givenName personnummer birthDate proxyEndsOn } }';
const ADD = `mutation($input: AddProxyChildInput!) {
  addProxyChild(input: $input) { personId givenName familyName personnummer birthDate proxyEndsOn } }`;
const REMOVE = 'mutation($personId: ID!) { removeProxyChild(personId: $personId) }';
const ACT =
  'mutation($personId: ID!) { actForChild(personId: $personId) { id actingFor { personId givenName } } }';
const STOP = 'mutation { stopActingForChild { id actingFor { personId } } }';
const ME = '{ citizenMe { id actingFor { personId givenName personnummer proxyEndsOn } } }';
const FORM = `query($clinicId: ID!, $caseTypeId: ID!) {
  caseTypeForm(clinicId: $clinicId, caseTypeId: $caseTypeId) { caseTypeId availableForProxy } }`;
const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const DRAFTS = '{ myCaseDrafts { id } }';
const SUBMIT = 'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }';
const CITIZEN_CASE = `query($id: ID!) { citizenCase(id: $id) {
  id sentBy canReply messages { kind authorKind authorName text } } }`;
const REPLY = `mutation($input: ReplyToCaseInput!) { replyToCase(input: $input) { id status } }`;
const INBOX = `{ inbox { unreadCount items { id kind caseId readAt archived
  notice { key recipientRole childName endsOn } } } }`;
const STAFF_CASE = `query($id: ID!) { staffCase(id: $id) { id sentBy patientName
  messages { kind authorKind authorName text } } }`;
const MARK_MESSAGE = 'mutation($id: ID!) { markMessageRead(id: $id) { id readAt archived } }';
const ARCHIVE_MESSAGE = `mutation($input: SetMessageArchivedInput!) {
  setMessageArchived(input: $input) { id archived caseId } }`;

const medicines = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };
const START = new Date('2026-11-25T09:00:00Z');

let h: Harness;
let clinic: { id: string };
let prescription: { id: string };
let locked: { id: string };
let caregiver: Browser;

type Person = { id: string; identityNumber: string };

let serial = 100;
/** A fictional personnummer with its own birth number, so equal birth dates never collide. */
function pnr(birthDate: string): string {
  serial += 1;
  const digits = `${birthDate.slice(2).replaceAll('-', '')}${String(serial)}`;
  return `${birthDate.slice(0, 2)}${digits}${String(luhnCheckDigit(digits))}`;
}

async function person(
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

async function custody(
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

async function citizen(p: Person): Promise<Browser> {
  const browser = new Browser(h.baseUrl, 'citizen');
  await browser.login(p.identityNumber);
  return browser;
}

/** A guardian (logged in) with sole custody of one child under 13, linked for proxy. */
async function family(childBirth = '2018-03-03') {
  const guardian = await person('1984-04-04', 'Vera', 'Förälder');
  const child = await person(childBirth, 'Liv', 'Förälder');
  await custody(guardian, child, { custody: 'SOLE' });
  const browser = await citizen(guardian);
  const added = await browser.graphql(ADD, { input: { personnummer: child.identityNumber } });
  expect(added.errors).toBeUndefined();
  return { guardian, child, browser };
}

function code(result: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.code;
}

async function draftAndSend(browser: Browser, caseTypeId = prescription.id): Promise<string> {
  const saved = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
    input: { clinicId: clinic.id, caseTypeId, answers: medicines },
  });
  expect(saved.errors).toBeUndefined();
  const sent = await browser.graphql<{ submitCase: { caseId: string } }>(SUBMIT, {
    input: { draftId: saved.data!.saveCaseDraft.id, idempotencyKey: randomUUID() },
  });
  expect(sent.errors).toBeUndefined();
  return sent.data!.submitCase.caseId;
}

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

describe('adding a child', () => {
  it('gives one and the same refusal whatever the reason, and links nothing', async () => {
    const guardian = await person('1985-09-23', 'Sara', 'Ekström');
    const browser = await citizen(guardian);
    const stranger = await person('2019-02-02', 'Främ', 'Lingsson');
    const teenager = await person('2012-05-05', 'Tove', 'Ekström');
    await custody(guardian, teenager);
    const hidden = await person('2019-06-06', 'Dold', 'Ekström', { protectedIdentity: true });
    await custody(guardian, hidden);
    const former = await person('2017-07-07', 'Före', 'Detta');
    await custody(guardian, former, { validTo: '2025-12-31' });
    const deceased = await person('2020-08-08', 'Minne', 'Ekström', { deceasedOn: '2026-01-01' });
    await custody(guardian, deceased);
    const protectedGuardian = await person('1980-01-01', 'Skyddad', 'Förälder', {
      protectedIdentity: true,
    });
    const open = await person('2018-01-01', 'Öppen', 'Förälder');
    await custody(protectedGuardian, open);
    const unknown = pnr('2019-03-03');

    const refusals = [
      await browser.graphql(ADD, { input: { personnummer: stranger.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: teenager.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: hidden.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: former.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: deceased.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: guardian.identityNumber } }),
      await browser.graphql(ADD, { input: { personnummer: unknown } }),
      await (
        await citizen(protectedGuardian)
      ).graphql(ADD, { input: { personnummer: open.identityNumber } }),
    ];
    const expected = {
      data: null,
      errors: [
        {
          message: 'BAD_USER_INPUT',
          path: ['addProxyChild'],
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'personnummer', code: 'PROXY_NOT_POSSIBLE' }],
          },
        },
      ],
    };
    for (const refusal of refusals) expect(refusal).toEqual(expected);
    expect(
      await h.prisma.proxyLink.count({
        where: { guardianPersonId: { in: [guardian.id, protectedGuardian.id] } },
      }),
    ).toBe(0);
  });

  it('refuses a malformed number as a format problem', async () => {
    const browser = await citizen(await person('1985-01-01', 'Anna', 'Form'));
    const valid = pnr('2019-03-03');
    const wrongCheckDigit = `${valid.slice(0, 11)}${String((Number(valid.slice(11)) + 1) % 10)}`;
    const result = await browser.graphql(ADD, { input: { personnummer: wrongCheckDigit } });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'personnummer', code: 'INVALID_FORMAT' }],
    });
  });

  it('lets both guardians in joint custody add the child, in any written form, once each', async () => {
    const sara = await person('1985-09-23', 'Sara', 'Ekström');
    const jonas = await person('1983-02-08', 'Jonas', 'Ekström', { male: true });
    const ella = await person('2014-01-10', 'Ella', 'Ekström');
    await custody(sara, ella);
    await custody(jonas, ella);
    const saraBrowser = await citizen(sara);
    const jonasBrowser = await citizen(jonas);
    const dashed = `${ella.identityNumber.slice(0, 8)}-${ella.identityNumber.slice(8)}`;
    const first = await saraBrowser.graphql(ADD, { input: { personnummer: dashed } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.addProxyChild).toEqual({
      personId: ella.id,
      givenName: 'Ella',
      familyName: 'Ekström',
      personnummer: dashed,
      birthDate: '2014-01-10',
      proxyEndsOn: '2027-01-10',
    });
    expect(
      (await saraBrowser.graphql(ADD, { input: { personnummer: ella.identityNumber.slice(2) } }))
        .errors,
    ).toBeUndefined();
    expect(
      (await jonasBrowser.graphql(ADD, { input: { personnummer: ella.identityNumber } })).errors,
    ).toBeUndefined();
    expect(
      await h.prisma.proxyLink.count({ where: { childPersonId: ella.id, endedAt: null } }),
    ).toBe(2);
    for (const browser of [saraBrowser, jonasBrowser]) {
      const list = await browser.graphql<{ myProxyChildren: { personId: string }[] }>(CHILDREN);
      expect(list.data?.myProxyChildren.map((c) => c.personId)).toEqual([ella.id]);
    }
  });

  it('works for a child who has never logged in, and for a newborn without a name', async () => {
    const emma = await person('1994-01-19', 'Emma', 'Wikström');
    const newborn = await person('2026-11-01', null, 'Wikström');
    await custody(emma, newborn, { custody: 'JOINT', validFrom: '2026-11-01' });
    const browser = await citizen(emma);
    const added = await browser.graphql(ADD, { input: { personnummer: newborn.identityNumber } });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addProxyChild).toMatchObject({ personId: newborn.id, givenName: null });
    expect(await h.prisma.citizenAccount.count({ where: { personId: newborn.id } })).toBe(0);
    const acting = await browser.graphql(ACT, { personId: newborn.id });
    expect(acting.data?.actForChild).toEqual({
      id: emma.id,
      actingFor: { personId: newborn.id, givenName: null },
    });
  });

  it('removing a child ends the link and leaves proxy mode', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    expect((await browser.graphql(REMOVE, { personId: child.id })).data).toEqual({
      removeProxyChild: true,
    });
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
    expect((await browser.graphql(CHILDREN)).data).toEqual({ myProxyChildren: [] });
    const link = await h.prisma.proxyLink.findFirstOrThrow({ where: { childPersonId: child.id } });
    expect(link.endedReason).toBe('REMOVED_BY_GUARDIAN');
    expect(code(await browser.graphql(REMOVE, { personId: child.id }))).toBe('NOT_FOUND');
  });
});

describe('proxy mode', () => {
  it('offers proxy only to citizens of 13 or over', async () => {
    const { browser, child } = await family();
    const asGuardian = await browser.graphql<{ citizenMe: { mayActAsGuardian: boolean } }>(
      '{ citizenMe { mayActAsGuardian } }',
    );
    expect(asGuardian.data?.citizenMe.mayActAsGuardian).toBe(true);
    const childBrowser = await citizen(child);
    const asChild = await childBrowser.graphql<{ citizenMe: { mayActAsGuardian: boolean } }>(
      '{ citizenMe { mayActAsGuardian } }',
    );
    expect(asChild.data?.citizenMe.mayActAsGuardian).toBe(false);
  });

  it('acts only for a child on the list', async () => {
    const { browser } = await family();
    const other = await person('2019-09-09', 'Annan', 'Unge');
    expect(code(await browser.graphql(ACT, { personId: other.id }))).toBe('NOT_FOUND');
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
  });

  it('sends a case for the child: the guardian acted, for the child; both sides see who sent it', async () => {
    const sara = await person('1985-09-23', 'Sara', 'Ekström');
    const noah = await person('2022-06-01', 'Noah', 'Ekström', { male: true });
    await custody(sara, noah);
    const browser = await citizen(sara);
    await browser.graphql(ADD, { input: { personnummer: noah.identityNumber } });
    const ownDraft = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
      input: { clinicId: clinic.id, caseTypeId: prescription.id, answers: medicines },
    });

    const acting = await browser.graphql(ACT, { personId: noah.id });
    expect(acting.data?.actForChild).toEqual({
      id: sara.id,
      actingFor: { personId: noah.id, givenName: 'Noah' },
    });
    // The guardian's own drafts are not the child's.
    expect((await browser.graphql(DRAFTS)).data).toEqual({ myCaseDrafts: [] });
    const caseId = await draftAndSend(browser);

    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: caseId },
      select: {
        senderPersonId: true,
        subjectPersonId: true,
        events: { select: { kind: true, actorPersonId: true, details: true } },
      },
    });
    expect(stored).toEqual({
      senderPersonId: sara.id,
      subjectPersonId: noah.id,
      events: [
        { kind: 'SUBMITTED', actorPersonId: sara.id, details: { onBehalfOfPersonId: noah.id } },
      ],
    });
    const read = await browser.graphql<{ citizenCase: { sentBy: string | null } }>(CITIZEN_CASE, {
      id: caseId,
    });
    expect(read.data?.citizenCase.sentBy).toBe('Sara Ekström');
    const inbox = await browser.graphql<{ inbox: { items: { caseId: string }[] } }>(INBOX);
    expect(inbox.data?.inbox.items.map((i) => i.caseId)).toEqual([caseId]);

    const staffView = await caregiver.graphql<{
      staffCase: { sentBy: string | null; patientName: string };
    }>(STAFF_CASE, { id: caseId });
    expect(staffView.errors).toBeUndefined();
    expect(staffView.data?.staffCase).toMatchObject({
      patientName: 'Noah Ekström',
      sentBy: `Sara Ekström, ${sara.identityNumber.slice(0, 8)}-${sara.identityNumber.slice(8)}`,
    });

    // Back to herself: the child's case is not hers, and her own draft is back.
    expect((await browser.graphql(STOP)).data).toEqual({
      stopActingForChild: { id: sara.id, actingFor: null },
    });
    expect(code(await browser.graphql(CITIZEN_CASE, { id: caseId }))).toBe('NOT_FOUND');
    expect((await browser.graphql(INBOX)).data).toMatchObject({ inbox: { items: [] } });
    expect((await browser.graphql(DRAFTS)).data).toEqual({
      myCaseDrafts: [{ id: ownDraft.data!.saveCaseDraft.id }],
    });
  });

  it('answers a counter-question for the child: the reply names the guardian for staff', async () => {
    const { guardian, child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    const caseId = await draftAndSend(browser);
    const staffId = (await h.prisma.staffMember.findFirstOrThrow({ select: { id: true } })).id;
    await h.prisma.case.update({
      where: { id: caseId },
      data: {
        status: 'WAITING_FOR_CITIZEN',
        messages: {
          create: {
            id: randomUUID(),
            recipientPersonId: child.id,
            authorKind: 'STAFF',
            authorStaffId: staffId,
            kind: 'COUNTER_QUESTION',
            body: { text: 'Hur mår Liv?', outcomes: [] },
            createdAt: new Date('2026-11-25T09:01:00Z'),
          },
        },
      },
    });
    const replied = await browser.graphql(REPLY, {
      input: { caseId, text: 'Bättre, tack.', idempotencyKey: randomUUID() },
    });
    expect(replied.errors).toBeUndefined();
    const reply = await h.prisma.caseMessage.findFirstOrThrow({
      where: { caseId, kind: 'CITIZEN_REPLY' },
      select: { authorPersonId: true, onBehalfOfPersonId: true, recipientPersonId: true },
    });
    expect(reply).toEqual({
      authorPersonId: guardian.id,
      onBehalfOfPersonId: child.id,
      recipientPersonId: child.id,
    });
    const event = await h.prisma.caseEvent.findFirstOrThrow({
      where: { caseId, kind: 'MESSAGE_ADDED' },
      select: { actorPersonId: true, details: true },
    });
    expect(event.actorPersonId).toBe(guardian.id);
    expect(event.details).toMatchObject({ onBehalfOfPersonId: child.id });
    const staffView = await caregiver.graphql<{
      staffCase: { messages: { kind: string; authorName: string | null }[] };
    }>(STAFF_CASE, { id: caseId });
    expect(staffView.data?.staffCase.messages.find((m) => m.kind === 'CITIZEN_REPLY')).toEqual(
      expect.objectContaining({ authorName: 'Vera Förälder (vårdnadshavare)' }),
    );
  });

  it('refuses a case type the clinic has not adapted for proxy, only in proxy mode', async () => {
    const { child, browser } = await family();
    const vars = { clinicId: clinic.id, caseTypeId: locked.id };
    expect((await browser.graphql(FORM, vars)).errors).toBeUndefined();
    const ownDraft = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
      input: { ...vars, answers: medicines },
    });
    expect(ownDraft.errors).toBeUndefined();

    await browser.graphql(ACT, { personId: child.id });
    const form = await browser.graphql(FORM, vars);
    expect(form.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'NOT_AVAILABLE_FOR_PROXY',
    });
    const saved = await browser.graphql(SAVE, { input: { ...vars, answers: medicines } });
    expect(saved.errors?.[0]?.extensions?.reason).toBe('NOT_AVAILABLE_FOR_PROXY');

    // A draft for the child of a type that loses its proxy adaptation cannot be sent.
    const open = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
      input: { clinicId: clinic.id, caseTypeId: prescription.id, answers: medicines },
    });
    await h.prisma.clinicCaseType.updateMany({
      where: { caseTypeId: prescription.id },
      data: { availableForProxy: false },
    });
    try {
      const sent = await browser.graphql(SUBMIT, {
        input: { draftId: open.data!.saveCaseDraft.id, idempotencyKey: randomUUID() },
      });
      expect(sent.errors?.[0]?.extensions?.reason).toBe('NOT_AVAILABLE_FOR_PROXY');
      expect(await h.prisma.case.count({ where: { subjectPersonId: child.id } })).toBe(0);
    } finally {
      await h.prisma.clinicCaseType.updateMany({
        where: { caseTypeId: prescription.id },
        data: { availableForProxy: true },
      });
    }
  });

  it('a guardian outside proxy mode cannot read or act on the child’s case', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    const caseId = await draftAndSend(browser);
    await browser.graphql(STOP);
    expect(code(await browser.graphql(CITIZEN_CASE, { id: caseId }))).toBe('NOT_FOUND');
    const archive = await browser.graphql(
      'mutation($input: SetCaseArchivedInput!) { setCaseArchived(input: $input) { id } }',
      { input: { caseId, archived: true } },
    );
    expect(code(archive)).toBe('NOT_FOUND');
    const download = await browser.request(`/api/citizen/attachments/${randomUUID()}`);
    expect(download.status).toBe(404);
  });
});

describe('guardianship is checked again on every request and at login', () => {
  it('protection appearing ends the link at the next request; the session acts for the guardian', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    await h.prisma.person.update({ where: { id: child.id }, data: { protectedIdentity: true } });
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
    const link = await h.prisma.proxyLink.findFirstOrThrow({ where: { childPersonId: child.id } });
    expect(link.endedReason).toBe('PROTECTED_IDENTITY');
    expect((await browser.graphql(CHILDREN)).data).toEqual({ myProxyChildren: [] });
    expect(code(await browser.graphql(ACT, { personId: child.id }))).toBe('NOT_FOUND');
  });

  it('protection of the guardian ends the links at the next login', async () => {
    const { guardian, child } = await family();
    await h.prisma.person.update({ where: { id: guardian.id }, data: { protectedIdentity: true } });
    await citizen(guardian);
    const link = await h.prisma.proxyLink.findFirstOrThrow({ where: { childPersonId: child.id } });
    expect(link.endedReason).toBe('PROTECTED_IDENTITY');
  });

  it('custody ending ends the link at the next request and at login', async () => {
    const first = await family();
    await first.browser.graphql(ACT, { personId: first.child.id });
    await h.prisma.guardianship.updateMany({
      where: { childId: first.child.id },
      data: { validTo: new Date('2026-11-24T00:00:00Z') },
    });
    expect((await first.browser.graphql(ME)).data).toMatchObject({
      citizenMe: { actingFor: null },
    });
    const ended = await h.prisma.proxyLink.findFirstOrThrow({
      where: { childPersonId: first.child.id },
    });
    expect(ended.endedReason).toBe('GUARDIANSHIP_ENDED');

    const second = await family();
    await h.prisma.guardianship.updateMany({
      where: { childId: second.child.id },
      data: { validTo: new Date('2026-11-24T00:00:00Z') },
    });
    await citizen(second.guardian);
    const atLogin = await h.prisma.proxyLink.findFirstOrThrow({
      where: { childPersonId: second.child.id },
    });
    expect(atLogin.endedReason).toBe('GUARDIANSHIP_ENDED');
  });

  it('custody gone from the register altogether ends the link too', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    await h.prisma.guardianship.deleteMany({ where: { childId: child.id } });
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
    const link = await h.prisma.proxyLink.findFirstOrThrow({ where: { childPersonId: child.id } });
    expect(link.endedReason).toBe('GUARDIANSHIP_ENDED');
  });

  it('a child turning 13 leaves the list at once; the ongoing proxy session falls back to the guardian', async () => {
    // 23:50 in Stockholm the evening before the 13th birthday.
    h.clock.freeze(new Date('2026-11-26T22:50:00Z'));
    const { child, browser } = await family('2013-11-27');
    expect((await browser.graphql(ACT, { personId: child.id })).data).toMatchObject({
      actForChild: { actingFor: { personId: child.id } },
    });
    // 00:05 in Stockholm on the birthday (23:05 UTC the day before): the same session.
    h.clock.freeze(new Date('2026-11-26T23:05:00Z'));
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
    expect((await browser.graphql(CHILDREN)).data).toEqual({ myProxyChildren: [] });
    expect(code(await browser.graphql(ACT, { personId: child.id }))).toBe('NOT_FOUND');
    expect(
      code(await browser.graphql(ADD, { input: { personnummer: child.identityNumber } })),
    ).toBe('BAD_USER_INPUT');
  });

  it('the day before the 13th birthday the guardian still acts', async () => {
    h.clock.freeze(new Date('2026-11-26T22:59:00Z'));
    const { child, browser } = await family('2013-11-27');
    const acting = await browser.graphql(ACT, { personId: child.id });
    expect(acting.data).toMatchObject({ actForChild: { actingFor: { personId: child.id } } });
    expect((await browser.graphql(ME)).data).toMatchObject({
      citizenMe: { actingFor: { personId: child.id, proxyEndsOn: '2026-11-27' } },
    });
  });
});

describe('system notices in the inbox', () => {
  it('shows a notice from its body, marks it read and files it; nobody else may touch it', async () => {
    const { guardian, browser } = await family();
    const id = randomUUID();
    await h.prisma.caseMessage.create({
      data: {
        id,
        recipientPersonId: guardian.id,
        authorKind: 'SYSTEM',
        kind: 'SYSTEM_NOTICE',
        body: {
          key: 'PROXY_ENDS_IN_THREE_MONTHS',
          recipientRole: 'GUARDIAN',
          childName: 'Liv Förälder',
          endsOn: '2027-02-20',
        },
        createdAt: new Date('2026-11-25T08:00:00Z'),
        dedupeKey: `test:${id}`,
      },
    });
    const inbox = await browser.graphql<{
      inbox: { unreadCount: number; items: Record<string, unknown>[] };
    }>(INBOX);
    expect(inbox.data?.inbox.unreadCount).toBe(1);
    expect(inbox.data?.inbox.items).toEqual([
      {
        id,
        kind: 'SYSTEM_NOTICE',
        caseId: null,
        readAt: null,
        archived: false,
        notice: {
          key: 'PROXY_ENDS_IN_THREE_MONTHS',
          recipientRole: 'GUARDIAN',
          childName: 'Liv Förälder',
          endsOn: '2027-02-20',
        },
      },
    ]);
    const stranger = await citizen(await person('1970-01-01', 'Främ', 'Ling'));
    expect(code(await stranger.graphql(MARK_MESSAGE, { id }))).toBe('NOT_FOUND');
    expect(
      code(await stranger.graphql(ARCHIVE_MESSAGE, { input: { messageId: id, archived: true } })),
    ).toBe('NOT_FOUND');

    const read = await browser.graphql<{ markMessageRead: { readAt: string | null } }>(
      MARK_MESSAGE,
      { id },
    );
    expect(read.data?.markMessageRead.readAt).toBe(START.toISOString());
    const filed = await browser.graphql(ARCHIVE_MESSAGE, {
      input: { messageId: id, archived: true },
    });
    expect(filed.data).toEqual({ setMessageArchived: { id, archived: true, caseId: null } });
    expect((await browser.graphql(INBOX)).data).toMatchObject({
      inbox: { unreadCount: 0, items: [] },
    });
  });

  it('filing a case message files its whole case', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    const caseId = await draftAndSend(browser);
    const message = await h.prisma.caseMessage.findFirstOrThrow({
      where: { caseId },
      select: { id: true },
    });
    const filed = await browser.graphql(ARCHIVE_MESSAGE, {
      input: { messageId: message.id, archived: true },
    });
    expect(filed.data).toEqual({ setMessageArchived: { id: message.id, archived: true, caseId } });
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { archivedAt: true },
    });
    expect(stored.archivedAt).not.toBeNull();
  });
});

describe('the record of proxy actions', () => {
  const READ = 'mutation($caseId: ID!) { markCaseRead(caseId: $caseId) { id } }';
  const ARCHIVE_CASE = `mutation($input: SetCaseArchivedInput!) {
    setCaseArchived(input: $input) { id archived } }`;

  async function actionsFor(childId: string) {
    return h.prisma.proxyActionLogEntry.findMany({
      where: { childPersonId: childId },
      orderBy: { id: 'asc' },
      select: { guardianPersonId: true, childPersonId: true, operation: true },
    });
  }

  it('names the guardian and the child for every change made in proxy mode, reading and filing included', async () => {
    const { guardian, child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    const caseId = await draftAndSend(browser);
    expect((await browser.graphql(READ, { caseId })).errors).toBeUndefined();
    expect(
      (await browser.graphql(ARCHIVE_CASE, { input: { caseId, archived: true } })).errors,
    ).toBeUndefined();
    const actions = await actionsFor(child.id);
    expect(actions.map((a) => a.operation)).toEqual([
      'actForChild',
      'saveCaseDraft',
      'submitCase',
      'markCaseRead',
      'setCaseArchived',
    ]);
    expect(new Set(actions.map((a) => a.guardianPersonId))).toEqual(new Set([guardian.id]));
  });

  it('records nothing outside proxy mode, and nothing for a refused change', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    const caseId = await draftAndSend(browser);
    await browser.graphql(STOP);
    const before = (await actionsFor(child.id)).length;
    expect(code(await browser.graphql(READ, { caseId }))).toBe('NOT_FOUND');
    expect(await actionsFor(child.id)).toHaveLength(before);
    const operations = (await actionsFor(child.id)).map((a) => a.operation);
    expect(operations.at(-1)).toBe('stopActingForChild');
  });

  it('is append-only: the database refuses to change or remove an entry', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    await expect(
      h.prisma
        .$executeRaw`UPDATE proxy_action_log SET operation = 'x' WHERE child_person_id = ${child.id}::uuid`,
    ).rejects.toThrow();
    await expect(
      h.prisma.$executeRaw`DELETE FROM proxy_action_log WHERE child_person_id = ${child.id}::uuid`,
    ).rejects.toThrow();
    expect((await actionsFor(child.id)).length).toBeGreaterThan(0);
  });
});
