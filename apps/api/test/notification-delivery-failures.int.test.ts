// Notification delivery when sending fails: retries of a temporary failure, parking of permanent
// ones and of a fifth temporary one, the operations route, and SMS addresses refused without
// retrying.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { messageIdFor } from '../src/notifications/notification-sender.service.ts';
import {
  bulkRecipient,
  caseFor,
  citizen,
  h,
  mailsTo,
  MINUTE,
  outboxOf,
  staffWrites,
  useNotificationHarness,
} from './support/notification-delivery.ts';

useNotificationHarness();

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
