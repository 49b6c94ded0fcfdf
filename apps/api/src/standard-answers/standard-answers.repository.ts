import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import { writeAdminLog, type AdminLogRow } from '../admin-log/admin-log-write.repository.ts';
import type { AnswerTexts } from './standard-answers.rules.ts';

export type StandardAnswerRow = {
  id: string;
  caseTypeId: string | null;
  titleSv: string;
  textSv: string;
  titleEn: string | null;
  textEn: string | null;
  position: number;
  createdAt: Date;
  updatedAt: Date | null;
  retiredAt: Date | null;
};

const select = {
  id: true,
  caseTypeId: true,
  titleSv: true,
  textSv: true,
  titleEn: true,
  textEn: true,
  position: true,
  createdAt: true,
  updatedAt: true,
  retiredAt: true,
} as const;

/** The order of one list: the administrator's positions, then title (seeded answers share 0). */
const order = [{ position: 'asc' }, { titleSv: 'asc' }, { id: 'asc' }] as const;

/** A clinic's standard answers; retired ones stay (answers already sent are not touched). */
export class StandardAnswerRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Every answer of the clinic, live and retired: every-type list first, then per type. */
  list(clinicId: string): Promise<StandardAnswerRow[]> {
    return this.prisma.standardAnswer.findMany({
      where: { clinicId },
      orderBy: [{ caseTypeId: { sort: 'asc', nulls: 'first' } }, ...order],
      select,
    });
  }

  find(clinicId: string, id: string): Promise<StandardAnswerRow | null> {
    return this.prisma.standardAnswer.findFirst({ where: { id, clinicId }, select });
  }

  /** The live answers of one list (one case type, or null: every type), in order. */
  liveList(clinicId: string, caseTypeId: string | null): Promise<StandardAnswerRow[]> {
    return this.prisma.standardAnswer.findMany({
      where: { clinicId, caseTypeId, retiredAt: null },
      orderBy: [...order],
      select,
    });
  }

  /** Whether the case type is one the clinic has (activated or not). */
  async clinicHasCaseType(clinicId: string, caseTypeId: string): Promise<boolean> {
    const row = await this.prisma.clinicCaseType.findFirst({
      where: { clinicId, caseTypeId },
      select: { id: true },
    });
    return row !== null;
  }

  /** A new answer, last in its list. */
  async create(input: {
    clinicId: string;
    caseTypeId: string | null;
    texts: AnswerTexts;
    at: Date;
    log: AdminLogRow;
  }): Promise<string> {
    const id = randomUUID();
    await this.prisma.$transaction(async (tx) => {
      const last = await tx.standardAnswer.aggregate({
        where: { clinicId: input.clinicId, caseTypeId: input.caseTypeId },
        _max: { position: true },
      });
      await tx.standardAnswer.create({
        data: {
          id,
          clinicId: input.clinicId,
          caseTypeId: input.caseTypeId,
          ...input.texts,
          position: (last._max.position ?? 0) + 1,
          createdAt: input.at,
        },
      });
      await writeAdminLog(tx, [input.log]);
    });
    return id;
  }

  async update(id: string, texts: AnswerTexts, at: Date, log: AdminLogRow): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.standardAnswer.update({ where: { id }, data: { ...texts, updatedAt: at } }),
      this.prisma.adminActionLogEntry.create({ data: log }),
    ]);
  }

  async setPositions(changes: { id: string; position: number }[], log: AdminLogRow): Promise<void> {
    await this.prisma.$transaction([
      ...changes.map((c) =>
        this.prisma.standardAnswer.update({
          where: { id: c.id },
          data: { position: c.position },
        }),
      ),
      this.prisma.adminActionLogEntry.create({ data: log }),
    ]);
  }

  /** Retires a live answer with its log row; an answer already retired stays as it was. */
  async retire(id: string, at: Date, log: AdminLogRow): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.standardAnswer.updateMany({
        where: { id, retiredAt: null },
        data: { retiredAt: at },
      });
      if (count > 0) await writeAdminLog(tx, [log]);
    });
  }
}
