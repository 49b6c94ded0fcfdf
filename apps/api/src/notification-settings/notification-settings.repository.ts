import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import type { CleanSettings } from './notification-settings.rules.ts';

export type SettingsRow = CleanSettings & { updatedAt: Date };

const settingsSelect = {
  email: true,
  mobile: true,
  notifyByEmail: true,
  notifyBySms: true,
  updatedAt: true,
} as const;

/** Where a citizen's notifications go; hangs off the citizen account. */
export class NotificationSettingsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async find(personId: string): Promise<SettingsRow | null> {
    return this.prisma.notificationSetting.findFirst({
      where: { citizenAccount: { personId } },
      select: settingsSelect,
    });
  }

  /**
   * Saves the settings, creating the account on the way for a child who has never logged in
   * (first login stays unset), in one transaction.
   */
  async save(
    personId: string,
    settings: CleanSettings,
    updatedByPersonId: string,
    at: Date,
  ): Promise<SettingsRow> {
    return this.prisma.$transaction(async (tx) => {
      const account = await tx.citizenAccount.upsert({
        where: { personId },
        create: { id: randomUUID(), personId, createdAt: at },
        update: {},
        select: { id: true },
      });
      return tx.notificationSetting.upsert({
        where: { citizenAccountId: account.id },
        create: {
          id: randomUUID(),
          citizenAccountId: account.id,
          ...settings,
          updatedByPersonId,
          updatedAt: at,
        },
        update: { ...settings, updatedByPersonId, updatedAt: at },
        select: settingsSelect,
      });
    });
  }
}
