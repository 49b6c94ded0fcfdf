// The proxy lifecycle job through pg-boss itself, at its edges: missed runs catch up late
// rather than never, but never twice; nothing is sent to or about deceased people, and a
// deceased child's links are still wiped.
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '@etj/domain';
import { ProxyLifecycleRepository } from '../src/proxy-lifecycle/proxy-lifecycle.repository.ts';
import {
  activeLinks,
  contact,
  family,
  h,
  notices,
  outbox,
  runJob,
  useProxyLifecycleHarness,
} from './support/proxy-lifecycle.ts';

useProxyLifecycleHarness();

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
