// Notification delivery (issue 9): the outbox drained over real SMTP to this harness's catcher
// and to the local SMS gateway's table; retries, parking, a crash between send and commit, and
// two senders (and two job runners) on one database that never send a row twice.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@etj/db';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { LocalSmsGateway } from '../src/adapters/sms/local-sms-gateway.repository.ts';
import { createLogger } from '../src/common/logger.ts';
import { JobRunner } from '../src/common/job-runner.ts';
import { createMailSender } from '../src/notifications/mail-transport.ts';
import { NotificationSenderRepository } from '../src/notifications/notification-sender.repository.ts';
import {
  messageIdFor,
  NOTIFICATION_SENDER_JOB,
  NotificationSenderService,
} from '../src/notifications/notification-sender.service.ts';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';
import { assertNoLeaks, findLeaks, forbiddenStrings } from './notification-leak-check.ts';

const RESPOND = `mutation($input: RespondToCaseInput!) { respondToCase(input: $input) { id revision } }`;
const MINUTE = 60_000;
const logger = createLogger({ level: 'silent' });

let h: Harness;
let clinic: { id: string };
let caseType: { id: string };
let caregiver: { id: string; hsaId: string };
let staffBrowser: Browser;
/** Whose rows queueRows writes (the outbox wants a recipient; the address is what counts here). */
let bulkRecipient: { id: string };
let serial = 0;

/** A citizen with notification settings of their own (fictional 070-174 06 xx numbers). */
async function citizen(input: {
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
async function staffWrites(caseId: string, text: string): Promise<void> {
  const { revision } = await h.prisma.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { revision: true },
  });
  const r = await staffBrowser.graphql(RESPOND, {
    input: { caseId, kind: 'PARTIAL_ANSWER', text, expectedRevision: revision },
  });
  expect(r.errors).toBeUndefined();
}

