// Gallring against real PostgreSQL: the append-only logs and their door, the content-free run
// record, and the job on the pg-boss runner.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RETENTION_JOB } from '../src/retention/retention.service.ts';
import {
  ALL_ONE,
  at,
  caseWithEverything,
  DAY,
  exists,
  h,
  runAt,
  service,
  useRetentionHarness,
  world,
} from './support/retention.ts';

useRetentionHarness();

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
    const before = await h.prisma.retentionRun.findMany({ select: { id: true } });
    expect(await h.jobs.runNow(RETENTION_JOB)).toBe('completed');
    expect(await exists(due)).toBe(false);
    expect(await exists(notDue)).toBe(true);
    // The job's run is the one record that is new; an earlier run by the real clock may have
    // started later than the app clock's instant, so the latest by time need not be this one.
    const added = await h.prisma.retentionRun.findMany({
      where: { id: { notIn: before.map((r) => r.id) } },
      select: { status: true, casesDeleted: true },
    });
    expect(added).toEqual([{ status: 'COMPLETED', casesDeleted: 1 }]);
  });
});
