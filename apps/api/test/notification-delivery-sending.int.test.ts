// Notification delivery: a staff answer drained from the outbox over real SMTP to this harness's
// catcher, in the citizen's language, then quiet for a quarter hour; at most once per row (a
// crash between send and commit, two senders and two job runners on one database); and the
// leak check, run over every mail these tests caught.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '@etj/db';
import { JobRunner } from '../src/common/job-runner.ts';
import { createMailSender } from '../src/notifications/mail-transport.ts';
import {
  messageIdFor,
  NOTIFICATION_SENDER_JOB,
} from '../src/notifications/notification-sender.service.ts';
import { assertNoLeaks, findLeaks, forbiddenStrings } from './notification-leak-check.ts';
import {
  caseFor,
  citizen,
  h,
  logger,
  mailsTo,
  MINUTE,
  outboxOf,
  queueRows,
  senderOn,
  staffWrites,
  useNotificationHarness,
} from './support/notification-delivery.ts';

useNotificationHarness();

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
