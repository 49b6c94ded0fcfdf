import type { PrismaClient } from '@etj/db';
import { CaseChangeRepository } from './case-change.repository.ts';
import { CaseListRepository } from './case-list.repository.ts';
import { CaseRecordRepository } from './case-record.repository.ts';
import { StaffLookupRepository } from './staff-lookup.repository.ts';

/**
 * The staff side's data, by responsibility: the lists (each page logged in its own statement),
 * one case (its facts, and the case read with its READ_CASE row), the changes (each logged
 * with its own action) and the staff around a case.
 */
export class CaseHandlingRepository {
  readonly lists: CaseListRepository;
  readonly cases: CaseRecordRepository;
  readonly changes: CaseChangeRepository;
  readonly staff: StaffLookupRepository;

  constructor(prisma: PrismaClient) {
    this.lists = new CaseListRepository(prisma);
    this.cases = new CaseRecordRepository(prisma);
    this.changes = new CaseChangeRepository(prisma);
    this.staff = new StaffLookupRepository(prisma);
  }
}
