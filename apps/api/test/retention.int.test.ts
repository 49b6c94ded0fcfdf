// Gallring (issue 9, items 5 and 7) against real PostgreSQL: the two-year line to the second
// (winter, summer, a winter event with a summer anniversary, 29 February), everything that hangs
// off a case, drafts, sessions, login transactions, notifications, the append-only logs and their
// door, the content-free run record, two runners at once, a run that fails half-way, and the job
// on the pg-boss runner.
import { createHash, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createPrismaClient, createTestDatabase, type PrismaClient } from '@etj/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../src/common/clock.ts';
import {
  RetentionRepository,
  type BatchResult,
  type KeysetPosition,
} from '../src/retention/retention.repository.ts';
import { RETENTION_JOB, RetentionService } from '../src/retention/retention.service.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
let world: Awaited<ReturnType<typeof seedWorld>>;

beforeAll(async () => {
  h = await startHarness({}, { jobs: true });
  world = await seedWorld(h.prisma);
});

afterAll(async () => {
  await h.close();
});

const at = (iso: string) => new Date(iso);
const SECOND = 1000;
const DAY = 86_400_000;
const shift = (instant: Date, ms: number) => new Date(instant.getTime() + ms);

async function seedWorld(prisma: PrismaClient) {
  const region = await createRegion(prisma);
  const clinic = await createClinic(prisma, region.id);
  const caseType = await createActivatedCaseType(prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
  });
  const citizen = await createPerson(prisma, { birthDate: '1980-05-05' });
  const staff = await createStaff(prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER', 'CASE_RECEIVER'] }],
  });
  const version = await prisma.caseTypeVersion.findFirstOrThrow({
    where: { caseTypeId: caseType.id },
    select: { id: true },
  });
  return { clinic, caseType, citizen, staff, versionId: version.id };
}

function service(options: { batchSize?: number; logRetentionYears?: number } = {}) {
  return new RetentionService(new RetentionRepository(h.prisma), h.clock, undefined, options);
}

/** Runs the job at `now` (Stockholm-independent: an instant). */
async function runAt(now: Date) {
  h.clock.freeze(now);
  return service().run();
}

/** A case whose latest event is `lastEventAt`, with one row in every table that hangs off it. */
async function caseWithEverything(
  lastEventAt: Date,
  status: 'NEW' | 'ASSIGNED' | 'WAITING_FOR_CITIZEN' | 'CLOSED' = 'CLOSED',
) {
  const { id } = await createCase(h.prisma, {
    clinicId: world.clinic.id,
    caseTypeId: world.caseType.id,
    subjectPersonId: world.citizen.id,
    status,
    assignedStaffId: status === 'NEW' ? null : world.staff.id,
    submittedAt: shift(lastEventAt, -DAY),
    staffMessages: [{ staffId: world.staff.id, text: 'Receptet är förnyat.' }],
  });
  await h.prisma.case.update({ where: { id }, data: { lastEventAt } });
  await h.prisma.caseEvent.create({
    data: {
      id: randomUUID(),
      caseId: id,
      kind: 'ASSIGNED',
      actorKind: 'STAFF',
      actorStaffId: world.staff.id,
      occurredAt: lastEventAt,
    },
  });
  await h.prisma.caseAssignment.create({
    data: {
      id: randomUUID(),
      caseId: id,
      staffMemberId: world.staff.id,
      assignedByStaffId: world.staff.id,
      assignedAt: lastEventAt,
    },
  });
  await h.prisma.internalNote.create({
    data: {
      id: randomUUID(),
      caseId: id,
      authorStaffId: world.staff.id,
      text: 'Ring upp.',
      createdAt: lastEventAt,
    },
  });
  const content = Buffer.from('%PDF-1.4 test');
  await h.prisma.attachment.create({
    data: {
      id: randomUUID(),
      caseId: id,
      fileName: 'intyg.pdf',
      mediaType: 'application/pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      createdAt: lastEventAt,
    },
  });
  await h.prisma.notificationOutbox.create({
    data: {
      id: randomUUID(),
      personId: world.citizen.id,
      caseId: id,
      channel: 'EMAIL',
      address: 'testa@example.se',
      templateKey: 'NEW_MESSAGE',
      locale: 'sv',
      status: 'PENDING',
      nextAttemptAt: lastEventAt,
      createdAt: lastEventAt,
    },
  });
  return id;
}

