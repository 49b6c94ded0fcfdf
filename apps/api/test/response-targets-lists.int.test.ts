// Response-time targets in the lists: the queue and the work list show the time left, flag near
// and late, and sort by it with their own keyset cursor over partial indexes that hold only the
// cases waiting for a first answer; the plans show those indexes read.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@etj/db';
import {
  dueQueuePageStatement,
  dueWorkPageStatement,
} from '../src/case-handling/case-list.repository.ts';
import { explain } from './explain-plan.ts';
import type { Browser } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';
import {
  h,
  type Item,
  type Page,
  QUEUE,
  RESPOND,
  type Result,
  scanBuffers,
  staffBrowser,
  useResponseTargetsHarness,
  WORK,
} from './support/response-targets.ts';

useResponseTargetsHarness();

let receiver: Browser;
let caregiver: Browser;

describe('the lists sorted by time left', () => {
  let listClinic: { id: string };
  let caregiverId: string;
  let order: string[];
  // Tuesday 8 December 2026, 10:00 in Stockholm.
  const now = new Date('2026-12-08T09:00:00Z');

  beforeAll(async () => {
    h.clock.freeze(now);
    const region = await createRegion(h.prisma, 'Region Listland');
    listClinic = await createClinic(h.prisma, region.id, 'Sickla vårdcentral');
    const type = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: listClinic.id,
      nameSv: 'Fråga',
    });
    receiver = (await staffBrowser(listClinic.id, ['CASE_RECEIVER'])).browser;
    const cg = await staffBrowser(listClinic.id, ['CAREGIVER']);
    caregiver = cg.browser;
    caregiverId = cg.id;
    const patient = await createPerson(h.prisma, { birthDate: '1975-03-04' });
    // Due times with ties, some assigned; then cases that must not show when sorted by time
    // left: answered ones (even past due) and ones without a due time.
    const due = [
      '2026-12-07T15:00:00Z', // Monday 16:00: late by Monday's last hour and Tuesday's two
      '2026-12-08T11:00:00Z', // Tuesday 12:00: two working hours left, near
      '2026-12-08T11:00:00Z',
      '2026-12-10T16:00:00Z', // Thursday 17:00: 7 + 9 + 9 hours left, on track
      '2026-12-10T16:00:00Z',
      '2026-12-10T16:00:00Z',
      '2026-12-09T12:00:00Z',
    ];
    const waiting: { id: string; dueAt: string }[] = [];
    for (const [i, dueAt] of due.entries()) {
      const created = await createCase(h.prisma, {
        clinicId: listClinic.id,
        caseTypeId: type.id,
        subjectPersonId: patient.id,
        assignedStaffId: i % 2 === 0 ? caregiverId : null,
        submittedAt: new Date('2026-12-04T08:00:00Z'),
      });
      await h.prisma.case.update({
        where: { id: created.id },
        data: { firstAnswerDueAt: new Date(dueAt) },
      });
      waiting.push({ id: created.id, dueAt });
    }
    for (const answered of [true, false]) {
      const created = await createCase(h.prisma, {
        clinicId: listClinic.id,
        caseTypeId: type.id,
        subjectPersonId: patient.id,
        status: answered ? 'ANSWERED' : 'NEW',
        submittedAt: new Date('2026-12-01T08:00:00Z'),
      });
      await h.prisma.case.update({
        where: { id: created.id },
        data: answered
          ? {
              firstAnswerDueAt: new Date('2026-12-02T08:00:00Z'),
              firstAnsweredAt: new Date('2026-12-03T08:00:00Z'),
            }
          : {},
      });
    }
    order = waiting
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id))
      .map((c) => c.id);
  });

  async function allPages(browser: Browser, query: string, size: number, variables = {}) {
    const seen: Item[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const result: Result<Record<string, Page>> = await browser.graphql(query, {
        ...variables,
        order: 'FIRST_ANSWER_DUE',
        first: size,
        after,
      });
      expect(result.errors).toBeUndefined();
      const page = Object.values(result.data!)[0]!;
      seen.push(...page.items);
      after = page.nextCursor;
      if (!after) break;
    }
    return seen;
  }

  it('pages through the waiting cases soonest due first, each once, at any page size', async () => {
    h.clock.freeze(now);
    for (const size of [1, 2, 3, 10]) {
      const seen = await allPages(receiver, QUEUE, size);
      expect(seen.map((i) => i.id)).toEqual(order);
    }
  });

  it('shows the time left in working minutes and flags late and near', async () => {
    h.clock.freeze(now);
    const [late, near, , onTrack] = await allPages(receiver, QUEUE, 10);
    expect(late?.firstAnswerDue).toEqual({
      dueAt: '2026-12-07T15:00:00.000Z',
      workingMinutesLeft: -180,
      state: 'OVERDUE',
    });
    expect(near?.firstAnswerDue).toMatchObject({ workingMinutesLeft: 120, state: 'NEAR' });
    expect(onTrack?.firstAnswerDue).toMatchObject({ state: 'ON_TRACK' });
    // The usual order shows the same, and nothing for answered cases or cases without a target.
    const standard = await receiver.graphql<{ caseQueue: Page }>(QUEUE, { first: 50 });
    const dues = standard.data!.caseQueue.items.map((i) => i.firstAnswerDue?.state ?? null);
    expect(dues.filter((d) => d === null)).toHaveLength(2);
    expect(dues.filter((d) => d !== null)).toHaveLength(order.length);
  });

  it('keeps the queue’s filters: unassigned only', async () => {
    h.clock.freeze(now);
    const seen = await allPages(receiver, QUEUE, 2, { filter: { assignment: 'UNASSIGNED' } });
    const unassigned = await h.prisma.case.findMany({
      where: { id: { in: order }, assignedStaffId: null },
      select: { id: true },
    });
    expect(seen.map((i) => i.id)).toEqual(
      order.filter((id) => unassigned.some((u) => u.id === id)),
    );
  });

  it('sorts the caregiver’s work list the same way, with only their cases', async () => {
    h.clock.freeze(now);
    const mine = await h.prisma.case.findMany({
      where: { id: { in: order }, assignedStaffId: caregiverId },
      select: { id: true },
    });
    const seen = await allPages(caregiver, WORK, 2);
    expect(seen.map((i) => i.id)).toEqual(order.filter((id) => mine.some((m) => m.id === id)));
  });

  it('refuses a cursor of the usual order as INVALID_CURSOR', async () => {
    const usual = await receiver.graphql<{ caseQueue: Page }>(QUEUE, { first: 1 });
    const mixed = await receiver.graphql(QUEUE, {
      order: 'FIRST_ANSWER_DUE',
      first: 1,
      after: usual.data!.caseQueue.nextCursor,
    });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after', code: 'INVALID_CURSOR' }],
    });
  });

  it('drops a case from the sort once staff first write to the patient, and its time left goes', async () => {
    h.clock.freeze(now);
    const [first] = await allPages(receiver, QUEUE, 1);
    const answered = await receiver.graphql<{ respondToCase: Item }>(RESPOND, {
      input: {
        caseId: first!.id,
        kind: 'PARTIAL_ANSWER',
        text: 'Vi återkommer i morgon.',
        outcomes: [],
        close: false,
        expectedRevision: first!.revision,
      },
    });
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.respondToCase.firstAnswerDue).toBeNull();
    const row = await h.prisma.case.findUniqueOrThrow({
      where: { id: first!.id },
      select: { firstAnsweredAt: true },
    });
    expect(row.firstAnsweredAt?.toISOString()).toBe(now.toISOString());
    const seen = await allPages(receiver, QUEUE, 10);
    expect(seen.map((i) => i.id)).toEqual(order.slice(1));
    order = order.slice(1);
  });
});

