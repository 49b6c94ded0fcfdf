// The inbox list in proxy mode: a guardian acting for a child sees the child's cases, sent
// through the API (the receipt and its case time written by sending), and not their own; out
// of proxy mode, the other way round. The same rule as every citizen case read.
import { describe, expect, it } from 'vitest';
import { ACT, citizen, draftAndSend, family, STOP, useProxyHarness } from './support/proxy.ts';
import type { Browser } from './harness.ts';

useProxyHarness();

const INBOX_CASES = `{ inboxCases { unreadCount items { id latestAt
  case { id status latestMessage { kind authorKind } } message { id } } } }`;

type Page = {
  unreadCount: number;
  items: { id: string; latestAt: string; case: { latestMessage: { kind: string } } | null }[];
};

async function list(browser: Browser): Promise<Page> {
  const result = await browser.graphql<{ inboxCases: Page }>(INBOX_CASES);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('inboxCases answered no data');
  return result.data.inboxCases;
}

describe('the inbox list in proxy mode', () => {
  it('lists the cases of the person acted for, and only theirs', async () => {
    const { child, browser } = await family();
    const own = await draftAndSend(browser);
    expect((await browser.graphql(ACT, { personId: child.id })).errors).toBeUndefined();
    const childs = await draftAndSend(browser);

    const acting = await list(browser);
    expect(acting.items.map((e) => e.id)).toEqual([childs]);
    expect(acting.items[0]?.case?.latestMessage).toEqual({
      kind: 'CASE_SUBMITTED',
      authorKind: 'SYSTEM',
    });
    expect(acting.unreadCount).toBe(0);

    expect((await browser.graphql(STOP)).errors).toBeUndefined();
    expect((await list(browser)).items.map((e) => e.id)).toEqual([own]);

    // The child, logged in on their own, sees their case; the guardian's is not theirs.
    expect((await list(await citizen(child))).items.map((e) => e.id)).toEqual([childs]);
  });
});
