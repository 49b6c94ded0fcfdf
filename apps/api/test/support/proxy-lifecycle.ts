// Shared set-up of the proxy lifecycle tests: one harness with jobs, and helpers that run the
// job, make families with custody and contact settings, and read notices, links and the outbox.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { PROXY_LIFECYCLE_JOB } from '../../src/proxy-lifecycle/proxy-lifecycle.job.ts';
import { createPerson } from '../factories.ts';
import { startHarness, type Harness } from '../harness.ts';

export let h: Harness;

export type Notice = {
  key: string;
  recipientRole: string;
  childName: string | null;
  endsOn: string;
};

export async function runJob(): Promise<void> {
  if (!h.jobs) throw new Error('the harness runs no jobs');
  expect(await h.jobs.runNow(PROXY_LIFECYCLE_JOB)).toBe('completed');
}

/** Notices per recipient label, in the order they were stored. */
export async function notices(labels: Record<string, string>): Promise<string[]> {
  const rows = await h.prisma.caseMessage.findMany({
    where: { caseId: null, kind: 'SYSTEM_NOTICE', recipientPersonId: { in: Object.keys(labels) } },
    orderBy: [{ createdAt: 'asc' }, { recipientPersonId: 'asc' }],
    select: { recipientPersonId: true, body: true, authorKind: true },
  });
  return rows.map((r) => `${labels[r.recipientPersonId] ?? '?'}:${(r.body as Notice).key}`).sort();
}

let families = 0;

export async function family(childBirth: string, childName = 'Lilla') {
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

export async function activeLinks(childId: string) {
  return h.prisma.proxyLink.findMany({
    where: { childPersonId: childId },
    select: { endedAt: true, endedReason: true },
  });
}

export async function contact(personId: string) {
  return h.prisma.notificationSetting.findFirst({
    where: { citizenAccount: { personId } },
    select: { email: true, mobile: true, notifyByEmail: true, notifyBySms: true },
  });
}

export async function outbox(personId: string): Promise<string[]> {
  const rows = await h.prisma.notificationOutbox.findMany({
    where: { personId },
    select: { channel: true, templateKey: true, status: true },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((r) => `${r.channel}:${r.templateKey}:${r.status}`);
}

/** Starts the harness and the shared world for the calling test file. */
export function useProxyLifecycleHarness(): void {
  beforeAll(async () => {
    h = await startHarness({}, { jobs: true });
  });

  afterAll(async () => {
    await h.close();
  });
}
