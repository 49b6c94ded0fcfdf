import type { PrismaClient } from '@etj/db';

/** One claimed outbox row: what the sender needs to render and deliver it, nothing more. */
export type ClaimedNotification = {
  id: string;
  channel: 'EMAIL' | 'SMS';
  address: string;
  templateKey: string;
  locale: string;
  attempts: number;
  /** Driftstatus mails: the subscription, and the announcement (and update) they carry. */
  serviceStatusSubscriptionId: string | null;
  serviceAnnouncementId: string | null;
  serviceAnnouncementUpdateId: string | null;
};

/** What became of one claimed row; written in the claim's transaction. */
export type DeliveryOutcome =
  | { id: string; kind: 'SENT'; at: Date }
  | { id: string; kind: 'RETRY'; attempts: number; nextAttemptAt: Date; lastError: string }
  | { id: string; kind: 'FAILED'; attempts: number; lastError: string };

export type FailedNotification = {
  id: string;
  channel: 'EMAIL' | 'SMS';
  templateKey: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
};

/**
 * The outbox as the sender sees it. A batch is claimed with FOR UPDATE SKIP LOCKED inside one
 * interactive transaction that stays open while the rows are delivered, and each row's outcome is
 * written in that same transaction: another process skips the locked rows, and a process that
 * dies before committing leaves them PENDING (to be sent again with the same Message-ID).
 */
export class NotificationSenderRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async withClaimedBatch(
    input: { dueBy: Date; limit: number; timeoutMs: number },
    deliver: (
      rows: ClaimedNotification[],
      record: (outcome: DeliveryOutcome) => Promise<void>,
    ) => Promise<void>,
  ): Promise<number> {
    return this.prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<
          {
            id: string;
            channel: 'EMAIL' | 'SMS';
            address: string;
            template_key: string;
            locale: string;
            attempts: number;
            service_status_subscription_id: string | null;
            service_announcement_id: string | null;
            service_announcement_update_id: string | null;
          }[]
        >`
          SELECT id, channel::text AS channel, address, template_key, locale, attempts,
            service_status_subscription_id, service_announcement_id, service_announcement_update_id
          FROM notification_outbox
          WHERE status = 'PENDING' AND next_attempt_at <= ${input.dueBy}
          ORDER BY next_attempt_at, id
          LIMIT ${input.limit}
          FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return 0;
        await deliver(
          rows.map((r) => ({
            id: r.id,
            channel: r.channel,
            address: r.address,
            templateKey: r.template_key,
            locale: r.locale,
            attempts: r.attempts,
            serviceStatusSubscriptionId: r.service_status_subscription_id,
            serviceAnnouncementId: r.service_announcement_id,
            serviceAnnouncementUpdateId: r.service_announcement_update_id,
          })),
          async (outcome) => {
            switch (outcome.kind) {
              case 'SENT':
                await tx.notificationOutbox.update({
                  where: { id: outcome.id },
                  data: { status: 'SENT', sentAt: outcome.at, lastError: null },
                  select: { id: true },
                });
                return;
              case 'RETRY':
                await tx.notificationOutbox.update({
                  where: { id: outcome.id },
                  data: {
                    attempts: outcome.attempts,
                    nextAttemptAt: outcome.nextAttemptAt,
                    lastError: outcome.lastError,
                  },
                  select: { id: true },
                });
                return;
              case 'FAILED':
                await tx.notificationOutbox.update({
                  where: { id: outcome.id },
                  data: {
                    status: 'FAILED',
                    attempts: outcome.attempts,
                    lastError: outcome.lastError,
                  },
                  select: { id: true },
                });
                return;
            }
          },
        );
        return rows.length;
      },
      { timeout: input.timeoutMs, maxWait: 10_000 },
    );
  }

  /** Rows parked after their last try, for the service administrator (the development page). */
  async failed(limit = 100): Promise<{ count: number; rows: FailedNotification[] }> {
    const [count, rows] = await Promise.all([
      this.prisma.notificationOutbox.count({ where: { status: 'FAILED' } }),
      this.prisma.notificationOutbox.findMany({
        where: { status: 'FAILED' },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: limit,
        select: {
          id: true,
          channel: true,
          templateKey: true,
          attempts: true,
          lastError: true,
          createdAt: true,
        },
      }),
    ]);
    return { count, rows };
  }
}
