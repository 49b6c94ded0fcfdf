// The citizen's inbox against the real API: newest first with the case, clinic, type and author,
// keyset pages, a bounded number of statements, and the archive.
import { describe, expect, it } from 'vitest';
import { createCase } from './factories.ts';
import {
  addMessage,
  ARCHIVE,
  caseType,
  citizen,
  type CitizenCase,
  clinic,
  doctor,
  h,
  INBOX,
  inbox,
  type InboxPage,
  minutes,
  useInboxHarness,
} from './support/inbox.ts';

useInboxHarness();

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
      authorName: {
        sv: 'Vera Vårdsson, Specialistläkare',
        en: 'Vera Vårdsson, Specialist physician',
      },
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
