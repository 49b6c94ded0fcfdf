// Small per-entity factories for integration tests: each test states the data it relies on.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import { luhnCheckDigit } from '@etj/domain';

const at = new Date('2026-01-01T00:00:00Z');
let serial = 0;

/** A fictional personnummer in Skatteverket's test style (birth number 238/239). */
export function testPersonnummer(birthDate: string, male = false): string {
  const digits = `${birthDate.slice(2).replaceAll('-', '')}${male ? '239' : '238'}`;
  return `${birthDate.slice(0, 2)}${digits}${luhnCheckDigit(digits)}`;
}

export async function createPerson(
  prisma: PrismaClient,
  input: {
    birthDate: string;
    male?: boolean;
    givenName?: string | null;
    familyName?: string | null;
    kind?: 'PERSONNUMMER' | 'SAMORDNINGSNUMMER' | 'RESERVNUMMER';
    identityNumber?: string;
    deceasedOn?: string;
    protectedIdentity?: boolean;
  },
) {
  const id = randomUUID();
  return prisma.person.create({
    data: {
      id,
      identityNumber: input.identityNumber ?? testPersonnummer(input.birthDate, input.male),
      identityNumberKind: input.kind ?? 'PERSONNUMMER',
      birthDate: new Date(`${input.birthDate}T00:00:00Z`),
      givenName: input.givenName === undefined ? 'Testa' : input.givenName,
      familyName: input.familyName === undefined ? 'Testsson' : input.familyName,
      deceasedOn: input.deceasedOn ? new Date(`${input.deceasedOn}T00:00:00Z`) : null,
      protectedIdentity: input.protectedIdentity ?? false,
      registeredAt: at,
      updatedAt: at,
    },
    select: { id: true, identityNumber: true },
  });
}

export async function createRegion(prisma: PrismaClient, name = 'Region Test') {
  serial += 1;
  return prisma.region.create({
    data: {
      id: randomUUID(),
      code: `T${serial}-${randomUUID().slice(0, 4)}`,
      name,
      hsaId: `SE2321000016-r${randomUUID().slice(0, 8)}`,
      createdAt: at,
    },
    select: { id: true, name: true },
  });
}

export async function createClinic(
  prisma: PrismaClient,
  regionId: string,
  name = 'Testmottagningen',
) {
  return prisma.clinic.create({
    data: {
      id: randomUUID(),
      regionId,
      hsaId: `SE2321000016-c${randomUUID().slice(0, 8)}`,
      name,
      kind: 'Vårdcentral',
      street: 'Testgatan 1',
      postcode: '111 11',
      city: 'Stockholm',
      municipality: 'Stockholm',
      phone: '08-465 004 00',
      openingHours: [],
      createdAt: at,
    },
    select: { id: true, name: true },
  });
}

type Role = 'CASE_RECEIVER' | 'CAREGIVER' | 'CLINIC_ADMIN' | 'AUDITOR' | 'REGION_ADMIN';

export async function createStaff(
  prisma: PrismaClient,
  input: {
    assignments: {
      clinicId?: string;
      regionId?: string;
      roles: Role[];
      validFrom?: string;
      validTo?: string;
    }[];
    title?: string;
  },
) {
  const id = randomUUID();
  const hsaId = `SE2321000016-${randomUUID().slice(0, 6)}`;
  await prisma.staffMember.create({
    data: {
      id,
      hsaId,
      givenName: 'Vera',
      familyName: 'Vårdsson',
      title: input.title ?? 'Sjuksköterska',
      createdAt: at,
    },
  });
  const assignmentIds: string[] = [];
  for (const a of input.assignments) {
    const assignmentId = randomUUID();
    assignmentIds.push(assignmentId);
    await prisma.staffAssignment.create({
      data: {
        id: assignmentId,
        staffMemberId: id,
        clinicId: a.clinicId ?? null,
        regionId: a.clinicId ? null : (a.regionId ?? null),
        roles: a.roles,
        validFrom: new Date(`${a.validFrom ?? '2020-01-01'}T00:00:00Z`),
        validTo: a.validTo ? new Date(`${a.validTo}T00:00:00Z`) : null,
      },
    });
  }
  return { id, hsaId, assignmentIds };
}