/** Rows per table that belong to the case (0 everywhere once it is gone). */
async function rowsOf(caseId: string): Promise<Record<string, number>> {
  const where = { caseId };
  return {
    cases: await h.prisma.case.count({ where: { id: caseId } }),
    case_messages: await h.prisma.caseMessage.count({ where }),
    case_events: await h.prisma.caseEvent.count({ where }),
    case_assignments: await h.prisma.caseAssignment.count({ where }),
    internal_notes: await h.prisma.internalNote.count({ where }),
    attachments: await h.prisma.attachment.count({ where }),
    notification_outbox: await h.prisma.notificationOutbox.count({ where }),
  };
}

const ALL_ONE = {
  cases: 1,
  case_messages: 1,
  case_events: 1,
  case_assignments: 1,
  internal_notes: 1,
  attachments: 1,
  notification_outbox: 1,
};
const ALL_ZERO = Object.fromEntries(Object.keys(ALL_ONE).map((k) => [k, 0]));

async function exists(caseId: string): Promise<boolean> {
  return (await h.prisma.case.count({ where: { id: caseId } })) === 1;
}

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

describe('drafts, sessions, login transactions, notifications', () => {
  const now = at('2026-11-25T09:00:00Z');

  async function draft(updatedAt: Date, withAttachment = false) {
    const id = randomUUID();
    await h.prisma.caseDraft.create({
      data: {
        id,
        clinicId: world.clinic.id,
        caseTypeVersionId: world.versionId,
        subjectPersonId: world.citizen.id,
        senderPersonId: world.citizen.id,
        answers: {},
        createdAt: updatedAt,
        updatedAt,
      },
    });
    if (withAttachment) {
      const content = Buffer.from('GIF89a');
      await h.prisma.attachment.create({
        data: {
          id: randomUUID(),
          draftId: id,
          fileName: 'bild.gif',
          mediaType: 'image/gif',
          sizeBytes: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          createdAt: updatedAt,
        },
      });
    }
    return id;
  }

  it('a draft untouched for 30 days (Stockholm wall-clock) goes with its attachments; one a second younger stays', async () => {
    await runAt(now);
    // 30 days before 2026-11-25 10:00 CET is 2026-10-26 10:00 CET (09:00 UTC).
    const expired = await draft(at('2026-10-26T09:00:00Z'), true);
    const young = await draft(at('2026-10-26T09:00:01Z'), true);
    const result = await runAt(now);
    expect(await h.prisma.caseDraft.count({ where: { id: expired } })).toBe(0);
    expect(await h.prisma.attachment.count({ where: { draftId: expired } })).toBe(0);
    expect(await h.prisma.caseDraft.count({ where: { id: young } })).toBe(1);
    expect(await h.prisma.attachment.count({ where: { draftId: young } })).toBe(1);
    expect(result.byTable).toEqual({ case_drafts: 1, attachments: 1 });
    expect(result.casesDeleted).toBe(0);
  });

  it('sessions ended more than a day ago and login transactions older than a day go', async () => {
    const session = async (lastActivityAt: Date, revoked = false) => {
      const id = randomUUID();
      await h.prisma.session.create({
        data: {
          id,
          actorKind: 'CITIZEN',
          actorId: world.citizen.id,
          authMethod: 'test',
          createdAt: shift(lastActivityAt, -3_600_000),
          lastActivityAt,
          revokedAt: revoked ? shift(lastActivityAt, 60_000) : null,
          revokedReason: revoked ? 'LOGOUT' : null,
        },
      });
      return id;
    };
    const loginTx = async (createdAt: Date) => {
      const id = randomUUID();
      await h.prisma.loginTransaction.create({
        data: {
          id,
          actorKind: 'CITIZEN',
          state: randomUUID(),
          nonce: randomUUID(),
          returnTo: '/citizen/',
          locale: 'sv',
          createdAt,
        },
      });
      return id;
    };
    const idleLongAgo = await session(shift(now, -(DAY + 3_600_000 + SECOND)));
    const loggedOutLongAgo = await session(shift(now, -2 * DAY), true);
    const idleJustUnderTheLine = await session(shift(now, -(DAY + 3_540_000)));
    const live = await session(shift(now, -60_000));
    const oldLogin = await loginTx(shift(now, -(DAY + SECOND)));
    const recentLogin = await loginTx(shift(now, -23 * 3_600_000));

    await runAt(now);
    const sessionsLeft = await h.prisma.session.findMany({
      where: { id: { in: [idleLongAgo, loggedOutLongAgo, idleJustUnderTheLine, live] } },
      select: { id: true },
    });
    expect(sessionsLeft.map((s) => s.id).sort()).toEqual([idleJustUnderTheLine, live].sort());
    const loginsLeft = await h.prisma.loginTransaction.findMany({
      where: { id: { in: [oldLogin, recentLogin] } },
      select: { id: true },
    });
    expect(loginsLeft.map((l) => l.id)).toEqual([recentLogin]);
  });

  it('sent notifications and parked failures go after 30 days, pending ones stay; local SMS records too', async () => {
    const outbox = async (
      status: 'PENDING' | 'SENT' | 'FAILED',
      createdAt: Date,
      sentAt?: Date,
    ) => {
      const id = randomUUID();
      await h.prisma.notificationOutbox.create({
        data: {
          id,
          personId: world.citizen.id,
          channel: 'EMAIL',
          address: 'testa@example.se',
          templateKey: 'NEW_MESSAGE',
          locale: 'sv',
          status,
          nextAttemptAt: createdAt,
          createdAt,
          sentAt: sentAt ?? null,
        },
      });
      return id;
    };
    const sentLongAgo = await outbox('SENT', shift(now, -40 * DAY), shift(now, -30 * DAY - SECOND));
    const sentRecently = await outbox('SENT', shift(now, -40 * DAY), shift(now, -29 * DAY));
    const failedLongAgo = await outbox('FAILED', shift(now, -31 * DAY));
    const failedRecently = await outbox('FAILED', shift(now, -10 * DAY));
    const pendingOld = await outbox('PENDING', shift(now, -60 * DAY));
    const sms = async (sentAt: Date) => {
      const id = randomUUID();
      await h.prisma.localSmsMessage.create({
        data: { id, outboxId: randomUUID(), recipient: '+46701234567', text: 'x', sentAt },
      });
      return id;
    };
    const oldSms = await sms(shift(now, -31 * DAY));
    const newSms = await sms(shift(now, -DAY));

    await runAt(now);
    const left = await h.prisma.notificationOutbox.findMany({
      where: { id: { in: [sentLongAgo, sentRecently, failedLongAgo, failedRecently, pendingOld] } },
      select: { id: true },
    });
    expect(left.map((r) => r.id).sort()).toEqual([sentRecently, failedRecently, pendingOld].sort());
    const smsLeft = await h.prisma.localSmsMessage.findMany({
      where: { id: { in: [oldSms, newSms] } },
      select: { id: true },
    });
    expect(smsLeft.map((r) => r.id)).toEqual([newSms]);
  });
});

