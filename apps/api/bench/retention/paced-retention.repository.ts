// A bench-only experiment: the retention repository with a pause after every case batch, so the
// job works at most `duty` of the wall time and leaves the rest of the CPU to requests. It
// measures what pacing inside the job (a proposal, not in the service today) would buy.
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import type { PrismaClient } from '@etj/db';
import { RetentionRepository, type BatchResult } from '../../src/retention/retention.repository.ts';

export class PacedRetentionRepository extends RetentionRepository {
  constructor(
    prisma: PrismaClient,
    private readonly duty: number,
  ) {
    super(prisma);
    if (!(duty > 0 && duty <= 1)) throw new Error('--duty wants a fraction in (0, 1]');
  }

  override async deleteCaseBatch(cutoff: Date, limit: number): Promise<BatchResult> {
    const started = performance.now();
    const result = await super.deleteCaseBatch(cutoff, limit);
    if (this.duty < 1) await sleep(((performance.now() - started) * (1 - this.duty)) / this.duty);
    return result;
  }
}
