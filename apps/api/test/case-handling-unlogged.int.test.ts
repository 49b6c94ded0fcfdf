// A staff read or change of a case and its access-log row are one: when the row cannot be
// written (the database refuses it), the case is neither shown nor changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  ASSIGN,
  CASE,
  code,
  h,
  logRows,
  newCase,
  refusingAccessLog,
  staff,
  setUpWorld,
  tearDownWorld,
} from './case-handling.world.ts';

beforeAll(setUpWorld);
afterAll(tearDownWorld);

describe('a read without its access-log row', () => {
  it('shows nothing: when the READ_CASE row cannot be written, the case is not answered', async () => {
    const c = await newCase({ status: 'ASSIGNED', assignedStaffId: staff.caregiver!.id });
    await refusingAccessLog('READ_CASE', async () => {
      for (const who of ['receiver', 'caregiver']) {
        const r = await as[who]!.graphql<{ staffCase: unknown }>(CASE, { id: c.id });
        expect(code(r), who).toBe('INTERNAL_SERVER_ERROR');
        expect(r.data?.staffCase ?? null, who).toBeNull();
      }
    });
    expect(await logRows(c.id)).toEqual([]);
    const again = await as.receiver!.graphql<{ staffCase: { id: string } }>(CASE, { id: c.id });
    expect(again.data?.staffCase.id).toBe(c.id);
    expect((await logRows(c.id)).map((r) => r.action)).toEqual(['READ_CASE']);
  });
});

describe('a change without its access-log row', () => {
  it('is not made: when the ASSIGN_CASE row cannot be written, the case stays as it was', async () => {
    const c = await newCase();
    const before = await h.prisma.case.findUniqueOrThrow({
      where: { id: c.id },
      select: {
        status: true,
        revision: true,
        assignedStaffId: true,
        assignments: { select: { id: true } },
        events: { select: { id: true } },
      },
    });
    await refusingAccessLog('ASSIGN_CASE', async () => {
      const r = await as.receiver!.graphql<{ assignCase: unknown }>(ASSIGN, {
        input: { caseId: c.id, staffMemberId: staff.caregiver!.id, expectedRevision: 1 },
      });
      expect(code(r)).toBe('INTERNAL_SERVER_ERROR');
      expect(r.data?.assignCase ?? null).toBeNull();
    });
    expect(
      await h.prisma.case.findUniqueOrThrow({
        where: { id: c.id },
        select: {
          status: true,
          revision: true,
          assignedStaffId: true,
          assignments: { select: { id: true } },
          events: { select: { id: true } },
        },
      }),
    ).toEqual(before);
    expect(await logRows(c.id)).toEqual([]);
  });
});