describe('driftstatus subscriptions', () => {
  const now = at('2026-11-25T09:00:00Z');

  it('an address never confirmed goes a week after its last confirmation mail; confirmed ones stay', async () => {
    const subscription = async (asked: Date, confirmed: boolean) => {
      const id = randomUUID();
      await h.prisma.serviceStatusSubscription.create({
        data: {
          id,
          email: `${id}@example.se`,
          locale: 'sv',
          confirmSalt: 'c',
          confirmTokenHash: `c-${id}`,
          unsubscribeSalt: 'u',
          unsubscribeTokenHash: `u-${id}`,
          confirmRequestedAt: asked,
          confirmedAt: confirmed ? asked : null,
          createdAt: asked,
        },
      });
      return id;
    };
    const stale = await subscription(shift(now, -7 * DAY - SECOND), false);
    const fresh = await subscription(shift(now, -7 * DAY + SECOND), false);
    const confirmed = await subscription(shift(now, -400 * DAY), true);
    await runAt(now);
    const left = await h.prisma.serviceStatusSubscription.findMany({
      where: { id: { in: [stale, fresh, confirmed] } },
      select: { id: true },
    });
    expect(left.map((r) => r.id).sort()).toEqual([fresh, confirmed].sort());
  });
});

describe('the append-only logs: kept five years, then deleted by the job only', () => {
  // The trigger measures five years by the database's own clock, so the rows are placed far
  // from that line whatever day the test runs: 2012 is old, a week ago is young.
  const old = at('2012-03-01T10:00:00Z');
  const young = () => new Date(Date.now() - 7 * DAY);

  async function accessLog(occurredAt: Date): Promise<bigint> {
    const row = await h.prisma.accessLogEntry.create({
      data: {
        occurredAt,
        staffMemberId: world.staff.id,
        staffHsaId: world.staff.hsaId,
        role: 'CAREGIVER',
        clinicId: world.clinic.id,
        action: 'READ_CASE',
      },
      select: { id: true },
    });
    return row.id;
  }

  async function proxyLog(occurredAt: Date): Promise<bigint> {
    const row = await h.prisma.proxyActionLogEntry.create({
      data: {
        occurredAt,
        guardianPersonId: world.citizen.id,
        childPersonId: randomUUID(),
        operation: 'submitCase',
      },
      select: { id: true },
    });
    return row.id;
  }

  const logs = [
    { table: 'access_log', insert: accessLog },
    { table: 'proxy_action_log', insert: proxyLog },
  ] as const;

  async function present(table: string, id: bigint): Promise<boolean> {
    const rows = await h.prisma.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM ${table} WHERE id = $1`,
      id,
    );
    return rows.length === 1;
  }

  it('the job deletes entries older than five years from both logs and keeps younger ones', async () => {
    h.clock.reset();
    const ids = [];
    for (const log of logs) {
      ids.push({ table: log.table, old: await log.insert(old), young: await log.insert(young()) });
    }
    const result = await service().run();
    for (const { table, old: oldId, young: youngId } of ids) {
      expect(await present(table, oldId)).toBe(false);
      expect(await present(table, youngId)).toBe(true);
    }
    expect(result.byTable.access_log).toBeGreaterThanOrEqual(1);
    expect(result.byTable.proxy_action_log).toBeGreaterThanOrEqual(1);
  });

  it('a longer configured period keeps more; a shorter one than five years is refused', async () => {
    h.clock.freeze(at('2026-11-25T09:00:00Z'));
    const sixYearsOld = await accessLog(at('2020-06-01T10:00:00Z'));
    await service({ logRetentionYears: 7 }).run();
    expect(await present('access_log', sixYearsOld)).toBe(true);
    await service({ logRetentionYears: 5 }).run();
    expect(await present('access_log', sixYearsOld)).toBe(false);
    expect(() => service({ logRetentionYears: 4 })).toThrow(/below 5 years/);
  });

  for (const log of logs) {
    it(`${log.table}: plain DELETE, UPDATE and TRUNCATE are still refused, and so is the open door on a young row`, async () => {
      const oldId = await log.insert(old);
      const youngId = await log.insert(young());
      await expect(
        h.prisma.$executeRawUnsafe(`DELETE FROM ${log.table} WHERE id = $1`, oldId),
      ).rejects.toThrow(/append-only/);
      await expect(
        h.prisma.$executeRawUnsafe(
          `UPDATE ${log.table} SET occurred_at = occurred_at WHERE id = $1`,
          oldId,
        ),
      ).rejects.toThrow(/append-only/);
      await expect(h.prisma.$executeRawUnsafe(`TRUNCATE ${log.table}`)).rejects.toThrow(
        /append-only/,
      );
      // The door open, but the row is young: refused, and the transaction rolls back.
      await expect(
        h.prisma.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT set_config('etj.log_retention', 'on', true)`;
          await tx.$executeRawUnsafe(`DELETE FROM ${log.table} WHERE id = $1`, youngId);
        }),
      ).rejects.toThrow(/append-only/);
      // The door is per transaction: it is shut again for the next statement on any connection.
      await expect(
        h.prisma.$executeRawUnsafe(`DELETE FROM ${log.table} WHERE id = $1`, oldId),
      ).rejects.toThrow(/append-only/);
      expect(await present(log.table, oldId)).toBe(true);
      expect(await present(log.table, youngId)).toBe(true);
    });
  }
});

