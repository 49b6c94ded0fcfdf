// The proxy lifecycle job through pg-boss itself: the app clock moves through a child's
// last three months and the job runs on the runner (runNow, and once through the test door).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDate } from '@etj/domain';
import { PROXY_LIFECYCLE_JOB } from '../src/proxy-lifecycle/proxy-lifecycle.job.ts';
import { ProxyLifecycleRepository } from '../src/proxy-lifecycle/proxy-lifecycle.repository.ts';
import { createPerson } from './factories.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({}, { jobs: true });
});

afterAll(async () => {
  await h.close();
});

type Notice = { key: string; recipientRole: string; childName: string | null; endsOn: string };

async function runJob(): Promise<void> {
  if (!h.jobs) throw new Error('the harness runs no jobs');
  expect(await h.jobs.runNow(PROXY_LIFECYCLE_JOB)).toBe('completed');
}

/** Notices per recipient label, in the order they were stored. */
async function notices(labels: Record<string, string>): Promise<string[]> {
  const rows = await h.prisma.caseMessage.findMany({
    where: { caseId: null, kind: 'SYSTEM_NOTICE', recipientPersonId: { in: Object.keys(labels) } },
    orderBy: [{ createdAt: 'asc' }, { recipientPersonId: 'asc' }],
    select: { recipientPersonId: true, body: true, authorKind: true },
  });
  return rows.map((r) => `${labels[r.recipientPersonId] ?? '?'}:${(r.body as Notice).key}`).sort();
}

let families = 0;

async function family(childBirth: string, childName = 'Lilla') {
  families += 1;
  const day = String(families).padStart(2, '0');
  const g1 = await createPerson(h.prisma, { birthDate: `1985-04-${day}`, givenName: 'Gunnel' });
  const g2 = await createPerson(h.prisma, { birthDate: `1983-09-${day}`, male: true });
  const child = await createPerson(h.prisma, { birthDate: childBirth, givenName: childName });
  const created = new Date('2026-01-10T10:00:00Z');
  for (const g of [g1, g2]) {
    await h.prisma.guardianship.create({
      data: {
        id: randomUUID(),
        guardianId: g.id,
        childId: child.id,
        custody: 'JOINT',
        validFrom: new Date(`${childBirth}T00:00:00Z`),
      },
    });
    await h.prisma.proxyLink.create({
      data: {
        id: randomUUID(),
        guardianPersonId: g.id,
        childPersonId: child.id,
        createdAt: created,
      },
    });
  }
  // The guardian entered the child's contact details in proxy mode; the first guardian wants
  // e-mail notices too.
  await settings(child.id, { email: 'barn@example.se', mobile: '0701234567', by: g1.id });
  await settings(g1.id, { email: 'gunnel@example.se', mobile: null, by: g1.id });
  return { g1, g2, child, labels: { [g1.id]: 'g1', [g2.id]: 'g2', [child.id]: 'child' } };
}

async function settings(
  personId: string,
  input: { email: string | null; mobile: string | null; by: string },
): Promise<void> {
  const account = await h.prisma.citizenAccount.create({
    data: { id: randomUUID(), personId, createdAt: new Date('2026-01-10T10:00:00Z') },
  });
  await h.prisma.notificationSetting.create({
    data: {
      id: randomUUID(),
      citizenAccountId: account.id,
      email: input.email,
      mobile: input.mobile,
      notifyByEmail: input.email !== null,
      notifyBySms: input.mobile !== null,
      updatedByPersonId: input.by,
      updatedAt: new Date('2026-01-10T10:00:00Z'),
    },
  });
}

async function activeLinks(childId: string) {
  return h.prisma.proxyLink.findMany({
    where: { childPersonId: childId },
    select: { endedAt: true, endedReason: true },
  });
}

async function contact(personId: string) {
  return h.prisma.notificationSetting.findFirst({
    where: { citizenAccount: { personId } },
    select: { email: true, mobile: true, notifyByEmail: true, notifyBySms: true },
  });
}

