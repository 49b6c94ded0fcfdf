// The citizen's inbox list by case against the real API: one entry per case with its newest
// message, newest first (the triggers keep each case's time), notices beside the cases, keyset
// pages without gaps or repeats, unread counts, the counter-question waiting for me, the archive.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCase } from './factories.ts';
import {
  addMessage,
  ARCHIVE,
  caseType,
  citizen,
  clinic,
  doctor,
  h,
  minutes,
  useInboxHarness,
} from './support/inbox.ts';
import type { Browser } from './harness.ts';

useInboxHarness();

const INBOX_CASES = `query($folder: InboxFolder, $first: Int, $after: String) {
  inboxCases(folder: $folder, first: $first, after: $after) {
    items { id latestAt
      case { id reference status clinicName caseTypeName { sv en } submittedAt archived
        unreadCount waitingForReply deletionNoticeAt
        latestMessage { id kind authorKind authorName { sv en } createdAt readAt } }
      message { id kind readAt archived caseId notice { key } } }
    nextCursor unreadCount } }`;

type Entry = {
  id: string;
  latestAt: string;
  case: {
    id: string;
    status: string;
    archived: boolean;
    unreadCount: number;
    waitingForReply: boolean;
    latestMessage: { id: string; kind: string; authorKind: string } | null;
  } | null;
  message: { id: string; kind: string; archived: boolean } | null;
};
type Page = { items: Entry[]; nextCursor: string | null; unreadCount: number };

