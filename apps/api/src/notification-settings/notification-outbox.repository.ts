import { randomUUID } from 'node:crypto';
import type { Prisma } from '@etj/db';

/**
 * Queues "you have a new message" for a person, inside the caller's transaction (outbox): one
 * row per channel the person has turned on and has an address for. Template NEW_MESSAGE, never
 * any content.
 */
export async function enqueueNewMessageNotice(
  tx: Prisma.TransactionClient,
  personId: string,
  at: Date,
): Promise<void> {
  const setting = await tx.notificationSetting.findFirst({
    where: { citizenAccount: { personId } },
    select: { email: true, mobile: true, notifyByEmail: true, notifyBySms: true },
  });
  if (!setting) return;
  const channels: { channel: 'EMAIL' | 'SMS'; address: string }[] = [];
  if (setting.notifyByEmail && setting.email)
    channels.push({ channel: 'EMAIL', address: setting.email });
  if (setting.notifyBySms && setting.mobile)
    channels.push({ channel: 'SMS', address: setting.mobile });
  if (channels.length === 0) return;
  await tx.notificationOutbox.createMany({
    data: channels.map((c) => ({
      id: randomUUID(),
      personId,
      channel: c.channel,
      address: c.address,
      templateKey: 'NEW_MESSAGE',
      locale: 'sv',
      status: 'PENDING' as const,
      createdAt: at,
    })),
  });
}
