// Shared set-up of the notification delivery tests: one harness with jobs, a clinic with a
// caregiver logged in, and helpers that make citizens with contact settings, cases with staff
// answers, outbox rows and senders on a database client of their own.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import type { PrismaClient } from '@etj/db';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { LocalSmsGateway } from '../../src/adapters/sms/local-sms-gateway.repository.ts';
import { createLogger } from '../../src/common/logger.ts';
import { createMailSender } from '../../src/notifications/mail-transport.ts';
import { NotificationSenderRepository } from '../../src/notifications/notification-sender.repository.ts';
import { NotificationSenderService } from '../../src/notifications/notification-sender.service.ts';
import { Browser, startHarness, type Harness } from '../harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from '../factories.ts';

const RESPOND = `mutation($input: RespondToCaseInput!) { respondToCase(input: $input) { id revision } }`;
export const MINUTE = 60_000;
export const logger = createLogger({ level: 'silent' });

export let h: Harness;
let clinic: { id: string };
let caseType: { id: string };
let caregiver: { id: string; hsaId: string };
let staffBrowser: Browser;
/** Whose rows queueRows writes (the outbox wants a recipient; the address is what counts here). */
export let bulkRecipient: { id: string };
let serial = 0;

/** A citizen with notification settings of their own (fictional 070-174 06 xx numbers). */
export async function citizen(input: {
  locale: 'sv' | 'en';
  email?: boolean;
  sms?: boolean;
}): Promise<{ id: string; email: string; mobile: string }> {
  serial += 1;
  const person = await createPerson(h.prisma, {
    birthDate: `1970-01-${String(serial).padStart(2, '0')}`,
    givenName: `Förnamn${serial}`,
    familyName: `Efternamnsson${serial}`,
  });
  const email = `person${serial}@example.se`;
  const mobile = `+467017406${String(10 + serial).padStart(2, '0')}`;
  const account = await h.prisma.citizenAccount.create({
    data: { id: randomUUID(), personId: person.id, createdAt: h.clock.now() },
  });
  await h.prisma.notificationSetting.create({
    data: {
      id: randomUUID(),
      citizenAccountId: account.id,
      email,
      mobile,
      notifyByEmail: input.email ?? true,
      notifyBySms: input.sms ?? false,
      locale: input.locale,
      updatedAt: h.clock.now(),
    },
  });
  return { id: person.id, email, mobile };
}

/** The caregiver writes to the patient through the API (a partial answer keeps the case open). */
export async function staffWrites(caseId: string, text: string): Promise<void> {
  const { revision } = await h.prisma.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { revision: true },
  });
  const r = await staffBrowser.graphql(RESPOND, {
    input: { caseId, kind: 'PARTIAL_ANSWER', text, expectedRevision: revision },
  });
  expect(r.errors).toBeUndefined();
}

export async function caseFor(personId: string): Promise<string> {
  return (
    await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: personId,
      assignedStaffId: caregiver.id,
      submittedAt: h.clock.now(),
    })
  ).id;
}

export const mailsTo = (address: string) => h.mail.mails().filter((m) => m.to.includes(address));

export function outboxOf(personId: string) {
  return h.prisma.notificationOutbox.findMany({
    where: { personId },
    orderBy: [{ createdAt: 'asc' }, { channel: 'asc' }],
    select: {
      id: true,
      channel: true,
      status: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      sentAt: true,
    },
  });
}

/** Pending e-mail rows straight in the outbox, due now, each to its own address. */
export async function queueRows(count: number, prefix: string): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await h.prisma.notificationOutbox.createMany({
    data: ids.map((id, i) => ({
      id,
      personId: bulkRecipient.id,
      channel: 'EMAIL' as const,
      address: `${prefix}${i}@example.se`,
      templateKey: 'NEW_MESSAGE',
      locale: i % 2 === 0 ? 'sv' : 'en',
      status: 'PENDING' as const,
      nextAttemptAt: h.clock.now(),
      createdAt: h.clock.now(),
    })),
  });
  return ids;
}

export function senderOn(prisma: PrismaClient, extra: { afterSend?: (id: string) => void } = {}) {
  return new NotificationSenderService({
    repository: new NotificationSenderRepository(prisma),
    mail: createMailSender({ smtpUrl: h.mail.url, from: 'E-tjänster <no-reply@example.se>' }),
    sms: new LocalSmsGateway(prisma, h.clock),
    clock: h.clock,
    logger,
    publicOrigin: 'http://localhost',
    batchSize: 5,
    ...extra,
  });
}

/** Starts the harness and the shared world for the calling test file. */
export function useNotificationHarness(): void {
  beforeAll(async () => {
    h = await startHarness({}, { jobs: true });
    const region = await createRegion(h.prisma, 'Region Aviseringstest');
    clinic = await createClinic(h.prisma, region.id, 'Hemligvikens vårdcentral');
    caseType = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Förnya recept',
      nameEn: 'Renew prescription',
      kind: 'RENEW_PRESCRIPTION',
      definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
      options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
    });
    caregiver = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
      title: 'Distriktsläkare',
    });
    bulkRecipient = await createPerson(h.prisma, { birthDate: '1960-02-29' });
    staffBrowser = new Browser(h.baseUrl, 'staff');
    await staffBrowser.login(caregiver.hsaId);
  });

  afterAll(async () => {
    await h.close();
  });
}