describe('the run record', () => {
  it('is written for every run: COMPLETED with counts per table, content-free', async () => {
    const now = at('2026-11-25T09:00:00Z');
    await runAt(now);
    const gone = await caseWithEverything(at('2024-01-02T08:00:00Z'));
    const result = await runAt(now);
    const run = await h.prisma.retentionRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run.status).toBe('COMPLETED');
    expect(run.startedAt.toISOString()).toBe(now.toISOString());
    expect(run.finishedAt?.toISOString()).toBe(now.toISOString());
    expect(run.casesDeleted).toBe(1);
    expect(run.rowsDeleted).toBe(7);
    expect(run.details).toEqual(ALL_ONE);
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
    expect(result.durationMs).toBe(run.durationMs);
    // Never which: no id of what was deleted anywhere in the record.
    expect(JSON.stringify(run)).not.toContain(gone);
    expect(JSON.stringify(run)).not.toContain(world.citizen.id);
  });

  it('a run with nothing to do is recorded too', async () => {
    const result = await runAt(at('2026-11-25T09:00:00Z'));
    const run = await h.prisma.retentionRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect({ status: run.status, cases: run.casesDeleted, details: run.details }).toEqual({
      status: 'COMPLETED',
      cases: 0,
      details: {},
    });
  });
});

