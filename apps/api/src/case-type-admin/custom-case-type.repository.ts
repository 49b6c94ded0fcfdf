import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@etj/db';
import type { AdminLogRow } from '../admin-log/admin-log-write.repository.ts';
import type { CaseTypeVersionStatus } from './custom-case-type.types.ts';

export type CustomTypeRow = {
  id: string;
  key: string;
  nameSv: string;
  nameEn: string | null;
  versions: {
    id: string;
    version: number;
    status: CaseTypeVersionStatus;
    definition: unknown;
    publishedAt: Date | null;
  }[];
};

const select = {
  id: true,
  key: true,
  nameSv: true,
  nameEn: true,
  versions: {
    orderBy: { version: 'desc' },
    select: { id: true, version: true, status: true, definition: true, publishedAt: true },
  },
} as const;

/** A clinic's own case types and their versions. Published versions never change. */
export class CustomCaseTypeRepository {
  constructor(private readonly prisma: PrismaClient) {}

  list(clinicId: string): Promise<CustomTypeRow[]> {
    return this.prisma.caseType.findMany({
      where: { ownerClinicId: clinicId, kind: 'CUSTOM', archivedAt: null },
      orderBy: { nameSv: 'asc' },
      select,
    });
  }

  find(clinicId: string, id: string): Promise<CustomTypeRow | null> {
    return this.prisma.caseType.findFirst({
      where: { id, ownerClinicId: clinicId, kind: 'CUSTOM', archivedAt: null },
      select,
    });
  }

  /** A new custom type with an empty draft, and an inactive activation at the clinic. */
  async create(input: {
    clinicId: string;
    key: string;
    nameSv: string;
    nameEn: string | null;
    definition: object;
    staffMemberId: string;
    at: Date;
    /** Its row in the admin action log; the new type's id is filled in here. */
    log: AdminLogRow;
  }): Promise<string> {
    const id = randomUUID();
    await this.prisma.$transaction([
      this.prisma.caseType.create({
        data: {
          id,
          kind: 'CUSTOM',
          key: input.key,
          nameSv: input.nameSv,
          nameEn: input.nameEn,
          ownerClinicId: input.clinicId,
          national: false,
          createdAt: input.at,
          versions: {
            create: {
              id: randomUUID(),
              version: 1,
              status: 'DRAFT',
              definition: input.definition,
              createdAt: input.at,
              createdBy: input.staffMemberId,
            },
          },
        },
      }),
      this.prisma.clinicCaseType.create({
        data: {
          id: randomUUID(),
          clinicId: input.clinicId,
          caseTypeId: id,
          active: false,
          options: {},
          updatedAt: input.at,
        },
      }),
      this.prisma.adminActionLogEntry.create({ data: { ...input.log, caseTypeId: id } }),
    ]);
    return id;
  }

  /** Writes the draft: into the open draft version, or as a new version after a published one. */
  async saveDraft(input: {
    caseTypeId: string;
    nameSv: string;
    nameEn: string | null;
    draftVersionId: string | null;
    nextVersion: number;
    definition: object;
    staffMemberId: string;
    at: Date;
    log: AdminLogRow;
  }): Promise<void> {
    const definition = input.definition as Prisma.InputJsonValue;
    await this.prisma.$transaction([
      this.prisma.caseType.update({
        where: { id: input.caseTypeId },
        data: { nameSv: input.nameSv, nameEn: input.nameEn },
      }),
      input.draftVersionId
        ? this.prisma.caseTypeVersion.update({
            where: { id: input.draftVersionId },
            data: { definition },
          })
        : this.prisma.caseTypeVersion.create({
            data: {
              id: randomUUID(),
              caseTypeId: input.caseTypeId,
              version: input.nextVersion,
              status: 'DRAFT',
              definition,
              createdAt: input.at,
              createdBy: input.staffMemberId,
            },
          }),
      this.prisma.adminActionLogEntry.create({ data: input.log }),
    ]);
  }

  /** Publishes the draft and retires the version it replaces; cases keep the version they were sent with. */
  async publish(
    caseTypeId: string,
    draftVersionId: string,
    at: Date,
    log: AdminLogRow,
  ): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.caseTypeVersion.updateMany({
        where: { caseTypeId, status: 'PUBLISHED' },
        data: { status: 'RETIRED' },
      }),
      this.prisma.caseTypeVersion.update({
        where: { id: draftVersionId },
        data: { status: 'PUBLISHED', publishedAt: at },
      }),
      this.prisma.adminActionLogEntry.create({ data: log }),
    ]);
  }
}
