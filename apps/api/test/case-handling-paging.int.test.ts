// Keyset paging of the staff lists through the API: the queue is read as index-ordered parts
// (rank 0: new and unassigned; rank 1: the rest), so pages that cross from one part to the next
// and deep pages among equal timestamps must neither repeat nor skip a case. The expected order
// is the rules' (queueRank, then sent, then id), computed here from the rows themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueRank } from '../src/case-handling/case-handling.rules.ts';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const QUEUE = `query($filter: CaseQueueFilter, $first: Int, $after: String) {
  caseQueue(filter: $filter, first: $first, after: $after) { items { id } nextCursor } }`;
const WORK = `query($includeClosed: Boolean, $first: Int, $after: String) {
  myAssignedCases(includeClosed: $includeClosed, first: $first, after: $after) { items { id } nextCursor } }`;

type Status = 'NEW' | 'ASSIGNED' | 'ANSWERED' | 'WAITING_FOR_CITIZEN' | 'CLOSED';
type Page = { items: { id: string }[]; nextCursor: string | null };
type Row = {
  id: string;
  status: Status;
  assignedStaffId: string | null;
  submittedAt: Date;
  lastEventAt: Date;
  caseTypeId: string;
};

/** Three instants only, so most cases share their sending time with others. */
const INSTANTS = [
  new Date('2026-10-01T08:00:00.000Z'),
  new Date('2026-10-20T08:00:00.000Z'),
  new Date('2026-11-24T08:00:00.000Z'),
];

let h: Harness;
let receiver: Browser;
let caregiver: Browser;
let caregiverId: string;
let otherType: string;
let rows: Row[] = [];

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  const clinic = await createClinic(h.prisma, region.id, 'Sickla vårdcentral');
  const types = [
    await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Recept',
    }),
    await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Fråga',
    }),
  ];
  otherType = types[1]!.id;
  const receiverStaff = await createStaff(h.prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CASE_RECEIVER'] }],
  });
  const caregiverStaff = await createStaff(h.prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
  });
  const colleague = await createStaff(h.prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
  });
  caregiverId = caregiverStaff.id;
  const patient = await createPerson(h.prisma, { birthDate: '1975-03-04' });
  // Every status, with and without an assignee (a NEW case with one ranks 1), over the three
  // instants: 7 new and unassigned cases, then 17 open ones of rank 1 and 3 closed ones.
  const shapes: { status: Status; assignee: string | null; count: number }[] = [
    { status: 'NEW', assignee: null, count: 7 },
    { status: 'NEW', assignee: caregiverStaff.id, count: 1 },
    { status: 'ASSIGNED', assignee: caregiverStaff.id, count: 5 },
    { status: 'ASSIGNED', assignee: colleague.id, count: 2 },
    { status: 'ANSWERED', assignee: null, count: 2 },
    { status: 'ANSWERED', assignee: caregiverStaff.id, count: 3 },
    { status: 'WAITING_FOR_CITIZEN', assignee: caregiverStaff.id, count: 4 },
    { status: 'CLOSED', assignee: caregiverStaff.id, count: 3 },
  ];
  let n = 0;
  for (const shape of shapes)
    for (let i = 0; i < shape.count; i += 1) {
      n += 1;
      await createCase(h.prisma, {
        clinicId: clinic.id,
        caseTypeId: types[n % 3 === 0 ? 1 : 0]!.id,
        subjectPersonId: patient.id,
        status: shape.status,
        assignedStaffId: shape.assignee,
        submittedAt: INSTANTS[n % INSTANTS.length],
      });
    }
  const stored = await h.prisma.case.findMany({
    where: { clinicId: clinic.id },
    select: {
      id: true,
      status: true,
      assignedStaffId: true,
      submittedAt: true,
      lastEventAt: true,
      caseTypeVersion: { select: { caseTypeId: true } },
    },
  });
  rows = stored.map((r) => ({ ...r, caseTypeId: r.caseTypeVersion.caseTypeId }));
  receiver = new Browser(h.baseUrl, 'staff');
  await receiver.login(receiverStaff.hsaId);
  caregiver = new Browser(h.baseUrl, 'staff');
  await caregiver.login(caregiverStaff.hsaId);
});

afterAll(async () => {
  await h.close();
});

/** Every page of a list, `first` at a time, followed by its cursors to the end. */
async function allPages(
  browser: Browser,
  query: string,
  variables: Record<string, unknown>,
  first: number,
): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i += 1) {
    const r: { data?: Record<string, Page> | null; errors?: unknown[] } = await browser.graphql<
      Record<string, Page>
    >(query, { ...variables, first, after });
    expect(r.errors).toBeUndefined();
    const [page] = Object.values(r.data ?? {});
    pages.push(page!.items.map((x) => x.id));
    after = page!.nextCursor;
    if (!after) return pages;
  }
  throw new Error('more than 100 pages');
}

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The queue's order by the rules: rank, then the oldest sent, then the id. */
function queueOrder(filter: (r: Row) => boolean): string[] {
  return rows
    .filter(filter)
    .sort(
      (a, b) =>
        queueRank(a.status, a.assignedStaffId) - queueRank(b.status, b.assignedStaffId) ||
        a.submittedAt.getTime() - b.submittedAt.getTime() ||
        byId(a, b),
    )
    .map((r) => r.id);
}

describe('queue pages across the part boundary and deep among equal timestamps', () => {
  const open = (r: Row) => r.status !== 'CLOSED';

  it('has the boundary where the test needs it: 7 of rank 0, then rank 1', () => {
    const expected = queueOrder(open);
    expect(expected).toHaveLength(24);
    const ranks = expected.map((id) => {
      const r = rows.find((x) => x.id === id)!;
      return queueRank(r.status, r.assignedStaffId);
    });
    expect(ranks.indexOf(1)).toBe(7);
  });

  for (const first of [1, 2, 3, 5, 7, 10, 100]) {
    it(`pages of ${String(first)}: every open case once, in the rules' order`, async () => {
      const pages = await allPages(receiver, QUEUE, {}, first);
      const expected = queueOrder(open);
      expect(pages.flat()).toEqual(expected);
      // Full pages until the last, which is never empty unless the list is.
      for (const page of pages.slice(0, -1)) expect(page).toHaveLength(first);
      expect(pages.at(-1)!.length).toBeGreaterThan(0);
    });
  }

  it('the second page of 4 spans the boundary: 3 cases of rank 0, then 1 of rank 1', async () => {
    const pages = await allPages(receiver, QUEUE, {}, 4);
    const expected = queueOrder(open);
    expect(pages[1]).toEqual(expected.slice(4, 8));
  });

  for (const [name, filter, keep] of [
    ['unassigned', { assignment: 'UNASSIGNED' }, (r: Row) => open(r) && !r.assignedStaffId],
    ['assigned', { assignment: 'ASSIGNED' }, (r: Row) => open(r) && !!r.assignedStaffId],
    [
      'NEW and CLOSED',
      { statuses: ['NEW', 'CLOSED'] },
      (r: Row) => ['NEW', 'CLOSED'].includes(r.status),
    ],
    ['one case type', { caseTypeId: '' }, (r: Row) => open(r) && r.caseTypeId === otherType],
    [
      'sent 30 days ago or more',
      { minAgeDays: 30 },
      (r: Row) => open(r) && r.submittedAt < new Date('2026-10-27T00:00:00Z'),
    ],
  ] as const) {
    it(`with a filter (${name}), pages of 2 give every matching case once`, async () => {
      const asked = 'caseTypeId' in filter ? { caseTypeId: otherType } : filter;
      const pages = await allPages(receiver, QUEUE, { filter: asked }, 2);
      const expected = queueOrder(keep);
      expect(expected.length).toBeGreaterThan(2);
      expect(pages.flat()).toEqual(expected);
    });
  }
});

describe('work list pages among equal latest events', () => {
  /** Latest event first, then the id, descending. */
  function workOrder(filter: (r: Row) => boolean): string[] {
    return rows
      .filter((r) => r.assignedStaffId === caregiverId && filter(r))
      .sort((a, b) => b.lastEventAt.getTime() - a.lastEventAt.getTime() || byId(b, a))
      .map((r) => r.id);
  }

  for (const includeClosed of [false, true])
    for (const first of [1, 2, 4]) {
      it(`${includeClosed ? 'with' : 'without'} closed cases, pages of ${String(first)}`, async () => {
        const pages = await allPages(caregiver, WORK, { includeClosed }, first);
        const expected = workOrder((r) => includeClosed || r.status !== 'CLOSED');
        expect(expected.length).toBeGreaterThan(first);
        expect(pages.flat()).toEqual(expected);
      });
    }
});
