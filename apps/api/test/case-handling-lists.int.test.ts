// The staff lists: the clinic queue (case receivers) and my assigned cases (caregivers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  code,
  h,
  newCase,
  nurse,
  otherClinic,
  patient,
  prescription,
  QUEUE,
  staff,
  WORK,
  type Result,
  type Page,
  setUpWorld,
  tearDownWorld,
} from './case-handling.world.ts';
import { createCase } from './factories.ts';

beforeAll(setUpWorld);
afterAll(tearDownWorld);

describe('clinic queue', () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    const day = (d: string) => new Date(`2026-11-${d}T10:00:00Z`);
    ids = {
      newOld: (await newCase({ submittedAt: day('10') })).id,
      newYoung: (await newCase({ submittedAt: day('24'), caseTypeId: nurse.id })).id,
      assignedOld: (await newCase({ submittedAt: day('01'), assignedStaffId: staff.caregiver!.id }))
        .id,
      answered: (await newCase({ submittedAt: day('05'), status: 'ANSWERED' })).id,
      closed: (await newCase({ submittedAt: day('02'), status: 'CLOSED' })).id,
      elsewhere: (
        await createCase(h.prisma, {
          clinicId: otherClinic.id,
          caseTypeId: prescription.id,
          subjectPersonId: patient.id,
          submittedAt: day('03'),
        })
      ).id,
    };
  });

  const mine = (page: Page) =>
    page.items.map((i) => i.id).filter((id) => Object.values(ids).includes(id));

  it('shows the clinic’s open cases, new and unassigned first, then the oldest sent first', async () => {
    const r = await as.receiver!.graphql<{ caseQueue: Page }>(QUEUE, { first: 100 });
    expect(r.errors).toBeUndefined();
    expect(mine(r.data!.caseQueue)).toEqual([
      ids.newOld,
      ids.newYoung,
      ids.assignedOld,
      ids.answered,
    ]);
    const row = r.data!.caseQueue.items.find((i) => i.id === ids.assignedOld)!;
    expect(row).toMatchObject({
      patientName: 'Anna Andersson',
      patientIdentityNumber: `${patient.identityNumber.slice(0, 8)}-${patient.identityNumber.slice(8)}`,
      assignee: { id: staff.caregiver!.id, name: 'Cora Berg', title: 'Specialistläkare' },
    });
  });

  it('pages with an opaque cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const r: Result<{ caseQueue: Page }> = await as.receiver!.graphql<{ caseQueue: Page }>(
        QUEUE,
        { first: 1, after },
      );
      expect(r.errors).toBeUndefined();
      seen.push(...r.data!.caseQueue.items.map((x) => x.id));
      after = r.data!.caseQueue.nextCursor;
      if (!after) break;
    }
    const all = await as.receiver!.graphql<{ caseQueue: Page }>(QUEUE, { first: 100 });
    expect(seen).toEqual(all.data!.caseQueue.items.map((x) => x.id));
  });

  it('filters by status, assignment, case type and age (Stockholm days, app clock)', async () => {
    const q = async (filter: object) =>
      mine((await as.receiver!.graphql<{ caseQueue: Page }>(QUEUE, { filter })).data!.caseQueue);
    expect(await q({ statuses: ['CLOSED'] })).toEqual([ids.closed]);
    expect(await q({ assignment: 'UNASSIGNED' })).toEqual([ids.newOld, ids.newYoung, ids.answered]);
    expect(await q({ assignment: 'ASSIGNED' })).toEqual([ids.assignedOld]);
    expect(await q({ caseTypeId: nurse.id })).toEqual([ids.newYoung]);
    // The clock stands on 2026-11-25: sent on the 24th is one day old, not two.
    expect(await q({ minAgeDays: 1 })).toContain(ids.newYoung);
    expect(await q({ minAgeDays: 2 })).not.toContain(ids.newYoung);
    expect(await q({ minAgeDays: 15 })).toEqual([ids.newOld, ids.assignedOld, ids.answered]);
  });

  it('refuses a page size outside 1..100 and a forged cursor', async () => {
    for (const first of [0, 101]) {
      const r = await as.receiver!.graphql(QUEUE, { first });
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: 100 } },
      ]);
    }
    const forged = await as.receiver!.graphql(QUEUE, { after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'after', code: 'INVALID_CURSOR' },
    ]);
  });

  it('is for case receivers only', async () => {
    for (const who of ['caregiver', 'admin', 'auditor'])
      expect(code(await as[who]!.graphql(QUEUE))).toBe('FORBIDDEN');
  });

  it('logs one LIST_QUEUE row per case shown, as case receiver', async () => {
    const before = await h.prisma.accessLogEntry.count({ where: { action: 'LIST_QUEUE' } });
    const r = await as.receiver!.graphql<{ caseQueue: Page }>(QUEUE, { first: 2 });
    const rows = await h.prisma.accessLogEntry.findMany({
      where: { action: 'LIST_QUEUE' },
      orderBy: { id: 'asc' },
      skip: before,
      select: { caseId: true, role: true, staffMemberId: true, patientPersonId: true },
    });
    expect(rows).toEqual(
      r.data!.caseQueue.items.map((i) => ({
        caseId: i.id,
        role: 'CASE_RECEIVER',
        staffMemberId: staff.receiver!.id,
        patientPersonId: patient.id,
      })),
    );
  });
});

describe('my assigned cases', () => {
  it('lists the cases assigned to me at this clinic, latest event first; closed ones on request', async () => {
    const older = await newCase({
      assignedStaffId: staff.former!.id,
      submittedAt: new Date('2026-10-01T08:00:00Z'),
    });
    const newer = await newCase({
      assignedStaffId: staff.former!.id,
      submittedAt: new Date('2026-10-02T08:00:00Z'),
    });
    const closed = await newCase({
      assignedStaffId: staff.former!.id,
      status: 'CLOSED',
      submittedAt: new Date('2026-10-03T08:00:00Z'),
    });
    await newCase({ assignedStaffId: staff.bystander!.id });
    const open = await as.former!.graphql<{ myAssignedCases: Page }>(WORK);
    expect(open.data?.myAssignedCases.items.map((i) => i.id)).toEqual([newer.id, older.id]);
    const all = await as.former!.graphql<{ myAssignedCases: Page }>(WORK, { includeClosed: true });
    expect(all.data?.myAssignedCases.items.map((i) => i.id)).toEqual([
      closed.id,
      newer.id,
      older.id,
    ]);
    const first = await as.former!.graphql<{ myAssignedCases: Page }>(WORK, { first: 1 });
    const second = await as.former!.graphql<{ myAssignedCases: Page }>(WORK, {
      first: 1,
      after: first.data!.myAssignedCases.nextCursor,
    });
    expect(second.data?.myAssignedCases.items.map((i) => i.id)).toEqual([older.id]);
    expect(second.data?.myAssignedCases.nextCursor).toBeNull();
    const logged = await h.prisma.accessLogEntry.findMany({
      where: { action: 'LIST_WORK', caseId: older.id },
      select: { role: true },
    });
    // Shown on three pages: the open list, the list with closed cases, and the second page.
    expect(logged).toEqual([{ role: 'CAREGIVER' }, { role: 'CAREGIVER' }, { role: 'CAREGIVER' }]);
  });

  it('is for caregivers only', async () => {
    expect(code(await as.receiver!.graphql(WORK))).toBe('FORBIDDEN');
    expect(code(await as.auditor!.graphql(WORK))).toBe('FORBIDDEN');
  });
});
