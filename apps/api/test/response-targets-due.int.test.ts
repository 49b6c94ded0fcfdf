// Response-time targets: the clinic administrator sets a target to first answer in working
// hours per case type; a case sent gets its due time then, counted on the clinic's calendar
// (opening hours, weekends, public holidays and the eves).
import { describe, expect, it } from 'vitest';
import { h, sendAt, setTarget, useResponseTargetsHarness } from './support/response-targets.ts';

useResponseTargetsHarness();

describe('the clinic administrator’s target', () => {
  it('is set in working hours, refused out of range with its limits, kept when left out, cleared with null', async () => {
    const set = await setTarget(8);
    expect(set.errors).toBeUndefined();
    expect(set.data?.updateClinicCaseType).toMatchObject({ responseTargetHours: 8 });

    for (const hours of [0, 501]) {
      const refused = await setTarget(hours);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([
        { path: 'responseTargetHours', code: 'OUT_OF_RANGE', params: { min: 1, max: 500 } },
      ]);
    }

    const kept = await setTarget(undefined);
    expect(kept.data?.updateClinicCaseType).toMatchObject({ responseTargetHours: 8 });
    const cleared = await setTarget(null);
    expect(cleared.data?.updateClinicCaseType).toMatchObject({ responseTargetHours: null });
    // The change is in the administrators' log like every other settings change.
    const logged = await h.prisma.adminActionLogEntry.count({
      where: { action: 'UPDATE_CLINIC_CASE_TYPE' },
    });
    expect(logged).toBeGreaterThanOrEqual(3);
  });
});

describe('the due time of a case sent', () => {
  it('runs over the weekend: sent Friday 15:00 with 8 working hours, due Monday 14:00', async () => {
    await setTarget(8);
    const sent = await sendAt('2026-12-04T14:00:00Z');
    expect(sent.dueAt?.toISOString()).toBe('2026-12-07T13:00:00.000Z');
    // The receipt keeps the clinic's stated response time in days, not the internal target.
    expect(sent.expectedResponseDays).toBe(3);
  });

  it('skips julafton, juldagen and the weekend: sent 23 December 16:00 with 2 hours, due 28 December 09:00', async () => {
    await setTarget(2);
    const sent = await sendAt('2026-12-23T15:00:00Z');
    expect(sent.dueAt?.toISOString()).toBe('2026-12-28T08:00:00.000Z');
  });

  it('is none without a target, and a new target does not move a case already sent', async () => {
    await setTarget(null);
    const without = await sendAt('2026-12-01T09:00:00Z');
    expect(without.dueAt).toBeNull();
    await setTarget(40);
    const row = await h.prisma.case.findUniqueOrThrow({
      where: { id: without.caseId },
      select: { firstAnswerDueAt: true },
    });
    expect(row.firstAnswerDueAt).toBeNull();
  });
});