async function outbox(personId: string): Promise<string[]> {
  const rows = await h.prisma.notificationOutbox.findMany({
    where: { personId },
    select: { channel: true, templateKey: true, status: true },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((r) => `${r.channel}:${r.templateKey}:${r.status}`);
}

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

describe('missed runs: late rather than never, but never both', () => {
  it('sends only the reminder when the first run is at end - 3 days, and only the end after the birthday', async () => {
    const late = await family('2014-06-10', 'Sen'); // ends 2027-06-10
    const missed = await family('2014-06-05', 'Glömd'); // ends 2027-06-05
    h.clock.set(new Date('2027-06-07T10:00:00Z'));
    await runJob();
    expect(await notices(late.labels)).toEqual([
      'child:PROXY_ENDS_IN_ONE_WEEK',
      'g1:PROXY_ENDS_IN_ONE_WEEK',
      'g2:PROXY_ENDS_IN_ONE_WEEK',
    ]);
    expect(await notices(missed.labels)).toEqual(['child:CONTACT_DETAILS_REMOVED']);
    expect((await activeLinks(missed.child.id)).map((l) => l.endedReason)).toEqual([
      'CHILD_TURNED_13',
      'CHILD_TURNED_13',
    ]);
    expect((await contact(missed.child.id))?.email).toBeNull();
    expect((await activeLinks(late.child.id)).every((l) => l.endedAt === null)).toBe(true);

    h.clock.set(new Date('2027-06-11T10:00:00Z'));
    await runJob();
    expect(await notices(late.labels)).toEqual([
      'child:CONTACT_DETAILS_REMOVED',
      'child:PROXY_ENDS_IN_ONE_WEEK',
      'g1:PROXY_ENDS_IN_ONE_WEEK',
      'g2:PROXY_ENDS_IN_ONE_WEEK',
    ]);
    expect(await notices(missed.labels)).toEqual(['child:CONTACT_DETAILS_REMOVED']);
  });

  it('a child removed from the proxy lists before 13 gets no reminders, but the wipe at 13 all the same', async () => {
    const removed = await family('2014-09-10', 'Borttagen'); // ends 2027-09-10
    await h.prisma.proxyLink.updateMany({
      where: { childPersonId: removed.child.id },
      data: { endedAt: new Date('2027-05-01T10:00:00Z'), endedReason: 'REMOVED_BY_GUARDIAN' },
    });
    h.clock.set(new Date('2027-09-05T10:00:00Z'));
    await runJob();
    expect(await notices(removed.labels)).toEqual([]);
    expect((await contact(removed.child.id))?.email).toBe('barn@example.se');

    h.clock.set(new Date('2027-09-10T08:00:00Z'));
    await runJob();
    await runJob();
    expect(await notices(removed.labels)).toEqual(['child:CONTACT_DETAILS_REMOVED']);
    expect(await contact(removed.child.id)).toEqual({
      email: null,
      mobile: null,
      notifyByEmail: false,
      notifyBySms: false,
    });
    expect((await activeLinks(removed.child.id)).map((l) => l.endedReason)).toEqual([
      'REMOVED_BY_GUARDIAN',
      'REMOVED_BY_GUARDIAN',
    ]);
  });

  it('refuses unknown jobs at the test door', async () => {
    const response = await fetch(`${h.baseUrl}/api/test/jobs/no-such-job/run`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

describe('deceased people: nothing sent to or about them, and a deceased child is still wiped', () => {
  it('a deceased child: no notices to anyone, contact details wiped once on what would have been the 13th birthday', async () => {
    const f = await family('2014-11-20', 'Minne'); // would have turned 13 on 2027-11-20
    await h.prisma.person.update({
      where: { id: f.child.id },
      data: { deceasedOn: new Date('2025-02-01T00:00:00Z') },
    });
    const repository = new ProxyLifecycleRepository(h.prisma);
    const listed = async (today: string) =>
      (await repository.childrenWithActiveLinks(today as CalendarDate, today as CalendarDate)).some(
        (c) => c.childPersonId === f.child.id,
      );

    // Inside the three-month window and on the reminder day: nothing to the child or the guardians.
    for (const instant of ['2027-08-21T10:00:00Z', '2027-11-14T10:00:00Z']) {
      h.clock.set(new Date(instant));
      await runJob();
    }
    expect(await notices(f.labels)).toEqual([]);
    expect((await contact(f.child.id))?.email).toBe('barn@example.se');

    // The day before: the details a guardian stored are still there.
    h.clock.set(new Date('2027-11-19T22:59:00Z'));
    await runJob();
    expect((await contact(f.child.id))?.mobile).toBe('0701234567');

    // 00:30 on the birthday: links end, details and both choices wiped, still no notice.
    h.clock.set(new Date('2027-11-19T23:30:00Z'));
    expect(await listed('2027-11-20')).toBe(true);
    await runJob();
    expect(await contact(f.child.id)).toEqual({
      email: null,
      mobile: null,
      notifyByEmail: false,
      notifyBySms: false,
    });
    expect((await activeLinks(f.child.id)).map((l) => l.endedReason)).toEqual([
      'CHILD_TURNED_13',
      'CHILD_TURNED_13',
    ]);
    expect(await notices(f.labels)).toEqual([]);
    expect(await outbox(f.child.id)).toEqual([]);
    expect(await outbox(f.g1.id)).toEqual([]);

    // Once: the hourly query no longer finds the child, so the job does not loop on it.
    expect(await listed('2027-11-20')).toBe(false);
    h.clock.set(new Date('2027-11-21T10:00:00Z'));
    await runJob();
    expect(await notices(f.labels)).toEqual([]);
  });

  it('a deceased child whose links ended early is wiped on the birthday too, and then left alone', async () => {
    const f = await family('2014-11-25', 'Saknad');
    await h.prisma.person.update({
      where: { id: f.child.id },
      data: { deceasedOn: new Date('2025-03-01T00:00:00Z') },
    });
    await h.prisma.proxyLink.updateMany({
      where: { childPersonId: f.child.id },
      data: { endedAt: new Date('2025-03-10T10:00:00Z'), endedReason: 'GUARDIANSHIP_ENDED' },
    });
    h.clock.set(new Date('2027-11-24T10:00:00Z'));
    await runJob();
    expect((await contact(f.child.id))?.email).toBe('barn@example.se');
    h.clock.set(new Date('2027-11-25T10:00:00Z'));
    await runJob();
    expect(await contact(f.child.id)).toEqual({
      email: null,
      mobile: null,
      notifyByEmail: false,
      notifyBySms: false,
    });
    expect(await notices(f.labels)).toEqual([]);
    const repository = new ProxyLifecycleRepository(h.prisma);
    const children = await repository.childrenWithActiveLinks(
      '2027-11-25' as CalendarDate,
      '2027-11-25' as CalendarDate,
    );
    expect(children.some((c) => c.childPersonId === f.child.id)).toBe(false);
  });

  it('a deceased guardian gets no notice and no notification; the child and the other guardian do', async () => {
    const f = await family('2014-12-15', 'Kvar'); // window from 2027-09-15
    await h.prisma.person.update({
      where: { id: f.g1.id }, // g1 has e-mail notifications switched on
      data: { deceasedOn: new Date('2026-06-01T00:00:00Z') },
    });
    h.clock.set(new Date('2027-09-16T10:00:00Z'));
    await runJob();
    expect(await notices(f.labels)).toEqual([
      'child:PROXY_ENDS_IN_THREE_MONTHS',
      'g2:PROXY_ENDS_IN_THREE_MONTHS',
    ]);
    expect(await outbox(f.g1.id)).toEqual([]);
    h.clock.set(new Date('2027-12-09T10:00:00Z'));
    await runJob();
    expect(await notices(f.labels)).toEqual([
      'child:PROXY_ENDS_IN_ONE_WEEK',
      'child:PROXY_ENDS_IN_THREE_MONTHS',
      'g2:PROXY_ENDS_IN_ONE_WEEK',
      'g2:PROXY_ENDS_IN_THREE_MONTHS',
    ]);
    expect(await outbox(f.g1.id)).toEqual([]);
  });
});