async function caseFor(personId: string): Promise<string> {
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

const mailsTo = (address: string) => h.mail.mails().filter((m) => m.to.includes(address));

function outboxOf(personId: string) {
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
async function queueRows(count: number, prefix: string): Promise<string[]> {
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

function senderOn(prisma: PrismaClient, extra: { afterSend?: (id: string) => void } = {}) {
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

describe('a staff answer', () => {
  it('gives one content-free e-mail in the citizen’s language, then silence for a quarter hour', async () => {
    const anna = await citizen({ locale: 'en', sms: true });
    const caseId = await caseFor(anna.id);
    await staffWrites(caseId, 'Provsvaret om Levaxin ligger på mottagningen.');
    await h.notifications.drain();

    const [row, smsRow] = await outboxOf(anna.id);
    expect(row).toMatchObject({ channel: 'EMAIL', status: 'SENT', sentAt: h.clock.now() });
    expect(smsRow).toMatchObject({ channel: 'SMS', status: 'SENT' });
    const first = mailsTo(anna.email);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      subject: 'You have a new message in the e-services',
      messageId: messageIdFor(row!.id),
      from: 'no-reply@e-tjanster.invalid',
    });
    expect(first[0]!.text).toContain('http://localhost/citizen/');
    const sms = await h.prisma.localSmsMessage.findMany({
      where: { outboxId: smsRow!.id },
      select: { recipient: true, text: true },
    });
    expect(sms.map((s) => s.recipient)).toEqual([anna.mobile]);
    expect(sms[0]!.text).toContain('You have a new message');
    expect(anna.mobile).toMatch(/^\+467\d{8}$/);

    // Five minutes later, another message: inside the window, nothing more.
    h.clock.advance(5 * MINUTE);
    await staffWrites(caseId, 'Ett andra meddelande inom kvarten.');
    await h.notifications.drain();
    expect(mailsTo(anna.email)).toHaveLength(1);
    expect(await outboxOf(anna.id)).toHaveLength(2);

    // Sixteen minutes after the first: a new notification.
    h.clock.advance(11 * MINUTE);
    await staffWrites(caseId, 'Ett tredje meddelande efter kvarten.');
    await h.notifications.drain();
    const after = mailsTo(anna.email);
    expect(after).toHaveLength(2);
    expect(new Set(after.map((m) => m.messageId)).size).toBe(2);
  });

  it('is written in Swedish for a citizen who chose Swedish', async () => {
    const bo = await citizen({ locale: 'sv' });
    await staffWrites(await caseFor(bo.id), 'Hej, vi har tittat på ditt ärende.');
    await h.notifications.drain();
    expect(mailsTo(bo.email).map((m) => m.subject)).toEqual([
      'Du har ett nytt meddelande i e-tjänsterna',
    ]);
  });
});

describe('failures', () => {
  it('retries a temporary 451 after the back-off and delivers once', async () => {
    const person = await citizen({ locale: 'sv' });
    await staffWrites(await caseFor(person.id), 'Svar som först studsar.');
    h.mail.failNext(1, 451);
    await h.notifications.drain();
    const [row] = await outboxOf(person.id);
    expect(row).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: 'SMTP_451',
      nextAttemptAt: new Date(h.clock.now().getTime() + MINUTE),
    });
    expect(mailsTo(person.email)).toHaveLength(0);

    h.clock.advance(30_000);
    await h.notifications.drain();
    expect(mailsTo(person.email)).toHaveLength(0);

    h.clock.advance(30_000);
    await h.notifications.drain();
    await h.notifications.drain();
    expect(mailsTo(person.email).map((m) => m.messageId)).toEqual([messageIdFor(row!.id)]);
    expect((await outboxOf(person.id))[0]).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('parks a permanent 550 at once, and a temporary failure after the fifth try, visible on the development page', async () => {
    const refused = await citizen({ locale: 'sv' });
    await staffWrites(await caseFor(refused.id), 'Svar till en brevlåda som inte finns.');
    h.mail.failNext(1, 550);
    await h.notifications.drain();
    const [parked] = await outboxOf(refused.id);
    expect(parked).toMatchObject({ status: 'FAILED', attempts: 1, lastError: 'SMTP_550' });

    const flaky = await citizen({ locale: 'en' });
    await staffWrites(await caseFor(flaky.id), 'Svar till en server som aldrig svarar.');
    h.mail.failNext(5, 451);
    const waits = [1, 5, 15, 60];
    await h.notifications.drain();
    for (const wait of waits) {
      h.clock.advance(wait * MINUTE);
      await h.notifications.drain();
    }
    const [exhausted] = await outboxOf(flaky.id);
    expect(exhausted).toMatchObject({ status: 'FAILED', attempts: 5, lastError: 'SMTP_451' });
    h.clock.advance(120 * MINUTE);
    await h.notifications.drain();
    expect(mailsTo(flaky.email)).toHaveLength(0);

    const json = (await (await fetch(`${h.baseUrl}/api/test/notifications`)).json()) as {
      mails: { to: string[] }[];
      sms: { to: string }[];
      failed: { count: number; rows: { id: string; lastError: string; templateKey: string }[] };
    };
    expect(json.failed.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: parked!.id,
          lastError: 'SMTP_550',
          templateKey: 'NEW_MESSAGE',
        }),
        expect.objectContaining({ id: exhausted!.id, lastError: 'SMTP_451' }),
      ]),
    );
    expect(json.failed.count).toBeGreaterThanOrEqual(2);
    expect(json.mails.length).toBeGreaterThan(0);

    const page = await fetch(`${h.baseUrl}/dev/notifications`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/^<!doctype html><html lang="sv">/);
    expect(html).toContain('<h1>Utgående aviseringar (utvecklingsläge)</h1>');
    expect(html).toContain('<th scope="col">Felkod</th>');
    expect(html).toContain(parked!.id);
    expect(html).toContain('SMTP_550');
    const english = await (await fetch(`${h.baseUrl}/dev/notifications?lang=en`)).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<h1>Outgoing notifications (development mode)</h1>');
  });

  it('has no operations route without OPS_TOKEN', async () => {
    const response = await fetch(`${h.baseUrl}/api/ops/notifications/failed`, {
      headers: { authorization: 'Bearer anything-at-all-that-is-long-enough-to-pass' },
    });
    expect(response.status).toBe(404);
  });

  it('refuses an SMS address that is not a Swedish mobile number, without retrying', async () => {
    const id = randomUUID();
    await h.prisma.notificationOutbox.create({
      data: {
        id,
        personId: bulkRecipient.id,
        channel: 'SMS',
        address: '08-123 456 78',
        templateKey: 'NEW_MESSAGE',
        locale: 'sv',
        status: 'PENDING',
        nextAttemptAt: h.clock.now(),
        createdAt: h.clock.now(),
      },
    });
    await h.notifications.drain();
    expect(
      await h.prisma.notificationOutbox.findUniqueOrThrow({
        where: { id },
        select: { status: true, lastError: true },
      }),
    ).toEqual({ status: 'FAILED', lastError: 'ADDRESS_INVALID' });
    expect(await h.prisma.localSmsMessage.count({ where: { outboxId: id } })).toBe(0);
  });
});