describe('on the pg-boss runner', () => {
  it('runs as the retention job and deletes what is due by the app clock', async () => {
    if (!h.jobs) throw new Error('the harness runs no jobs');
    h.clock.freeze(at('2026-11-25T09:00:00Z'));
    const due = await caseWithEverything(at('2024-11-25T09:00:00Z'));
    const notDue = await caseWithEverything(at('2024-11-25T09:00:01Z'));
    const before = await h.prisma.retentionRun.count();
    expect(await h.jobs.runNow(RETENTION_JOB)).toBe('completed');
    expect(await exists(due)).toBe(false);
    expect(await exists(notDue)).toBe(true);
    const latest = await h.prisma.retentionRun.findFirstOrThrow({
      orderBy: { startedAt: 'desc' },
      where: { status: 'COMPLETED' },
      select: { casesDeleted: true },
    });
    expect(await h.prisma.retentionRun.count()).toBe(before + 1);
    expect(latest.casesDeleted).toBe(1);
  });
});

describe('two processes, and a run that fails half-way (own database)', () => {
  let databaseUrl: string;
  let drop: () => Promise<void>;
  let first: PrismaClient;
  let second: PrismaClient;
  const clock = new AdjustableClock();
  const now = at('2026-11-25T09:00:00Z');

  beforeAll(async () => {
    const database = await createTestDatabase();
    databaseUrl = database.databaseUrl;
    drop = () => database.drop();
    first = createPrismaClient(databaseUrl, { maxConnections: 4 });
    second = createPrismaClient(databaseUrl, { maxConnections: 4 });
    clock.freeze(now);
  });

  afterAll(async () => {
    await first.$disconnect();
    await second.$disconnect();
    await drop();
  });

  /** `count` expired cases with a message and an event each, and `young` that are not due. */
  let bulkWorld: Awaited<ReturnType<typeof seedWorld>> | undefined;

  async function seedBulk(count: number, young: number) {
    bulkWorld ??= await seedWorld(first);
    const w = bulkWorld;
    await first.$executeRaw`
      INSERT INTO cases (id, reference, clinic_id, case_type_version_id, subject_person_id,
                         sender_person_id, idempotency_key, status, answers, submitted_at,
                         last_event_at)
      SELECT gen_random_uuid(), 'B-' || g || '-' || substr(md5(random()::text), 1, 8),
             ${w.clinic.id}::uuid, ${w.versionId}::uuid, ${w.citizen.id}::uuid,
             ${w.citizen.id}::uuid, gen_random_uuid()::text, 'CLOSED'::"CaseStatus", '{}'::jsonb,
             CASE WHEN g <= ${count} THEN timestamptz '2023-01-01 10:00+00' + g * interval '1 minute'
                  ELSE timestamptz '2026-01-01 10:00+00' END,
             CASE WHEN g <= ${count} THEN timestamptz '2023-01-01 10:00+00' + g * interval '1 minute'
                  ELSE timestamptz '2026-01-01 10:00+00' END
        FROM generate_series(1, ${count + young}) g`;
    await first.$executeRaw`
      INSERT INTO case_messages (id, case_id, recipient_person_id, author_kind, author_person_id,
                                 kind, body, created_at)
      SELECT gen_random_uuid(), c.id, c.subject_person_id, 'CITIZEN'::"MessageAuthorKind",
             c.subject_person_id, 'CASE_SUBMITTED'::"MessageKind", '{}'::jsonb, c.last_event_at
        FROM cases c`;
    await first.$executeRaw`
      INSERT INTO case_events (id, case_id, kind, actor_kind, actor_person_id, occurred_at)
      SELECT gen_random_uuid(), c.id, 'SUBMITTED'::"CaseEventKind", 'CITIZEN'::"ActorKind",
             c.subject_person_id, c.last_event_at
        FROM cases c`;
  }

  it('two runners on two Prisma clients delete each expired case exactly once', async () => {
    const expired = 1200;
    await seedBulk(expired, 50);
    const a = new RetentionService(new RetentionRepository(first), clock, undefined, {
      batchSize: 100,
    });
    const b = new RetentionService(new RetentionRepository(second), clock, undefined, {
      batchSize: 100,
    });
    const started = performance.now();
    const [ra, rb] = await Promise.all([a.run(), b.run()]);
    const seconds = (performance.now() - started) / 1000;
    expect(ra.casesDeleted + rb.casesDeleted).toBe(expired);
    expect(ra.rowsDeleted + rb.rowsDeleted).toBe(expired * 3);
    expect((ra.byTable.case_messages ?? 0) + (rb.byTable.case_messages ?? 0)).toBe(expired);
    expect(await first.case.count()).toBe(50);
    expect(await first.caseMessage.count()).toBe(50);
    const runs = await first.retentionRun.findMany({
      select: { status: true, casesDeleted: true },
    });
    expect(runs.map((r) => r.status)).toEqual(['COMPLETED', 'COMPLETED']);
    expect(runs.reduce((sum, r) => sum + r.casesDeleted, 0)).toBe(expired);
    // A figure for the report, not an assertion: this machine, two runners, batch 100.
    process.stdout.write(
      `retention: ${expired * 3} rows in ${seconds.toFixed(2)} s (${Math.round((expired * 3) / seconds)} rows/s), split ${ra.casesDeleted}/${rb.casesDeleted}\n`,
    );
  });

  it('a run that fails on its third batch leaves a FAILED record; the next run finishes the rest', async () => {
    await first.$executeRaw`DELETE FROM cases`;
    await seedBulk(350, 0);

    class FailingOnThirdBatch extends RetentionRepository {
      private batches = 0;
      override async deleteCaseBatch(cutoff: Date, limit: number): Promise<BatchResult> {
        this.batches += 1;
        if (this.batches === 3) throw new Error('connection lost');
        return super.deleteCaseBatch(cutoff, limit);
      }
    }
    const failing = new RetentionService(new FailingOnThirdBatch(first), clock, undefined, {
      batchSize: 100,
    });
    await expect(failing.run()).rejects.toThrow('connection lost');
    const failed = await first.retentionRun.findFirstOrThrow({
      where: { status: 'FAILED' },
      select: { casesDeleted: true, rowsDeleted: true, details: true, finishedAt: true },
    });
    expect(failed.casesDeleted).toBe(200);
    expect(failed.rowsDeleted).toBe(600);
    expect(failed.details).toEqual({ cases: 200, case_messages: 200, case_events: 200 });
    expect(failed.finishedAt).not.toBeNull();
    expect(await first.case.count()).toBe(150);

    const next = await new RetentionService(new RetentionRepository(first), clock, undefined, {
      batchSize: 100,
    }).run();
    expect(next.casesDeleted).toBe(150);
    expect(await first.case.count()).toBe(0);
    expect(await first.caseMessage.count()).toBe(0);
  });

  it('cases sharing one latest-event instant across batch boundaries all go (the keyset resumes by time, then id)', async () => {
    await first.$executeRaw`DELETE FROM cases`;
    await seedBulk(250, 10);
    await first.$executeRaw`
      UPDATE cases SET last_event_at = timestamptz '2023-06-01 10:00+00' WHERE reference LIKE 'B-%'
         AND last_event_at < timestamptz '2026-01-01 00:00+00'`;
    const result = await new RetentionService(new RetentionRepository(first), clock, undefined, {
      batchSize: 100,
      duty: 1,
    }).run();
    expect(result.byTable).toEqual({ cases: 250, case_messages: 250, case_events: 250 });
    expect(await first.case.count()).toBe(10);
  });

  it('counts the children by SELECT when the server keeps no delete counters (track_counts off)', async () => {
    await first.$executeRaw`DELETE FROM cases`;
    await seedBulk(130, 10);
    const url = new URL(databaseUrl);
    url.searchParams.set('options', '-c track_counts=off');
    const untracked = createPrismaClient(url.toString(), { maxConnections: 2 });
    try {
      const [setting] = await untracked.$queryRaw<{ track_counts: string }[]>`SHOW track_counts`;
      expect(setting?.track_counts).toBe('off');
      const result = await new RetentionService(
        new RetentionRepository(untracked),
        clock,
        undefined,
        { batchSize: 50, duty: 1 },
      ).run();
      expect(result.byTable).toEqual({ cases: 130, case_messages: 130, case_events: 130 });
      expect(await first.caseMessage.count()).toBe(10);
    } finally {
      await untracked.$disconnect();
    }
  });

  it('paces itself: after each batch it rests (1 - duty) / duty times as long as the batch took', async () => {
    await first.$executeRaw`DELETE FROM cases`;
    await seedBulk(400, 0);
    const batches: { started: number; ended: number }[] = [];
    class Timed extends RetentionRepository {
      override async deleteCaseBatch(
        cutoff: Date,
        limit: number,
        after?: KeysetPosition,
      ): Promise<BatchResult> {
        const started = performance.now();
        const result = await super.deleteCaseBatch(cutoff, limit, after);
        batches.push({ started, ended: performance.now() });
        return result;
      }
    }
    const duty = 0.25; // rests three times as long as each batch took
    await new RetentionService(new Timed(first), clock, undefined, { batchSize: 100, duty }).run();
    expect(batches.length).toBe(5); // four full batches and the empty one that ends the part
    for (let i = 1; i < batches.length; i += 1) {
      const busy = batches[i - 1]!.ended - batches[i - 1]!.started;
      const rest = batches[i]!.started - batches[i - 1]!.ended;
      expect(rest).toBeGreaterThanOrEqual(busy * 3 - 2);
    }
    expect(() => new RetentionService(new Timed(first), clock, undefined, { duty: 0 })).toThrow(
      'duty',
    );
    expect(() => new RetentionService(new Timed(first), clock, undefined, { duty: 1.5 })).toThrow(
      'duty',
    );
  });
});
