// Gallring against real PostgreSQL of what is not a case: drafts with their attachments,
// sessions, login transactions, notifications and unconfirmed driftstatus subscriptions.
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  at,
  DAY,
  h,
  runAt,
  SECOND,
  shift,
  useRetentionHarness,
  world,
} from './support/retention.ts';

useRetentionHarness();

describe('drafts, sessions, login transactions, notifications', () => {
  const now = at('2026-11-25T09:00:00Z');

  async function draft(updatedAt: Date, withAttachment = false) {
    const id = randomUUID();
    await h.prisma.caseDraft.create({
      data: {
        id,
        clinicId: world.clinic.id,
        caseTypeVersionId: world.versionId,
        subjectPersonId: world.citizen.id,
        senderPersonId: world.citizen.id,
        answers: {},
        createdAt: updatedAt,
        updatedAt,
      },
    });
    if (withAttachment) {
      const content = Buffer.from('GIF89a');
      await h.prisma.attachment.create({
        data: {
          id: randomUUID(),
          draftId: id,
          fileName: 'bild.gif',
          mediaType: 'image/gif',
          sizeBytes: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          createdAt: updatedAt,
        },
      });
    }
    return id;
  }

  it('a draft untouched for 30 days (Stockholm wall-clock) goes with its attachments; one a second younger stays', async () => {
    await runAt(now);
    // 30 days before 2026-11-25 10:00 CET is 2026-10-26 10:00 CET (09:00 UTC).
    const expired = await draft(at('2026-10-26T09:00:00Z'), true);
    const young = await draft(at('2026-10-26T09:00:01Z'), true);
    const result = await runAt(now);
    expect(await h.prisma.caseDraft.count({ where: { id: expired } })).toBe(0);
    expect(await h.prisma.attachment.count({ where: { draftId: expired } })).toBe(0);
    expect(await h.prisma.caseDraft.count({ where: { id: young } })).toBe(1);
    expect(await h.prisma.attachment.count({ where: { draftId: young } })).toBe(1);
    expect(result.byTable).toEqual({ case_drafts: 1, attachments: 1 });
    expect(result.casesDeleted).toBe(0);
  });

  it('sessions ended more than a day ago and login transactions older than a day go', async () => {
    const session = async (lastActivityAt: Date, revoked = false) => {
      const id = randomUUID();
      await h.prisma.session.create({
        data: {
          id,
          actorKind: 'CITIZEN',
          actorId: world.citizen.id,
          authMethod: 'test',
          createdAt: shift(lastActivityAt, -3_600_000),
          lastActivityAt,
          revokedAt: revoked ? shift(lastActivityAt, 60_000) : null,
          revokedReason: revoked ? 'LOGOUT' : null,
        },
      });
      return id;
    };
    const loginTx = async (createdAt: Date) => {
      const id = randomUUID();
      await h.prisma.loginTransaction.create({
        data: {
          id,
          actorKind: 'CITIZEN',
          state: randomUUID(),
          nonce: randomUUID(),
          returnTo: '/citizen/',
          locale: 'sv',
          createdAt,
        },
      });
      return id;
    };
    const idleLongAgo = await session(shift(now, -(DAY + 3_600_000 + SECOND)));
    const loggedOutLongAgo = await session(shift(now, -2 * DAY), true);
    const idleJustUnderTheLine = await session(shift(now, -(DAY + 3_540_000)));
    const live = await session(shift(now, -60_000));
    const oldLogin = await loginTx(shift(now, -(DAY + SECOND)));
    const recentLogin = await loginTx(shift(now, -23 * 3_600_000));

    await runAt(now);
    const sessionsLeft = await h.prisma.session.findMany({
      where: { id: { in: [idleLongAgo, loggedOutLongAgo, idleJustUnderTheLine, live] } },
      select: { id: true },
    });
    expect(sessionsLeft.map((s) => s.id).sort()).toEqual([idleJustUnderTheLine, live].sort());
    const loginsLeft = await h.prisma.loginTransaction.findMany({
      where: { id: { in: [oldLogin, recentLogin] } },
      select: { id: true },
    });
    expect(loginsLeft.map((l) => l.id)).toEqual([recentLogin]);
  });

  it('sent notifications and parked failures go after 30 days, pending ones stay; local SMS records too', async () => {
    const outbox = async (
      status: 'PENDING' | 'SENT' | 'FAILED',
      createdAt: Date,
      sentAt?: Date,
    ) => {
      const id = randomUUID();
      await h.prisma.notificationOutbox.create({
        data: {
          id,
          personId: world.citizen.id,
          channel: 'EMAIL',
          address: 'testa@example.se',
          templateKey: 'NEW_MESSAGE',
          locale: 'sv',
          status,
          nextAttemptAt: createdAt,
          createdAt,
          sentAt: sentAt ?? null,
        },
      });
      return id;
    };
    const sentLongAgo = await outbox('SENT', shift(now, -40 * DAY), shift(now, -30 * DAY - SECOND));
    const sentRecently = await outbox('SENT', shift(now, -40 * DAY), shift(now, -29 * DAY));
    const failedLongAgo = await outbox('FAILED', shift(now, -31 * DAY));
    const failedRecently = await outbox('FAILED', shift(now, -10 * DAY));
    const pendingOld = await outbox('PENDING', shift(now, -60 * DAY));
    const sms = async (sentAt: Date) => {
      const id = randomUUID();
      await h.prisma.localSmsMessage.create({
        data: { id, outboxId: randomUUID(), recipient: '+46701234567', text: 'x', sentAt },
      });
      return id;
    };
    const oldSms = await sms(shift(now, -31 * DAY));
    const newSms = await sms(shift(now, -DAY));

    await runAt(now);
    const left = await h.prisma.notificationOutbox.findMany({
      where: { id: { in: [sentLongAgo, sentRecently, failedLongAgo, failedRecently, pendingOld] } },
      select: { id: true },
    });
    expect(left.map((r) => r.id).sort()).toEqual([sentRecently, failedRecently, pendingOld].sort());
    const smsLeft = await h.prisma.localSmsMessage.findMany({
      where: { id: { in: [oldSms, newSms] } },
      select: { id: true },
    });
    expect(smsLeft.map((r) => r.id)).toEqual([newSms]);
  });
});

describe('driftstatus subscriptions', () => {
  const now = at('2026-11-25T09:00:00Z');

  it('an address never confirmed goes a week after its last confirmation mail; confirmed ones stay', async () => {
    const subscription = async (asked: Date, confirmed: boolean) => {
      const id = randomUUID();
      await h.prisma.serviceStatusSubscription.create({
        data: {
          id,
          email: `${id}@example.se`,
          locale: 'sv',
          confirmSalt: 'c',
          confirmTokenHash: `c-${id}`,
          unsubscribeSalt: 'u',
          unsubscribeTokenHash: `u-${id}`,
          confirmRequestedAt: asked,
          confirmedAt: confirmed ? asked : null,
          createdAt: asked,
        },
      });
      return id;
    };
    const stale = await subscription(shift(now, -7 * DAY - SECOND), false);
    const fresh = await subscription(shift(now, -7 * DAY + SECOND), false);
    const confirmed = await subscription(shift(now, -400 * DAY), true);
    await runAt(now);
    const left = await h.prisma.serviceStatusSubscription.findMany({
      where: { id: { in: [stale, fresh, confirmed] } },
      select: { id: true },
    });
    expect(left.map((r) => r.id).sort()).toEqual([fresh, confirmed].sort());
  });
});