async function inboxCases(browser: Browser, variables: Record<string, unknown> = {}) {
  const result = await browser.graphql<{ inboxCases: Page }>(INBOX_CASES, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('inboxCases answered no data');
  return result.data.inboxCases;
}

/** A case as sending it leaves it: the receipt, read, at the time it was sent. */
async function sentCase(
  subjectPersonId: string,
  at: Date,
  status: 'NEW' | 'ASSIGNED' | 'ANSWERED' | 'WAITING_FOR_CITIZEN' = 'NEW',
) {
  const sent = await createCase(h.prisma, {
    clinicId: clinic.id,
    caseTypeId: caseType.id,
    subjectPersonId,
    status,
    assignedStaffId: status === 'NEW' ? null : doctor.id,
    submittedAt: at,
  });
  const receipt = await h.prisma.caseMessage.create({
    data: {
      id: randomUUID(),
      caseId: sent.id,
      recipientPersonId: subjectPersonId,
      authorKind: 'SYSTEM',
      kind: 'CASE_SUBMITTED',
      body: { key: 'caseSubmitted', reference: sent.reference },
      createdAt: at,
      readAt: at,
    },
    select: { id: true },
  });
  return { ...sent, receiptId: receipt.id };
}

async function notice(recipientPersonId: string, at: Date) {
  const id = randomUUID();
  await h.prisma.caseMessage.create({
    data: {
      id,
      recipientPersonId,
      authorKind: 'SYSTEM',
      kind: 'SYSTEM_NOTICE',
      body: { key: 'CONTACT_DETAILS_REMOVED' },
      createdAt: at,
      dedupeKey: `test:${id}`,
    },
  });
  return id;
}

describe('the inbox list by case', () => {
  it('lists each case once by its newest message, newest first, with the notices beside them', async () => {
    const me = await citizen();
    const receiptOnly = await sentCase(me.id, minutes(10));
    const answered = await sentCase(me.id, minutes(1), 'ANSWERED');
    await addMessage(answered.id, me.id, {
      at: minutes(2),
      kind: 'PARTIAL_ANSWER',
      readAt: minutes(3),
    });
    const answer = await addMessage(answered.id, me.id, { at: minutes(20), kind: 'ANSWER' });
    const asked = await sentCase(me.id, minutes(4), 'WAITING_FOR_CITIZEN');
    const question = await addMessage(asked.id, me.id, {
      at: minutes(15),
      kind: 'COUNTER_QUESTION',
    });
    const noticeId = await notice(me.id, minutes(12));

    const page = await inboxCases(me.browser);
    expect(page.items.map((e) => e.id)).toEqual([answered.id, asked.id, noticeId, receiptOnly.id]);
    expect(page.items.map((e) => e.latestAt)).toEqual(
      [20, 15, 12, 10].map((n) => minutes(n).toISOString()),
    );
    expect(page.items[0]).toEqual({
      id: answered.id,
      latestAt: minutes(20).toISOString(),
      message: null,
      case: {
        id: answered.id,
        reference: answered.reference,
        status: 'ANSWERED',
        clinicName: 'Farsta vårdcentral',
        caseTypeName: { sv: 'Förnya recept', en: 'Renew prescription' },
        submittedAt: minutes(1).toISOString(),
        archived: false,
        unreadCount: 1,
        waitingForReply: false,
        deletionNoticeAt: null,
        latestMessage: {
          id: answer.id,
          kind: 'ANSWER',
          authorKind: 'STAFF',
          authorName: {
            sv: 'Vera Vårdsson, Specialistläkare',
            en: 'Vera Vårdsson, Specialist physician',
          },
          createdAt: minutes(20).toISOString(),
          readAt: null,
        },
      },
    });
    expect(page.items[1]?.case).toMatchObject({
      status: 'WAITING_FOR_CITIZEN',
      waitingForReply: true,
      unreadCount: 1,
      latestMessage: { id: question.id, kind: 'COUNTER_QUESTION' },
    });
    expect(page.items[2]).toMatchObject({
      case: null,
      message: { id: noticeId, kind: 'SYSTEM_NOTICE', archived: false },
    });
    expect(page.items[3]?.case).toMatchObject({
      status: 'NEW',
      waitingForReply: false,
      unreadCount: 0,
      latestMessage: { id: receiptOnly.receiptId, kind: 'CASE_SUBMITTED', authorKind: 'SYSTEM' },
    });
    // Unread: the answer, the question and the notice; never the receipt.
    expect(page.unreadCount).toBe(3);
    expect(page.nextCursor).toBeNull();

    // A new message moves its case to the top; my own reply counts as one.
    await addMessage(receiptOnly.id, me.id, { at: minutes(30), authorKind: 'CITIZEN' });
    const moved = await inboxCases(me.browser);
    expect(moved.items.map((e) => e.id)).toEqual([receiptOnly.id, answered.id, asked.id, noticeId]);
    expect(moved.items[0]?.case).toMatchObject({
      unreadCount: 0,
      latestMessage: { kind: 'CITIZEN_REPLY', authorKind: 'CITIZEN' },
    });
  });

  it('keeps the latest time of a case whose older message comes later', async () => {
    const me = await citizen();
    const sent = await sentCase(me.id, minutes(1));
    await addMessage(sent.id, me.id, { at: minutes(9) });
    await addMessage(sent.id, me.id, { at: minutes(5) });
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: sent.id },
      select: { latestMessageAt: true },
    });
    expect(stored.latestMessageAt).toEqual(minutes(9));
  });

  it('pages by keyset over cases and notices without gaps or repeats, equal times included', async () => {
    const me = await citizen();
    const ids: string[] = [];
    for (let i = 0; i < 9; i += 1) ids.push((await sentCase(me.id, minutes(i % 3))).id);
    for (let i = 0; i < 3; i += 1) ids.push(await notice(me.id, minutes(i % 2)));
    const all = await inboxCases(me.browser, { first: 100 });
    expect(all.items).toHaveLength(12);
    const expected = [...all.items].sort(
      (a, b) => b.latestAt.localeCompare(a.latestAt) || b.id.localeCompare(a.id),
    );
    expect(all.items.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect([...ids].sort()).toEqual(all.items.map((e) => e.id).sort());

    for (const size of [1, 5]) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: Page = await inboxCases(me.browser, { first: size, after });
        seen.push(...page.items.map((e) => e.id));
        after = page.nextCursor;
        pages += 1;
      } while (after && pages < 20);
      expect(pages).toBe(Math.ceil(12 / size));
      expect(seen).toEqual(expected.map((e) => e.id));
    }
  });

  it('costs the same few statements for a page of 1 and a page of 50', async () => {
    const me = await citizen();
    for (let c = 0; c < 50; c += 1) {
      const sent = await sentCase(me.id, minutes(c));
      await addMessage(sent.id, me.id, { at: minutes(c + 100) });
    }
    const one = await h.statements.during(() => inboxCases(me.browser, { first: 1 }));
    const fifty = await h.statements.during(() => inboxCases(me.browser, { first: 50 }));
    expect(one.result.items).toHaveLength(1);
    expect(fifty.result.items).toHaveLength(50);
    expect(fifty.statements).toHaveLength(one.statements.length);
    expect(fifty.statements.filter((s) => !/"?sessions"?/.test(s)).length).toBeLessThanOrEqual(1);
  });

  it('files a case in the archive folder and back, notices too, in the same shape', async () => {
    const me = await citizen();
    const kept = await sentCase(me.id, minutes(1), 'ANSWERED');
    const filed = await sentCase(me.id, minutes(2), 'ANSWERED');
    await addMessage(filed.id, me.id, { at: minutes(3), kind: 'ANSWER' });
    const noticeId = await notice(me.id, minutes(4));
    const archived = await me.browser.graphql(ARCHIVE, {
      input: { caseId: filed.id, archived: true },
    });
    expect(archived.errors).toBeUndefined();
    await h.prisma.caseMessage.update({
      where: { id: noticeId },
      data: { archivedAt: minutes(5) },
    });

    const inbox = await inboxCases(me.browser);
    expect(inbox.items.map((e) => e.id)).toEqual([kept.id]);
    expect(inbox.unreadCount).toBe(0);
    const archive = await inboxCases(me.browser, { folder: 'ARCHIVE' });
    expect(archive.items.map((e) => e.id)).toEqual([noticeId, filed.id]);
    expect(archive.items[1]?.case).toMatchObject({ archived: true, unreadCount: 1 });
    expect(archive.items[0]?.message).toMatchObject({ archived: true });

    await me.browser.graphql(ARCHIVE, { input: { caseId: filed.id, archived: false } });
    expect((await inboxCases(me.browser)).items.map((e) => e.id)).toEqual([filed.id, kept.id]);
    expect((await inboxCases(me.browser, { folder: 'ARCHIVE' })).items.map((e) => e.id)).toEqual([
      noticeId,
    ]);
  });

  it("never lists another person's cases or notices", async () => {
    const me = await citizen();
    const other = await citizen();
    const mine = await sentCase(me.id, minutes(1));
    const theirs = await sentCase(other.id, minutes(2), 'WAITING_FOR_CITIZEN');
    await addMessage(theirs.id, other.id, { at: minutes(3), kind: 'COUNTER_QUESTION' });
    await notice(other.id, minutes(4));
    const page = await inboxCases(me.browser);
    expect(page.items.map((e) => e.id)).toEqual([mine.id]);
    expect(page.unreadCount).toBe(0);
    expect((await inboxCases(me.browser, { folder: 'ARCHIVE' })).items).toEqual([]);
    const theirPage = await inboxCases(other.browser);
    expect(theirPage.items).toHaveLength(2);
    expect(theirPage.unreadCount).toBe(2);
  });

  it('refuses page sizes outside 1..100 and cursors it did not make', async () => {
    const me = await citizen();
    for (const first of [0, 101]) {
      const result = await me.browser.graphql(INBOX_CASES, { first });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'first', code: 'OUT_OF_RANGE' }],
      });
    }
    const result = await me.browser.graphql(INBOX_CASES, { after: 'nonsense' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after', code: 'INVALID_CURSOR' }],
    });
  });
});
