import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import type { Clock } from '../../common/clock.ts';
import type { OutgoingSms, SmsGateway } from './sms-gateway.ts';

export type RecordedSms = { id: string; outboxId: string; to: string; text: string; sentAt: Date };

/**
 * The default gateway when no SMS_GATEWAY_URL is configured: sends nothing, records what would
 * have been sent in local_sms_messages (shown on the development page).
 */
export class LocalSmsGateway implements SmsGateway {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly clock: Clock,
  ) {}

  async send(sms: OutgoingSms): Promise<void> {
    await this.prisma.localSmsMessage.create({
      data: {
        id: randomUUID(),
        outboxId: sms.reference,
        recipient: sms.to,
        text: sms.text,
        sentAt: this.clock.now(),
      },
    });
  }

  /** The latest recorded messages, newest first. */
  async latest(limit = 100): Promise<RecordedSms[]> {
    const rows = await this.prisma.localSmsMessage.findMany({
      orderBy: [{ sentAt: 'desc' }, { id: 'asc' }],
      take: limit,
      select: { id: true, outboxId: true, recipient: true, text: true, sentAt: true },
    });
    return rows.map((r) => ({
      id: r.id,
      outboxId: r.outboxId,
      to: r.recipient,
      text: r.text,
      sentAt: r.sentAt,
    }));
  }
}
