// The rules the hand-written `integrity` migration adds, exercised through the Prisma client
// the application uses.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrismaClient } from '../generated/client/client.ts';
import { createPrismaClient } from './client.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

let database: TestDatabase;
let prisma: PrismaClient;
const now = new Date('2026-11-25T09:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.databaseUrl);
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

describe('access_log', () => {
  async function logEntry() {
    return prisma.accessLogEntry.create({
      data: {
        occurredAt: now,
        staffMemberId: randomUUID(),
        staffHsaId: 'SE2321000016-1003',
        role: 'CAREGIVER',
        caseId: randomUUID(),
        action: 'READ_CASE',
      },
    });
  }

  it('accepts new entries', async () => {
    const entry = await logEntry();
    expect(entry.id).toBeTypeOf('bigint');
    expect(await prisma.accessLogEntry.count({ where: { id: entry.id } })).toBe(1);
  });

  it('refuses UPDATE', async () => {
    const entry = await logEntry();
    await expect(
      prisma.accessLogEntry.update({ where: { id: entry.id }, data: { action: 'NOTHING' } }),
    ).rejects.toThrow(/access_log is append-only: UPDATE is not allowed/);
    await expect(
      prisma.$executeRawUnsafe(`UPDATE access_log SET action = 'NOTHING'`),
    ).rejects.toThrow(/append-only/);
    expect(
      (await prisma.accessLogEntry.findUniqueOrThrow({ where: { id: entry.id } })).action,
    ).toBe('READ_CASE');
  });

  it('refuses DELETE, even of rows that do not exist', async () => {
    const entry = await logEntry();
    await expect(prisma.accessLogEntry.delete({ where: { id: entry.id } })).rejects.toThrow(
      /access_log is append-only: DELETE is not allowed/,
    );
    await expect(prisma.accessLogEntry.deleteMany({ where: { id: -1n } })).rejects.toThrow(
      /append-only/,
    );
    expect(await prisma.accessLogEntry.count({ where: { id: entry.id } })).toBe(1);
  });

  it('refuses TRUNCATE', async () => {
    await logEntry();
    const before = await prisma.accessLogEntry.count();
    await expect(prisma.$executeRawUnsafe('TRUNCATE access_log')).rejects.toThrow(
      /access_log is append-only: TRUNCATE is not allowed/,
    );
    expect(await prisma.accessLogEntry.count()).toBe(before);
  });
});

describe('staff_assignments', () => {
  async function fixtures() {
    const region = await prisma.region.create({
      data: {
        id: randomUUID(),
        code: randomUUID().slice(0, 8),
        name: 'Region Test',
        hsaId: `SE-R-${randomUUID()}`,
        createdAt: now,
      },
    });
    const clinic = await prisma.clinic.create({
      data: {
        id: randomUUID(),
        regionId: region.id,
        hsaId: `SE-C-${randomUUID()}`,
        name: 'Vårdcentralen Test',
        kind: 'vårdcentral',
        street: 'Storgatan 1',
        postcode: '111 22',
        city: 'Stockholm',
        municipality: 'Stockholm',
        phone: '08-123 456',
        openingHours: [],
        createdAt: now,
      },
    });
    const staff = await prisma.staffMember.create({
      data: {
        id: randomUUID(),
        hsaId: `SE-S-${randomUUID()}`,
        givenName: 'Test',
        familyName: 'Testsson',
        title: 'Sjuksköterska',
        createdAt: now,
      },
    });
    return { region, clinic, staff };
  }

  function assignment(
    staffMemberId: string,
    place: { clinicId?: string; regionId?: string },
    roles: ('CAREGIVER' | 'SERVICE_ADMIN')[] = ['CAREGIVER'],
  ) {
    return prisma.staffAssignment.create({
      data: {
        id: randomUUID(),
        staffMemberId,
        ...place,
        roles,
        validFrom: new Date('2026-01-01'),
      },
    });
  }

  it('accepts a clinic assignment and a region assignment', async () => {
    const { region, clinic, staff } = await fixtures();
    await expect(assignment(staff.id, { clinicId: clinic.id })).resolves.toMatchObject({
      clinicId: clinic.id,
      regionId: null,
    });
    await expect(assignment(staff.id, { regionId: region.id })).resolves.toMatchObject({
      clinicId: null,
      regionId: region.id,
    });
  });

  it('refuses an assignment with both a clinic and a region', async () => {
    const { region, clinic, staff } = await fixtures();
    await expect(
      assignment(staff.id, { clinicId: clinic.id, regionId: region.id }),
    ).rejects.toThrow(/staff_assignments_one_place/);
  });

  it('refuses an assignment with neither unless it is the national service administration', async () => {
    const { staff } = await fixtures();
    await expect(assignment(staff.id, {})).rejects.toThrow(/staff_assignments_one_place/);
    await expect(assignment(staff.id, {}, ['SERVICE_ADMIN', 'CAREGIVER'])).rejects.toThrow(
      /staff_assignments_one_place/,
    );
    expect(await prisma.staffAssignment.count({ where: { staffMemberId: staff.id } })).toBe(0);
    await expect(assignment(staff.id, {}, ['SERVICE_ADMIN'])).resolves.toMatchObject({
      clinicId: null,
      regionId: null,
    });
  });

  it('keeps the service administration role off clinics and regions, and national once', async () => {
    const { region, clinic, staff } = await fixtures();
    await expect(assignment(staff.id, { clinicId: clinic.id }, ['SERVICE_ADMIN'])).rejects.toThrow(
      /staff_assignments_one_place/,
    );
    await expect(assignment(staff.id, { regionId: region.id }, ['SERVICE_ADMIN'])).rejects.toThrow(
      /staff_assignments_one_place/,
    );
    await assignment(staff.id, {}, ['SERVICE_ADMIN']);
    await expect(assignment(staff.id, {}, ['SERVICE_ADMIN'])).rejects.toThrow(
      /Unique constraint failed/,
    );
    expect(await prisma.staffAssignment.count({ where: { staffMemberId: staff.id } })).toBe(1);
  });

  it('refuses a second assignment of the same person at the same clinic or region', async () => {
    const { region, clinic, staff } = await fixtures();
    await assignment(staff.id, { clinicId: clinic.id });
    await assignment(staff.id, { regionId: region.id });
    await expect(assignment(staff.id, { clinicId: clinic.id })).rejects.toThrow();
    await expect(assignment(staff.id, { regionId: region.id })).rejects.toThrow();
    expect(await prisma.staffAssignment.count({ where: { staffMemberId: staff.id } })).toBe(2);
  });
});

describe('case_type_versions', () => {
  async function version(status: 'DRAFT' | 'PUBLISHED') {
    const caseType = await prisma.caseType.create({
      data: {
        id: randomUUID(),
        kind: 'ASK_NURSE',
        key: `ask-nurse-${randomUUID()}`,
        nameSv: 'Fråga sjuksköterskan',
        national: true,
        createdAt: now,
      },
    });
    return prisma.caseTypeVersion.create({
      data: {
        id: randomUUID(),
        caseTypeId: caseType.id,
        version: 1,
        status,
        definition: { fields: [{ key: 'question', kind: 'text' }] },
        createdAt: now,
        publishedAt: status === 'PUBLISHED' ? now : null,
      },
    });
  }
  const changed = {
    fields: [
      { key: 'question', kind: 'text' },
      { key: 'extra', kind: 'text' },
    ],
  };

  it('lets a draft change, be published with its final definition, and be deleted', async () => {
    const draft = await version('DRAFT');
    await prisma.caseTypeVersion.update({ where: { id: draft.id }, data: { definition: changed } });
    const published = await prisma.caseTypeVersion.update({
      where: { id: draft.id },
      data: { status: 'PUBLISHED', publishedAt: now, definition: { fields: [] } },
    });
    expect(published.definition).toEqual({ fields: [] });

    const other = await version('DRAFT');
    await prisma.caseTypeVersion.delete({ where: { id: other.id } });
    expect(await prisma.caseTypeVersion.count({ where: { id: other.id } })).toBe(0);
  });

  it('refuses to change the definition of a published version', async () => {
    const published = await version('PUBLISHED');
    await expect(
      prisma.caseTypeVersion.update({ where: { id: published.id }, data: { definition: changed } }),
    ).rejects.toThrow(/is PUBLISHED and its definition cannot change/);
    const stored = await prisma.caseTypeVersion.findUniqueOrThrow({ where: { id: published.id } });
    expect(stored.definition).toEqual(published.definition);
  });

  it('refuses to delete a published version, also through its case type', async () => {
    const published = await version('PUBLISHED');
    await expect(prisma.caseTypeVersion.delete({ where: { id: published.id } })).rejects.toThrow(
      /is PUBLISHED and cannot be deleted/,
    );
    await expect(prisma.caseType.delete({ where: { id: published.caseTypeId } })).rejects.toThrow(
      /cannot be deleted/,
    );
    expect(await prisma.caseTypeVersion.count({ where: { id: published.id } })).toBe(1);
  });

  it('lets a published version retire, and nothing more', async () => {
    const published = await version('PUBLISHED');
    await expect(
      prisma.caseTypeVersion.update({ where: { id: published.id }, data: { status: 'DRAFT' } }),
    ).rejects.toThrow(/cannot move from PUBLISHED to DRAFT/);

    const retired = await prisma.caseTypeVersion.update({
      where: { id: published.id },
      data: { status: 'RETIRED' },
    });
    expect(retired.status).toBe('RETIRED');
    await expect(
      prisma.caseTypeVersion.update({ where: { id: published.id }, data: { definition: changed } }),
    ).rejects.toThrow(/is RETIRED and its definition cannot change/);
    await expect(
      prisma.caseTypeVersion.update({ where: { id: published.id }, data: { status: 'PUBLISHED' } }),
    ).rejects.toThrow(/cannot move from RETIRED to PUBLISHED/);
  });
});
