// Proxy mode (DOMAIN.md section 6): system notices about proxy links in the inbox, and the
// append-only record of every change a guardian made for a child.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ACT,
  ARCHIVE_MESSAGE,
  citizen,
  code,
  draftAndSend,
  family,
  h,
  INBOX,
  MARK_MESSAGE,
  person,
  START,
  STOP,
  useProxyHarness,
} from './support/proxy.ts';

useProxyHarness();

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
