import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '@etj/db';
import type { CaseTypeKind } from '@etj/domain';
import { writeAdminLog, type AdminLogRow } from '../admin-log/admin-log-write.repository.ts';

export type OfferingRow = {
  caseTypeId: string;
  kind: CaseTypeKind;
  nameSv: string;
  nameEn: string | null;
  offered: boolean;
};

export type ActivationData = {
  active: boolean;
  options: Record<string, unknown>;
  termsSv: string | null;
  termsEn: string | null;
  availableForProxy: boolean;
  attachmentsAllowed: boolean;
  expectedResponseDays: number;
  responseTargetHours: number | null;
  noticeSv: string | null;
  noticeEn: string | null;
  closedFrom: string | null;
  closedTo: string | null;
  sortOrder: number;
};

export type SettingsRow = {
  caseTypeId: string;
  kind: CaseTypeKind;
  nameSv: string;
  nameEn: string | null;
  custom: boolean;
  definition: unknown;
  activation: (ActivationData & { revision: number }) | null;
};

const day = (value: string | null): Date | null => (value ? new Date(`${value}T00:00:00Z`) : null);
const iso = (value: Date | null): string | null =>
  value ? value.toISOString().slice(0, 10) : null;

/** Region offerings and clinic activations: what administrators configure. */
export class CaseTypeAdminRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async regionOffering(regionId: string): Promise<OfferingRow[]> {
    const rows = await this.prisma.caseType.findMany({
      where: { national: true, archivedAt: null, kind: { not: 'CUSTOM' } },
      orderBy: { nameSv: 'asc' },
      select: {
        id: true,
        kind: true,
        nameSv: true,
        nameEn: true,
        offerings: { where: { regionId }, select: { regionId: true } },
      },
    });
    return rows.map((row) => ({
      caseTypeId: row.id,
      kind: row.kind,
      nameSv: row.nameSv,
      nameEn: row.nameEn,
      offered: row.offerings.length > 0,
    }));
  }

  async isNationalCaseType(caseTypeId: string): Promise<boolean> {
    return (
      (await this.prisma.caseType.count({
        where: { id: caseTypeId, national: true, archivedAt: null },
      })) === 1
    );
  }

  /** Offers or withdraws; a real change commits with its log row, a repeat changes nothing. */
  async setOffering(
    regionId: string,
    caseTypeId: string,
    offered: boolean,
    at: Date,
    log: AdminLogRow,
  ): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const { count } = offered
        ? await tx.regionOffering.createMany({
            data: [{ regionId, caseTypeId, offeredAt: at }],
            skipDuplicates: true,
          })
        : await tx.regionOffering.deleteMany({ where: { regionId, caseTypeId } });
      if (count > 0) await writeAdminLog(tx, [log]);
    });
  }

  /** The case types a clinic may activate (its region's offering and its own), with its settings. */
  async clinicSettings(clinicId: string, caseTypeId?: string): Promise<SettingsRow[]> {
    const clinic = await this.prisma.clinic.findUnique({
      where: { id: clinicId },
      select: { regionId: true },
    });
    if (!clinic) return [];
    const rows = await this.prisma.caseType.findMany({
      where: {
        ...(caseTypeId ? { id: caseTypeId } : {}),
        archivedAt: null,
        OR: [{ offerings: { some: { regionId: clinic.regionId } } }, { ownerClinicId: clinicId }],
        versions: { some: { status: 'PUBLISHED' } },
      },
      orderBy: { nameSv: 'asc' },
      select: {
        id: true,
        kind: true,
        nameSv: true,
        nameEn: true,
        ownerClinicId: true,
        versions: {
          where: { status: 'PUBLISHED' },
          orderBy: { version: 'desc' },
          take: 1,
          select: { definition: true },
        },
        activations: {
          where: { clinicId },
          select: {
            active: true,
            options: true,
            termsSv: true,
            termsEn: true,
            availableForProxy: true,
            attachmentsAllowed: true,
            expectedResponseDays: true,
            responseTargetHours: true,
            noticeSv: true,
            noticeEn: true,
            closedFrom: true,
            closedTo: true,
            sortOrder: true,
            revision: true,
          },
        },
      },
    });
    return rows.map((row) => {
      const a = row.activations[0];
      return {
        caseTypeId: row.id,
        kind: row.kind,
        nameSv: row.nameSv,
        nameEn: row.nameEn,
        custom: row.ownerClinicId === clinicId,
        definition: row.versions[0]?.definition,
        activation: a
          ? {
              ...a,
              options: a.options as Record<string, unknown>,
              closedFrom: iso(a.closedFrom),
              closedTo: iso(a.closedTo),
            }
          : null,
      };
    });
  }

  /** Creates or updates the activation if nobody changed it since `revision`; false on a race. */
  async saveActivation(
    clinicId: string,
    caseTypeId: string,
    data: ActivationData,
    revision: number,
    at: Date,
    log: AdminLogRow,
  ): Promise<boolean> {
    const values = {
      ...data,
      options: data.options as Prisma.InputJsonValue,
      closedFrom: day(data.closedFrom),
      closedTo: day(data.closedTo),
      updatedAt: at,
    };
    try {
      return await this.prisma.$transaction(async (tx) => {
        if (revision === 0) {
          await tx.clinicCaseType.create({
            data: { id: randomUUID(), clinicId, caseTypeId, ...values },
          });
        } else {
          const { count } = await tx.clinicCaseType.updateMany({
            where: { clinicId, caseTypeId, revision },
            data: { ...values, revision: { increment: 1 } },
          });
          if (count !== 1) return false;
        }
        await writeAdminLog(tx, [log]);
        return true;
      });
    } catch (error) {
      // Someone activated it first (unique clinic + case type): a race, not a failure.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        return false;
      throw error;
    }
  }
}
