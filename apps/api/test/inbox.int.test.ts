import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const INBOX = `query($folder: InboxFolder, $first: Int, $after: String) {
  inbox(folder: $folder, first: $first, after: $after) {
    items { id kind createdAt readAt archived caseId caseReference caseStatus clinicName
      caseTypeName { sv en } authorName deletionNoticeAt }
    nextCursor unreadCount } }`;
const CASE = `query($id: ID!) { citizenCase(id: $id) { ${caseFields()} } }`;
const MARK_READ = `mutation($caseId: ID!) { markCaseRead(caseId: $caseId) { ${caseFields()} } }`;
const REPLY = `mutation($input: ReplyToCaseInput!) { replyToCase(input: $input) { ${caseFields()} } }`;
const ARCHIVE = `mutation($input: SetCaseArchivedInput!) { setCaseArchived(input: $input) { ${caseFields()} } }`;

function caseFields(): string {
  return `id reference status clinicName caseTypeName { sv en } submittedAt canReply archived
    form { definition clinicOptions answers }
    attachments { id fileName mediaType sizeBytes }
    messages { id kind authorKind authorName text createdAt readAt
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
  authorName: string | null;
  deletionNoticeAt: string | null;
};
type InboxPage = { items: InboxItem[]; nextCursor: string | null; unreadCount: number };
type CaseMessage = {
  id: string;
  kind: string;
  authorKind: string;
  authorName: string | null;
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
type CitizenCase = {
  id: string;
  reference: string;
  status: string;
  canReply: boolean;
  archived: boolean;
  form: { definition: object; clinicOptions: object; answers: object };
  messages: CaseMessage[];
};

let h: Harness;
let clinic: { id: string; name: string };
let caseType: { id: string };
let doctor: { id: string };

const base = new Date('2026-11-01T08:00:00Z');
const minutes = (n: number) => new Date(base.getTime() + n * 60_000);

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

let born = 0;

async function citizen() {
  born += 1;
  const birthDate = `19${String(50 + born).padStart(2, '0')}-0${(born % 9) + 1}-1${born % 10}`;
  const person = await createPerson(h.prisma, { birthDate, givenName: 'Anna', familyName: 'Ek' });
  const browser = new Browser(h.baseUrl, 'citizen');
  await browser.login(person.identityNumber);
  return { id: person.id, browser };
}

async function addMessage(
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

async function inbox(browser: Browser, variables: Record<string, unknown> = {}) {
  const result = await browser.graphql<{ inbox: InboxPage }>(INBOX, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.inbox;
}

describe('the inbox', () => {
  it('lists my messages newest first, with the case, clinic, type and author, but not what I wrote', async () => {
    const me = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'ANSWERED',
      assignedStaffId: doctor.id,
    });
    const question = await addMessage(sent.id, me.id, { at: minutes(1), kind: 'COUNTER_QUESTION' });
    await addMessage(sent.id, me.id, { at: minutes(2), authorKind: 'CITIZEN' });
    const answer = await addMessage(sent.id, me.id, { at: minutes(3), kind: 'ANSWER' });
    const page = await inbox(me.browser);
    expect(page.items.map((i) => i.id)).toEqual([answer.id, question.id]);
    expect(page.items[0]).toEqual({
      id: answer.id,
      kind: 'ANSWER',
      createdAt: minutes(3).toISOString(),
      readAt: null,
      archived: false,
      caseId: sent.id,
      caseReference: sent.reference,
      caseStatus: 'ANSWERED',
      clinicName: 'Farsta vårdcentral',
      caseTypeName: { sv: 'Förnya recept', en: 'Renew prescription' },
      authorName: 'Vera Vårdsson, Specialistläkare',
      deletionNoticeAt: null,
    });
    expect(page.unreadCount).toBe(2);
    expect(page.nextCursor).toBeNull();
  });

  it('pages by keyset without overlap or gaps, equal times included', async () => {
    const me = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
    });
    for (let i = 0; i < 11; i += 1) await addMessage(sent.id, me.id, { at: minutes(i % 4) });
    const all = await inbox(me.browser, { first: 100 });
    expect(all.items).toHaveLength(11);
    const expected = [...all.items].sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
    );
    expect(all.items.map((i) => i.id)).toEqual(expected.map((i) => i.id));

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: InboxPage = await inbox(me.browser, { first: 3, after });
      seen.push(...page.items.map((i) => i.id));
      after = page.nextCursor;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toEqual(expected.map((i) => i.id));
  });

  it('refuses page sizes outside 1..100 and cursors it did not make', async () => {
    const me = await citizen();
    for (const first of [0, 101, -1]) {
      const result = await me.browser.graphql(INBOX, { first });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'first', code: 'OUT_OF_RANGE' }],
      });
    }
    for (const after of ['nonsense', Buffer.from('["x","y"]').toString('base64url')]) {
      const result = await me.browser.graphql(INBOX, { after });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'after', code: 'INVALID_CURSOR' }],
      });
    }
  });

  it('costs the same few statements for a page of 1 and a page of 50', async () => {
    const me = await citizen();
    for (let c = 0; c < 5; c += 1) {
      const sent = await createCase(h.prisma, {
        clinicId: clinic.id,
        caseTypeId: caseType.id,
        subjectPersonId: me.id,
      });
      for (let i = 0; i < 12; i += 1) await addMessage(sent.id, me.id, { at: minutes(c * 12 + i) });
    }
    const one = await h.statements.during(() => inbox(me.browser, { first: 1 }));
    const fifty = await h.statements.during(() => inbox(me.browser, { first: 50 }));
    expect(one.result.items).toHaveLength(1);
    expect(fifty.result.items).toHaveLength(50);
    expect(fifty.statements).toHaveLength(one.statements.length);
    const inboxStatements = fifty.statements.filter((s) => !/"?sessions"?/.test(s));
    expect(inboxStatements.length).toBeLessThanOrEqual(3);
  });

  it('moves a case and its messages to the archive and back, without an event; a new staff message lands in the inbox', async () => {
    const me = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'ANSWERED',
      assignedStaffId: doctor.id,
    });
    const answer = await addMessage(sent.id, me.id, { at: minutes(1), kind: 'ANSWER' });
    const before = await h.prisma.case.findUniqueOrThrow({
      where: { id: sent.id },
      select: { lastEventAt: true, revision: true },
    });
    const archived = await me.browser.graphql<{ setCaseArchived: CitizenCase }>(ARCHIVE, {
      input: { caseId: sent.id, archived: true },
    });
    expect(archived.errors).toBeUndefined();
    expect(archived.data?.setCaseArchived).toMatchObject({ archived: true, status: 'ANSWERED' });
    expect((await inbox(me.browser)).items).toEqual([]);
    expect((await inbox(me.browser)).unreadCount).toBe(0);
    const archive = await inbox(me.browser, { folder: 'ARCHIVE' });
    expect(archive.items.map((i) => [i.id, i.archived])).toEqual([[answer.id, true]]);
    expect(
      await h.prisma.case.findUniqueOrThrow({
        where: { id: sent.id },
        select: { lastEventAt: true, revision: true },
      }),
    ).toEqual(before);
    expect(await h.prisma.caseEvent.count({ where: { caseId: sent.id } })).toBe(0);

    const later = await addMessage(sent.id, me.id, { at: minutes(5), kind: 'PARTIAL_ANSWER' });
    const now = await inbox(me.browser);
    expect(now.items.map((i) => i.id)).toEqual([later.id]);
    expect(now.unreadCount).toBe(1);

    await me.browser.graphql(ARCHIVE, { input: { caseId: sent.id, archived: false } });
    expect((await inbox(me.browser)).items.map((i) => i.id)).toEqual([later.id, answer.id]);
    expect((await inbox(me.browser, { folder: 'ARCHIVE' })).items).toEqual([]);
  });
});

describe('reading a case', () => {
  it('shows the form, the messages oldest first and no internal note; CASE_SUBMITTED has no text', async () => {
    const me = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'WAITING_FOR_CITIZEN',
      assignedStaffId: doctor.id,
      answers: { medicines: [{ name: 'Levaxin' }] },
    });
    await h.prisma.case.update({
      where: { id: sent.id },
      data: { clinicOptions: { askForPharmacy: true } },
    });
    await h.prisma.caseMessage.create({
      data: {
        id: randomUUID(),
        caseId: sent.id,
        recipientPersonId: me.id,
        authorKind: 'SYSTEM',
        kind: 'CASE_SUBMITTED',
        body: { key: 'caseSubmitted', reference: sent.reference },
        createdAt: minutes(0),
        readAt: minutes(0),
      },
    });
    await addMessage(sent.id, me.id, {
      at: minutes(2),
      kind: 'COUNTER_QUESTION',
      text: 'Vilken styrka?',
      outcomes: [{ kind: 'PLEASE_CALL_US', appointmentAt: null, place: null, phone: '08-123' }],
    });
    await addMessage(sent.id, me.id, { at: minutes(1), kind: 'PARTIAL_ANSWER', text: 'Vi tittar' });
    await h.prisma.internalNote.create({
      data: {
        id: randomUUID(),
        caseId: sent.id,
        authorStaffId: doctor.id,
        text: 'HEMLIG-INTERN-ANTECKNING',
        createdAt: minutes(3),
      },
    });
    const result = await me.browser.graphql<{ citizenCase: CitizenCase }>(CASE, { id: sent.id });
    expect(result.errors).toBeUndefined();
    const view = result.data!.citizenCase;
    expect(view).toMatchObject({
      id: sent.id,
      reference: sent.reference,
      status: 'WAITING_FOR_CITIZEN',
      canReply: true,
      archived: false,
      form: {
        definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
        clinicOptions: { askForPharmacy: true },
        answers: { medicines: [{ name: 'Levaxin' }] },
      },
    });
    expect(view.messages.map((m) => [m.kind, m.authorKind, m.text, m.authorName])).toEqual([
      ['CASE_SUBMITTED', 'SYSTEM', null, null],
      ['PARTIAL_ANSWER', 'STAFF', 'Vi tittar', 'Vera Vårdsson, Specialistläkare'],
      ['COUNTER_QUESTION', 'STAFF', 'Vilken styrka?', 'Vera Vårdsson, Specialistläkare'],
    ]);
    expect(view.messages[2]?.outcomes).toEqual([
      { kind: 'PLEASE_CALL_US', appointmentAt: null, place: null, phone: '08-123' },
    ]);
    expect(JSON.stringify(result)).not.toContain('HEMLIG');
  });

  it('answers NOT_FOUND to another citizen, for reading, marking, replying and archiving', async () => {
    const me = await citizen();
    const stranger = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'WAITING_FOR_CITIZEN',
      assignedStaffId: doctor.id,
    });
    await addMessage(sent.id, me.id, { at: minutes(1), kind: 'COUNTER_QUESTION' });
    const attempts = [
      stranger.browser.graphql(CASE, { id: sent.id }),
      stranger.browser.graphql(MARK_READ, { caseId: sent.id }),
      stranger.browser.graphql(REPLY, {
        input: { caseId: sent.id, text: 'Hej', idempotencyKey: randomUUID() },
      }),
      stranger.browser.graphql(ARCHIVE, { input: { caseId: sent.id, archived: true } }),
      stranger.browser.graphql(CASE, { id: randomUUID() }),
    ];
    for (const result of await Promise.all(attempts))
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await inbox(stranger.browser)).items).toEqual([]);
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: sent.id },
      select: { status: true, archivedAt: true },
    });
    expect(stored).toEqual({ status: 'WAITING_FOR_CITIZEN', archivedAt: null });
    expect(
      await h.prisma.caseMessage.count({ where: { caseId: sent.id, readAt: { not: null } } }),
    ).toBe(0);
  });

  it('marks my unread messages of the case as read, and only those', async () => {
    const me = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'ANSWERED',
    });
    const other = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'ANSWERED',
    });
    await addMessage(sent.id, me.id, { at: minutes(1) });
    await addMessage(sent.id, me.id, { at: minutes(2) });
    await addMessage(other.id, me.id, { at: minutes(3) });
    expect((await inbox(me.browser)).unreadCount).toBe(3);
    const marked = await me.browser.graphql<{ markCaseRead: CitizenCase }>(MARK_READ, {
      caseId: sent.id,
    });
    expect(marked.errors).toBeUndefined();
    expect(marked.data?.markCaseRead.messages.map((m) => m.readAt)).toEqual([
      h.clock.now().toISOString(),
      h.clock.now().toISOString(),
    ]);
    expect((await inbox(me.browser)).unreadCount).toBe(1);
  });
});

describe('replying to a counter-question', () => {
  async function waitingCase(assigned: boolean) {
    const me = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'WAITING_FOR_CITIZEN',
      assignedStaffId: assigned ? doctor.id : null,
    });
    await addMessage(sent.id, me.id, { at: minutes(1), kind: 'COUNTER_QUESTION' });
    return { me, sent };
  }

  it('adds my reply, moves the case back to its caregiver and records the event', async () => {
    const { me, sent } = await waitingCase(true);
    const input = { caseId: sent.id, text: 'Femtio mikrogram.', idempotencyKey: randomUUID() };
    const result = await me.browser.graphql<{ replyToCase: CitizenCase }>(REPLY, { input });
    expect(result.errors).toBeUndefined();
    const view = result.data!.replyToCase;
    expect(view).toMatchObject({ status: 'ASSIGNED', canReply: false });
    expect(view.messages.at(-1)).toMatchObject({
      kind: 'CITIZEN_REPLY',
      authorKind: 'CITIZEN',
      authorName: 'Anna Ek',
      text: 'Femtio mikrogram.',
      readAt: h.clock.now().toISOString(),
    });
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: sent.id },
      select: {
        status: true,
        revision: true,
        lastEventAt: true,
        events: { select: { kind: true, actorKind: true, fromStatus: true, toStatus: true } },
      },
    });
    expect(stored).toEqual({
      status: 'ASSIGNED',
      revision: 2,
      lastEventAt: h.clock.now(),
      events: [
        {
          kind: 'MESSAGE_ADDED',
          actorKind: 'CITIZEN',
          fromStatus: 'WAITING_FOR_CITIZEN',
          toStatus: 'ASSIGNED',
        },
      ],
    });
    // My own reply is not a message to me.
    expect((await inbox(me.browser)).items.map((i) => i.kind)).toEqual(['COUNTER_QUESTION']);
  });

  it('sends an unassigned case back to the queue', async () => {
    const { me, sent } = await waitingCase(false);
    const result = await me.browser.graphql<{ replyToCase: CitizenCase }>(REPLY, {
      input: { caseId: sent.id, text: 'Svar', idempotencyKey: randomUUID() },
    });
    expect(result.data?.replyToCase.status).toBe('NEW');
  });

  it('gives a retry the same state and creates nothing, even many retries at once', async () => {
    const { me, sent } = await waitingCase(true);
    const input = { caseId: sent.id, text: 'Svar', idempotencyKey: randomUUID() };
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        me.browser.graphql<{ replyToCase: CitizenCase }>(REPLY, { input }),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const again = await me.browser.graphql<{ replyToCase: CitizenCase }>(REPLY, { input });
    for (const result of [...results, again]) {
      expect(result.data?.replyToCase.status).toBe('ASSIGNED');
      expect(result.data?.replyToCase.messages.map((m) => m.kind)).toEqual([
        'COUNTER_QUESTION',
        'CITIZEN_REPLY',
      ]);
    }
    expect(
      await h.prisma.caseMessage.count({ where: { caseId: sent.id, kind: 'CITIZEN_REPLY' } }),
    ).toBe(1);
    expect(await h.prisma.caseEvent.count({ where: { caseId: sent.id } })).toBe(1);
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: sent.id },
      select: { revision: true },
    });
    expect(stored.revision).toBe(2);
  });

  it('refuses a reply when no counter-question is waiting', async () => {
    const { me, sent } = await waitingCase(true);
    await me.browser.graphql(REPLY, {
      input: { caseId: sent.id, text: 'Svar', idempotencyKey: randomUUID() },
    });
    const second = await me.browser.graphql(REPLY, {
      input: { caseId: sent.id, text: 'Ett till', idempotencyKey: randomUUID() },
    });
    expect(second.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'NOT_WAITING_FOR_REPLY',
    });
    for (const status of ['NEW', 'ANSWERED', 'CLOSED'] as const) {
      const closed = await createCase(h.prisma, {
        clinicId: clinic.id,
        caseTypeId: caseType.id,
        subjectPersonId: (await h.prisma.case.findUniqueOrThrow({ where: { id: sent.id } }))
          .subjectPersonId,
        status,
      });
      const result = await me.browser.graphql(REPLY, {
        input: { caseId: closed.id, text: 'Svar', idempotencyKey: randomUUID() },
      });
      expect(result.errors?.[0]?.extensions?.reason).toBe('NOT_WAITING_FOR_REPLY');
    }
    expect(
      await h.prisma.caseMessage.count({ where: { caseId: sent.id, kind: 'CITIZEN_REPLY' } }),
    ).toBe(1);
  });
});
