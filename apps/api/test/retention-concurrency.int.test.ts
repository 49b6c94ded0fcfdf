// Gallring against real PostgreSQL on a database of its own: two runners at once, a run that
// fails half-way, batches sharing one instant, servers without delete counters, and pacing.
import { performance } from 'node:perf_hooks';
import { createPrismaClient, createTestDatabase, type PrismaClient } from '@etj/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../src/common/clock.ts';
import {
  RetentionRepository,
  type BatchResult,
  type KeysetPosition,
} from '../src/retention/retention.repository.ts';
import { RetentionService } from '../src/retention/retention.service.ts';
import { at, seedWorld } from './support/retention.ts';

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
