// Shared set-up of the retention (gallring) tests: one harness with the job runner, a clinic
// world to hang cases on, and helpers that run the job at an instant and count what a case left.
import { createHash, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import { afterAll, beforeAll } from 'vitest';
import { RetentionRepository } from '../../src/retention/retention.repository.ts';
import { RetentionService } from '../../src/retention/retention.service.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from '../factories.ts';
import { startHarness, type Harness } from '../harness.ts';

export let h: Harness;
export let world: Awaited<ReturnType<typeof seedWorld>>;

/** Starts the harness (with jobs) and seeds the world for the calling test file. */
export function useRetentionHarness(): void {
  beforeAll(async () => {
    h = await startHarness({}, { jobs: true });
    world = await seedWorld(h.prisma);
  });

  afterAll(async () => {
    await h.close();
  });
}

export const at = (iso: string) => new Date(iso);
export const SECOND = 1000;
export const DAY = 86_400_000;
export const shift = (instant: Date, ms: number) => new Date(instant.getTime() + ms);

export async function seedWorld(prisma: PrismaClient) {
  const region = await createRegion(prisma);
  const clinic = await createClinic(prisma, region.id);
  const caseType = await createActivatedCaseType(prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
  });
  const citizen = await createPerson(prisma, { birthDate: '1980-05-05' });
  const staff = await createStaff(prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER', 'CASE_RECEIVER'] }],
  });
  const version = await prisma.caseTypeVersion.findFirstOrThrow({
    where: { caseTypeId: caseType.id },
    select: { id: true },
  });
  return { clinic, caseType, citizen, staff, versionId: version.id };
}

export function service(options: { batchSize?: number; logRetentionYears?: number } = {}) {
  return new RetentionService(new RetentionRepository(h.prisma), h.clock, undefined, options);
}

/** Runs the job at `now` (Stockholm-independent: an instant). */
export async function runAt(now: Date) {
  h.clock.freeze(now);
  return service().run();
}

/** A case whose latest event is `lastEventAt`, with one row in every table that hangs off it. */
export async function caseWithEverything(
  lastEventAt: Date,
  status: 'NEW' | 'ASSIGNED' | 'WAITING_FOR_CITIZEN' | 'CLOSED' = 'CLOSED',
) {
  const { id } = await createCase(h.prisma, {
    clinicId: world.clinic.id,
    caseTypeId: world.caseType.id,
    subjectPersonId: world.citizen.id,
    status,
    assignedStaffId: status === 'NEW' ? null : world.staff.id,
    submittedAt: shift(lastEventAt, -DAY),
    staffMessages: [{ staffId: world.staff.id, text: 'Receptet är förnyat.' }],
  });
  await h.prisma.case.update({ where: { id }, data: { lastEventAt } });
  await h.prisma.caseEvent.create({
    data: {
      id: randomUUID(),
      caseId: id,
      kind: 'ASSIGNED',
      actorKind: 'STAFF',
      actorStaffId: world.staff.id,
      occurredAt: lastEventAt,
    },
  });
  await h.prisma.caseAssignment.create({
    data: {
      id: randomUUID(),
      caseId: id,
      staffMemberId: world.staff.id,
      assignedByStaffId: world.staff.id,
      assignedAt: lastEventAt,
    },
  });
  await h.prisma.internalNote.create({
    data: {
      id: randomUUID(),
      caseId: id,
      authorStaffId: world.staff.id,
      text: 'Ring upp.',
      createdAt: lastEventAt,
    },
  });
  const content = Buffer.from('%PDF-1.4 test');
  await h.prisma.attachment.create({
    data: {
      id: randomUUID(),
      caseId: id,
      fileName: 'intyg.pdf',
      mediaType: 'application/pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      createdAt: lastEventAt,
    },
  });
  await h.prisma.notificationOutbox.create({
    data: {
      id: randomUUID(),
      personId: world.citizen.id,
      caseId: id,
      channel: 'EMAIL',
      address: 'testa@example.se',
      templateKey: 'NEW_MESSAGE',
      locale: 'sv',
      status: 'PENDING',
      nextAttemptAt: lastEventAt,
      createdAt: lastEventAt,
    },
  });
  return id;
}

/** Rows per table that belong to the case (0 everywhere once it is gone). */
export async function rowsOf(caseId: string): Promise<Record<string, number>> {
  const where = { caseId };
  return {
    cases: await h.prisma.case.count({ where: { id: caseId } }),
    case_messages: await h.prisma.caseMessage.count({ where }),
    case_events: await h.prisma.caseEvent.count({ where }),
    case_assignments: await h.prisma.caseAssignment.count({ where }),
    internal_notes: await h.prisma.internalNote.count({ where }),
    attachments: await h.prisma.attachment.count({ where }),
    notification_outbox: await h.prisma.notificationOutbox.count({ where }),
  };
}

export const ALL_ONE = {
  cases: 1,
  case_messages: 1,
  case_events: 1,
  case_assignments: 1,
  internal_notes: 1,
  attachments: 1,
  notification_outbox: 1,
};
export const ALL_ZERO = Object.fromEntries(Object.keys(ALL_ONE).map((k) => [k, 0]));

export async function exists(caseId: string): Promise<boolean> {
  return (await h.prisma.case.count({ where: { id: caseId } })) === 1;
}
