// Gallring against real PostgreSQL: the two-year line to the second (winter, summer, a winter
// event with a summer anniversary, 29 February) and everything that hangs off a case.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ALL_ONE,
  ALL_ZERO,
  at,
  caseWithEverything,
  exists,
  h,
  rowsOf,
  runAt,
  SECOND,
  shift,
  useRetentionHarness,
  world,
} from './support/retention.ts';

useRetentionHarness();

describe('the two-year line, to the second, through the service', () => {
  // Expected instants are written out (not computed with the rule under test), so moving the
  // rule by one second fails these tests.
  const lines = [
    {
      name: 'winter: 2024-01-15 10:00 CET, due 2026-01-15 10:00 CET',
      lastEventAt: '2024-01-15T09:00:00Z',
      due: '2026-01-15T09:00:00Z',
    },
    {
      name: 'summer: 2024-07-01 14:30 CEST, due 2026-07-01 14:30 CEST',
      lastEventAt: '2024-07-01T12:30:00Z',
      due: '2026-07-01T12:30:00Z',
    },
    {
      name: 'winter event, summer anniversary: 2024-03-30 12:00 CET, due 2026-03-30 12:00 CEST',
      lastEventAt: '2024-03-30T11:00:00Z',
      due: '2026-03-30T10:00:00Z',
    },
    {
      name: '29 February: 2024-02-29 15:00 CET, due at the end of 2026-02-28 (00:00 CET on 1 March)',
      lastEventAt: '2024-02-29T14:00:00Z',
      due: '2026-02-28T23:00:00Z',
      // All of 29 February is due at that instant; the cutoff is then 1 March 2024 00:00 CET.
      secondYounger: '2024-02-29T23:00:01Z',
    },
  ] as { name: string; lastEventAt: string; due: string; secondYounger?: string }[];

  for (const line of lines) {
    it(`${line.name}: survives a second before, goes at the instant; one a second younger stays`, async () => {
      const lastEventAt = at(line.lastEventAt);
      const due = at(line.due);
      const onTheLine = await caseWithEverything(lastEventAt);
      // A case one second younger than the cutoff at `due`.
      const aSecondYounger = await caseWithEverything(
        line.secondYounger ? at(line.secondYounger) : shift(lastEventAt, SECOND),
      );

      await runAt(shift(due, -SECOND));
      expect(await rowsOf(onTheLine)).toEqual(ALL_ONE);
      expect(await exists(aSecondYounger)).toBe(true);

      await runAt(due);
      expect(await rowsOf(onTheLine)).toEqual(ALL_ZERO);
      expect(await rowsOf(aSecondYounger)).toEqual(ALL_ONE);

      await runAt(shift(due, SECOND));
      expect(await exists(aSecondYounger)).toBe(false);
    });
  }

  it('a case touched on 28 February 2024 at 16:00 goes on 28 February 2026 at 16:00, before 29 February ones', async () => {
    const feb28 = await caseWithEverything(at('2024-02-28T15:00:00Z'));
    const feb29 = await caseWithEverything(at('2024-02-29T08:00:00Z'));
    await runAt(at('2026-02-28T15:00:00Z'));
    expect(await exists(feb28)).toBe(false);
    expect(await exists(feb29)).toBe(true);
    await runAt(at('2026-02-28T23:00:00Z'));
    expect(await exists(feb29)).toBe(false);
  });
});

describe('what goes with a case, and what does not', () => {
  const now = at('2026-11-25T09:00:00Z'); // 10:00 CET; the line is 2024-11-25 10:00 CET

  it('open cases go too, with every row that hangs off them; a young case is untouched', async () => {
    await runAt(now); // nothing else due at this instant
    const open = [
      await caseWithEverything(at('2024-11-25T09:00:00Z'), 'NEW'),
      await caseWithEverything(at('2023-06-01T08:00:00Z'), 'ASSIGNED'),
      await caseWithEverything(at('2022-01-01T08:00:00Z'), 'WAITING_FOR_CITIZEN'),
    ];
    const young = await caseWithEverything(at('2024-11-25T09:00:01Z'), 'NEW');
    const result = await runAt(now);
    for (const id of open) expect(await rowsOf(id)).toEqual(ALL_ZERO);
    expect(await rowsOf(young)).toEqual(ALL_ONE);
    expect(result.casesDeleted).toBe(3);
    expect(result.byTable).toEqual({
      cases: 3,
      case_messages: 3,
      case_events: 3,
      case_assignments: 3,
      internal_notes: 3,
      attachments: 3,
      notification_outbox: 3,
    });
    expect(result.rowsDeleted).toBe(21);
    // The citizen and the staff member are not the case's: they stay.
    expect(await h.prisma.person.count({ where: { id: world.citizen.id } })).toBe(1);
    expect(await h.prisma.staffMember.count({ where: { id: world.staff.id } })).toBe(1);
  });

  it('reading and archiving do not postpone deletion; only the latest event counts', async () => {
    const read = await caseWithEverything(at('2024-06-01T08:00:00Z'));
    await h.prisma.case.update({
      where: { id: read },
      data: { archivedAt: at('2026-11-01T08:00:00Z') },
    });
    await h.prisma.caseMessage.updateMany({
      where: { caseId: read },
      data: { readAt: at('2026-11-20T08:00:00Z'), archivedAt: at('2026-11-20T08:00:00Z') },
    });
    // Sent three years ago, but a message last week: the latest event keeps it.
    const oldButActive = await caseWithEverything(at('2026-11-18T08:00:00Z'));
    await h.prisma.case.update({
      where: { id: oldButActive },
      data: { submittedAt: at('2023-11-01T08:00:00Z') },
    });
    await runAt(now);
    expect(await exists(read)).toBe(false);
    expect(await exists(oldButActive)).toBe(true);
  });

  it('system notices in the inbox (no case) are not touched by case deletion', async () => {
    const noticeId = randomUUID();
    await h.prisma.caseMessage.create({
      data: {
        id: noticeId,
        caseId: null,
        recipientPersonId: world.citizen.id,
        authorKind: 'SYSTEM',
        kind: 'SYSTEM_NOTICE',
        body: { key: 'PROXY_ENDS_IN_ONE_WEEK' },
        createdAt: at('2026-11-01T08:00:00Z'),
        dedupeKey: `retention-test:${noticeId}`,
      },
    });
    await runAt(now);
    expect(await h.prisma.caseMessage.count({ where: { id: noticeId } })).toBe(1);
  });
});