describe('at most once per row', () => {
  it('a crash between send and commit leaves the row pending, and the resend carries the same Message-ID', async () => {
    const [id] = await queueRows(1, `crash-${randomUUID().slice(0, 6)}-`);
    const crashing = senderOn(h.prisma, {
      afterSend: () => {
        throw new Error('the process died here');
      },
    });
    await expect(crashing.drain()).rejects.toThrow('the process died here');
    const row = await h.prisma.notificationOutbox.findUniqueOrThrow({
      where: { id: id! },
      select: { status: true, attempts: true, address: true },
    });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(mailsTo(row.address).map((m) => m.messageId)).toEqual([messageIdFor(id!)]);

    await h.notifications.drain();
    expect(mailsTo(row.address).map((m) => m.messageId)).toEqual([
      messageIdFor(id!),
      messageIdFor(id!),
    ]);
    expect(
      await h.prisma.notificationOutbox.findUniqueOrThrow({
        where: { id: id! },
        select: { status: true },
      }),
    ).toEqual({ status: 'SENT' });
  });

  it('two senders on two database clients draining at once send each of 50 rows once', async () => {
    const prefix = `pair-${randomUUID().slice(0, 6)}-`;
    const ids = await queueRows(50, prefix);
    const clients = [
      createPrismaClient(h.databaseUrl, { maxConnections: 3 }),
      createPrismaClient(h.databaseUrl, { maxConnections: 3 }),
    ];
    try {
      const results = await Promise.all(clients.map((client) => senderOn(client).drain()));
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(50);
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
    const ours = h.mail.mails().filter((m) => m.to.some((to) => to.startsWith(prefix)));
    const perId = new Map<string, number>();
    for (const m of ours) perId.set(m.messageId ?? '', (perId.get(m.messageId ?? '') ?? 0) + 1);
    expect(perId.size).toBe(50);
    expect([...perId.values()].every((n) => n === 1)).toBe(true);
    expect([...perId.keys()].sort()).toEqual(ids.map(messageIdFor).sort());
    expect(
      await h.prisma.notificationOutbox.count({ where: { id: { in: ids }, status: 'SENT' } }),
    ).toBe(50);
  });

  it('two job runners on one database run the sender job and send each row once', async () => {
    const prefix = `runners-${randomUUID().slice(0, 6)}-`;
    const ids = await queueRows(50, prefix);
    const client = createPrismaClient(h.databaseUrl, { maxConnections: 3 });
    const second = await JobRunner.start({
      databaseUrl: h.databaseUrl,
      logger,
      schedules: false,
      pollingIntervalSeconds: 0.5,
    });
    try {
      await second.register(senderOn(client).job());
      const outcomes = await Promise.all([
        h.jobs!.runNow(NOTIFICATION_SENDER_JOB),
        second.runNow(NOTIFICATION_SENDER_JOB),
        h.jobs!.runNow(NOTIFICATION_SENDER_JOB),
        second.runNow(NOTIFICATION_SENDER_JOB),
      ]);
      expect(outcomes).toEqual(['completed', 'completed', 'completed', 'completed']);
    } finally {
      await second.stop();
      await client.$disconnect();
    }
    const ours = h.mail.mails().filter((m) => m.to.some((to) => to.startsWith(prefix)));
    expect(ours).toHaveLength(50);
    expect(new Set(ours.map((m) => m.messageId)).size).toBe(50);
    expect(
      await h.prisma.notificationOutbox.count({ where: { id: { in: ids }, status: 'SENT' } }),
    ).toBe(50);
  });
});

describe('the leak check', () => {
  it('finds a planted name, personnummer, clinic and message text in a caught mail', async () => {
    const person = await citizen({ locale: 'sv' });
    const { identityNumber } = await h.prisma.person.findUniqueOrThrow({
      where: { id: person.id },
      select: { identityNumber: true },
    });
    const planted = createMailSender({ smtpUrl: h.mail.url, from: 'x@example.se' });
    await planted.send({
      to: 'planted@example.se',
      subject: 'Till Efternamnsson1',
      text: `Personnummer ${identityNumber.slice(2, 8)}-${identityNumber.slice(8)} på Hemligvikens vårdcentral: Provsvaret om Levaxin ligger på mottagningen.`,
      html: '<p>-</p>',
      messageId: '<planted@example.se>',
      locale: 'sv',
    });
    planted.close();
    const mail = h.mail.mails().filter((m) => m.messageId === '<planted@example.se>');
    // The planted mail must not fail this harness's own check on close.
    expect(h.mail.discard((m) => m.messageId === '<planted@example.se>')).toBe(1);
    expect(mail).toHaveLength(1);
    const forbidden = await forbiddenStrings(h.prisma);
    const outgoing = mail.map((m) => ({
      kind: 'mail' as const,
      id: m.messageId ?? '',
      texts: [m.subject, m.text],
    }));
    expect(() => {
      assertNoLeaks(outgoing, forbidden, 'http://localhost');
    }).toThrow(/Notifications carry content/);
    const found = findLeaks(outgoing, forbidden, 'http://localhost');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'person name', value: 'Efternamnsson1' }),
        expect.objectContaining({
          category: 'identity number',
          value: `${identityNumber.slice(2, 8)}-${identityNumber.slice(8)}`,
        }),
        expect.objectContaining({ category: 'clinic name', value: 'Hemligvikens vårdcentral' }),
        expect.objectContaining({
          category: 'message text',
          value: 'Provsvaret om Levaxin ligger på mottagningen.',
        }),
      ]),
    );
    // The real ones pass.
    const real = h.mail.mails().map((m) => ({
      kind: 'mail' as const,
      id: m.messageId ?? '',
      texts: [m.subject, m.text, m.html ?? ''],
    }));
    expect(real.length).toBeGreaterThan(100);
    expect(() => {
      assertNoLeaks(real, forbidden, 'http://localhost');
    }).not.toThrow();
  });
});
