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
  place: { city?: string; municipality?: string; active?: boolean } = {},
) {
  return prisma.clinic.create({
    data: {
      id: randomUUID(),
      regionId,
      hsaId: `SE2321000016-c${randomUUID().slice(0, 8)}`,
      name,
      kind: 'vårdcentral',
      street: 'Testgatan 1',
      postcode: '111 11',
      city: place.city ?? 'Stockholm',
      municipality: place.municipality ?? 'Stockholm',
      active: place.active ?? true,
      phone: '08-465 004 00',
      openingHours: [{ days: 'mon-fri', opens: '08:00', closes: '17:00' }],
      createdAt: at,
    },
    select: { id: true, name: true },
  });
}

type Role =
  'CASE_RECEIVER' | 'CAREGIVER' | 'CLINIC_ADMIN' | 'AUDITOR' | 'REGION_ADMIN' | 'SERVICE_ADMIN';

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

/** A case type with one published version, offered by the region and activated at the clinic. */
export async function createActivatedCaseType(
  prisma: PrismaClient,
  input: {
    regionId: string;
    clinicId: string;
    nameSv: string;
    nameEn?: string;
    kind?: 'RENEW_PRESCRIPTION' | 'ASK_NURSE' | 'ADVICE' | 'CUSTOM';
    offered?: boolean;
    ownerClinicId?: string;
    /** The published definition (packages/domain format); an empty object when left out. */
    definition?: object;
    options?: object;
    activation?: {
      availableForProxy?: boolean;
      noticeSv?: string;
      closedFrom?: string;
      closedTo?: string;
      sortOrder?: number;
      active?: boolean;
    };
  },
) {
  const id = randomUUID();
  await prisma.caseType.create({
    data: {
      id,
      kind: input.kind ?? 'CUSTOM',
      key: `test-${id.slice(0, 8)}`,
      nameSv: input.nameSv,
      nameEn: input.nameEn ?? null,
      national: input.kind !== undefined && input.kind !== 'CUSTOM',
      ownerClinicId: input.ownerClinicId ?? null,
      createdAt: at,
      versions: {
        create: {
          id: randomUUID(),
          version: 1,
          status: 'PUBLISHED',
          definition: input.definition ?? {},
          createdAt: at,
          publishedAt: at,
        },
      },
    },
  });
  if (input.offered !== false) {
    await prisma.regionOffering.create({
      data: { regionId: input.regionId, caseTypeId: id, offeredAt: at },
    });
  }
  const a = input.activation ?? {};
  await prisma.clinicCaseType.create({
    data: {
      id: randomUUID(),
      clinicId: input.clinicId,
      caseTypeId: id,
      active: a.active ?? true,
      options: input.options ?? {},
      availableForProxy: a.availableForProxy ?? true,
      noticeSv: a.noticeSv ?? null,
      closedFrom: a.closedFrom ? new Date(`${a.closedFrom}T00:00:00Z`) : null,
      closedTo: a.closedTo ? new Date(`${a.closedTo}T00:00:00Z`) : null,
      sortOrder: a.sortOrder ?? 0,
      updatedAt: at,
    },
  });
  return { id };
}

/**
 * A sent case straight in the database (status, assignee and staff messages as given), for
 * tests that start after sending. The sending itself is tested through the API.
 */
export async function createCase(
  prisma: PrismaClient,
  input: {
    clinicId: string;
    caseTypeId: string;
    subjectPersonId: string;
    senderPersonId?: string;
    status?: 'NEW' | 'ASSIGNED' | 'ANSWERED' | 'WAITING_FOR_CITIZEN' | 'CLOSED';
    assignedStaffId?: string | null;
    answers?: object;
    submittedAt?: Date;
    /** Staff messages already in the case (a formerly assigned caregiver who wrote, say). */
    staffMessages?: {
      staffId: string;
      kind?: 'ANSWER' | 'PARTIAL_ANSWER' | 'COUNTER_QUESTION';
      text?: string;
    }[];
  },
) {
  const version = await prisma.caseTypeVersion.findFirstOrThrow({
    where: { caseTypeId: input.caseTypeId, status: 'PUBLISHED' },
    select: { id: true },
  });
  const id = randomUUID();
  const sentAt = input.submittedAt ?? at;
  const reference = `E-${sentAt.getUTCFullYear()}-${id.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
  await prisma.case.create({
    data: {
      id,
      reference,
      clinicId: input.clinicId,
      caseTypeVersionId: version.id,
      subjectPersonId: input.subjectPersonId,
      senderPersonId: input.senderPersonId ?? input.subjectPersonId,
      idempotencyKey: randomUUID(),
      status: input.status ?? (input.assignedStaffId ? 'ASSIGNED' : 'NEW'),
      answers: input.answers ?? {},
      assignedStaffId: input.assignedStaffId ?? null,
      submittedAt: sentAt,
      lastEventAt: sentAt,
      messages: {
        create: (input.staffMessages ?? []).map((m, i) => ({
          id: randomUUID(),
          recipientPersonId: input.subjectPersonId,
          authorKind: 'STAFF' as const,
          authorStaffId: m.staffId,
          kind: m.kind ?? 'PARTIAL_ANSWER',
          body: { text: m.text ?? 'Vi återkommer.', outcomes: [] },
          createdAt: new Date(sentAt.getTime() + (i + 1) * 60_000),
        })),
      },
    },
  });
  return { id, reference };
}
