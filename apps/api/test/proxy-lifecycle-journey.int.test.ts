// The proxy lifecycle job through pg-boss itself: the app clock moves through a child's last
// three months and the job runs on the runner (runNow, and once through the test door).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activeLinks,
  contact,
  family,
  h,
  type Notice,
  notices,
  outbox,
  runJob,
  useProxyLifecycleHarness,
} from './support/proxy-lifecycle.ts';

useProxyLifecycleHarness();

describe('a child turning 13 on 2027-03-05, through the last three months', () => {
  // Window: three-month notice from 2026-12-05, reminder from 2027-02-26, end 2027-03-05.
  let f: Awaited<ReturnType<typeof family>>;

  beforeAll(async () => {
    f = await family('2014-03-05');
  });

  it('sends nothing before the window opens', async () => {
    h.clock.set(new Date('2026-12-04T12:00:00Z'));
    await runJob();
    expect(await notices(f.labels)).toEqual([]);
  });

  it('sends nothing at 23:59 Stockholm time on the day before the window', async () => {
    h.clock.set(new Date('2026-12-04T22:59:00Z'));
    await runJob();
    expect(await notices(f.labels)).toEqual([]);
  });

  it('sends the three-month notice to the child and both guardians on the first day (00:30)', async () => {
    h.clock.set(new Date('2026-12-04T23:30:00Z'));
    await runJob();
    expect(await notices(f.labels)).toEqual([
      'child:PROXY_ENDS_IN_THREE_MONTHS',
      'g1:PROXY_ENDS_IN_THREE_MONTHS',
      'g2:PROXY_ENDS_IN_THREE_MONTHS',
    ]);
    const toGuardian = await h.prisma.caseMessage.findFirstOrThrow({
      where: { recipientPersonId: f.g2.id, caseId: null },
      select: { body: true, authorKind: true, readAt: true },
    });
    expect(toGuardian).toEqual({
      authorKind: 'SYSTEM',
      readAt: null,
      body: {
        key: 'PROXY_ENDS_IN_THREE_MONTHS',
        recipientRole: 'GUARDIAN',
        childName: 'Lilla Testsson',
        endsOn: '2027-03-05',
      },
    });
    const toChild = await h.prisma.caseMessage.findFirstOrThrow({
      where: { recipientPersonId: f.child.id, caseId: null },
      select: { body: true },
    });
    expect((toChild.body as Notice).recipientRole).toBe('CHILD');
    // Content-free notifications to those who asked for them (g2 has no settings).
    expect(await outbox(f.g1.id)).toEqual(['EMAIL:NEW_MESSAGE:PENDING']);
    expect(await outbox(f.child.id)).toEqual([
      'EMAIL:NEW_MESSAGE:PENDING',
      'SMS:NEW_MESSAGE:PENDING',
    ]);
    expect(await outbox(f.g2.id)).toEqual([]);
  });

  it('sends nothing new when run again the same day, through the test door too', async () => {
    h.clock.set(new Date('2026-12-05T15:00:00Z'));
    await runJob();
    const door = await fetch(`${h.baseUrl}/api/test/jobs/proxy-lifecycle/run`, { method: 'POST' });
    expect(door.status).toBe(200);
    expect(await door.json()).toEqual({ name: 'proxy-lifecycle', outcome: 'completed' });
    expect(await notices(f.labels)).toHaveLength(3);
    expect(await outbox(f.g1.id)).toHaveLength(1);
  });

  it('sends nothing new at end - 8 days, 23:59', async () => {
    h.clock.set(new Date('2027-02-25T22:59:00Z'));
    await runJob();
    expect(await notices(f.labels)).toHaveLength(3);
  });

  it('sends the one-week reminder at end - 7 days (00:30)', async () => {
    h.clock.set(new Date('2027-02-25T23:30:00Z'));
    await runJob();
    expect(await notices(f.labels)).toEqual([
      'child:PROXY_ENDS_IN_ONE_WEEK',
      'child:PROXY_ENDS_IN_THREE_MONTHS',
      'g1:PROXY_ENDS_IN_ONE_WEEK',
      'g1:PROXY_ENDS_IN_THREE_MONTHS',
      'g2:PROXY_ENDS_IN_ONE_WEEK',
      'g2:PROXY_ENDS_IN_THREE_MONTHS',
    ]);
    expect(await outbox(f.g1.id)).toHaveLength(2);
  });

  it('changes nothing on the last day, up to 23:59 Stockholm time', async () => {
    for (const instant of ['2027-03-04T12:00:00Z', '2027-03-04T22:59:00Z']) {
      h.clock.set(new Date(instant));
      await runJob();
    }
    expect(await notices(f.labels)).toHaveLength(6);
    expect((await activeLinks(f.child.id)).every((l) => l.endedAt === null)).toBe(true);
    expect(await contact(f.child.id)).toEqual({
      email: 'barn@example.se',
      mobile: '0701234567',
      notifyByEmail: true,
      notifyBySms: true,
    });
  });

  it('ends the proxy at 00:30 on the birthday: links end, contact wiped, the child is told', async () => {
    h.clock.set(new Date('2027-03-04T23:30:00Z'));
    await runJob();
    const links = await activeLinks(f.child.id);
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link.endedReason).toBe('CHILD_TURNED_13');
      expect(link.endedAt?.toISOString()).toBe('2027-03-04T23:30:00.000Z');
    }
    expect(await contact(f.child.id)).toEqual({
      email: null,
      mobile: null,
      notifyByEmail: false,
      notifyBySms: false,
    });
    expect(await notices(f.labels)).toEqual([
      'child:CONTACT_DETAILS_REMOVED',
      'child:PROXY_ENDS_IN_ONE_WEEK',
      'child:PROXY_ENDS_IN_THREE_MONTHS',
      'g1:PROXY_ENDS_IN_ONE_WEEK',
      'g1:PROXY_ENDS_IN_THREE_MONTHS',
      'g2:PROXY_ENDS_IN_ONE_WEEK',
      'g2:PROXY_ENDS_IN_THREE_MONTHS',
    ]);
    const removed = await h.prisma.caseMessage.findFirstOrThrow({
      where: {
        recipientPersonId: f.child.id,
        body: { path: ['key'], equals: 'CONTACT_DETAILS_REMOVED' },
      },
      select: { body: true },
    });
    expect(removed.body).toEqual({
      key: 'CONTACT_DETAILS_REMOVED',
      recipientRole: 'CHILD',
      childName: 'Lilla Testsson',
      endsOn: '2027-03-05',
    });
    // Nothing waits to go to the wiped addresses, and nothing new was enqueued.
    expect(await outbox(f.child.id)).toEqual([]);
    // The guardians' own settings are untouched.
    expect((await contact(f.g1.id))?.email).toBe('gunnel@example.se');
  });

  it('changes nothing at 01:30 on the birthday or later, nor wipes details entered after 13', async () => {
    h.clock.set(new Date('2027-03-05T00:30:00Z'));
    await runJob();
    await h.prisma.notificationSetting.updateMany({
      where: { citizenAccount: { personId: f.child.id } },
      data: { email: 'ny@example.se', notifyByEmail: true, updatedByPersonId: f.child.id },
    });
    h.clock.set(new Date('2027-03-20T08:00:00Z'));
    await runJob();
    expect(await notices(f.labels)).toHaveLength(7);
    expect((await contact(f.child.id))?.email).toBe('ny@example.se');
  });
});