describe('the plans of the lists sorted by time left', () => {
  it('walk the partial due indexes, not the clinic’s history', async () => {
    const region = await createRegion(h.prisma, 'Region Planland');
    const big = await createClinic(h.prisma, region.id, 'Stora vårdcentralen');
    const type = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: big.id,
      nameSv: 'Fråga',
    });
    // Ten caregivers share the waiting cases; the plan is read for one of them.
    const caregivers = [];
    for (let i = 0; i < 10; i += 1)
      caregivers.push(
        await createStaff(h.prisma, { assignments: [{ clinicId: big.id, roles: ['CAREGIVER'] }] }),
      );
    const staff = caregivers[0]!;
    const caregiverIds = Prisma.join(caregivers.map((c) => Prisma.sql`${c.id}::uuid`));
    const patient = await createPerson(h.prisma, { birthDate: '1960-02-02' });
    const version = await h.prisma.caseTypeVersion.findFirstOrThrow({
      where: { caseTypeId: type.id },
      select: { id: true },
    });
    // 20,000 cases over a year, one in a hundred still waiting for its first answer.
    await h.prisma.$executeRaw(Prisma.sql`
      INSERT INTO cases (id, reference, clinic_id, case_type_version_id, subject_person_id,
        sender_person_id, idempotency_key, status, answers, assigned_staff_id, submitted_at,
        last_event_at, closed_at, first_answer_due_at, first_answered_at)
      SELECT gen_random_uuid(), 'P-' || i, ${big.id}::uuid, ${version.id}::uuid,
        ${patient.id}::uuid, ${patient.id}::uuid, 'plan-' || i,
        (CASE WHEN i % 100 = 0 THEN 'ASSIGNED' ELSE 'CLOSED' END)::"CaseStatus", '{}'::jsonb,
        (ARRAY[${caregiverIds}])[1 + i / 100 % 10], t, t, CASE WHEN i % 100 = 0 THEN NULL ELSE t + interval '3 hours' END,
        t + interval '1 day', CASE WHEN i % 100 = 0 THEN NULL ELSE t + interval '2 hours' END
      FROM generate_series(1, 20000) i,
        LATERAL (SELECT timestamptz '2025-12-01' + i * interval '25 minutes' AS t) s`);
    await h.prisma.$executeRawUnsafe('VACUUM (ANALYZE) cases');

    const queue = await explain(
      h.prisma,
      dueQueuePageStatement({
        clinicId: big.id,
        statuses: ['NEW', 'ASSIGNED', 'ANSWERED', 'WAITING_FOR_CITIZEN'],
        caseTypeId: null,
        assignment: 'ANY',
        minAgeBefore: null,
        after: null,
        limit: 26,
      }),
      { analyze: true },
    );
    expect(queue.nodes, queue.nodes.join(' / ')).toContain('Index Scan on cases_due_idx');

    const work = await explain(
      h.prisma,
      dueWorkPageStatement({
        clinicId: big.id,
        staffMemberId: staff.id,
        after: { dueAt: new Date('2026-03-01T00:00:00Z'), id: randomUUID() },
        limit: 26,
      }),
      { analyze: true },
    );
    // An index scan, or a bitmap scan and a sort of the caregiver's few waiting cases.
    expect(
      work.nodes.some((n) => /Index Scan on cases_work_due_idx$/.test(n)),
      work.nodes.join(' / '),
    ).toBe(true);
    // The walk reads a few pages of the small partial index and the page's rows, not the
    // hundreds of pages of the clinic's 20,000 cases.
    expect(scanBuffers(queue.root, 'cases_due_idx')).toBeLessThan(60);
    expect(scanBuffers(work.root, 'cases_work_due_idx')).toBeLessThan(60);
  });
});
