import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import type { CleanSettings } from './notification-settings.rules.ts';

export type SettingsRow = Required<CleanSettings> & { updatedAt: Date };

const settingsSelect = {
  email: true,
  mobile: true,
  notifyByEmail: true,
  notifyBySms: true,
  locale: true,
  updatedAt: true,
} as const;

const asLocale = (value: string): 'sv' | 'en' => (value === 'en' ? 'en' : 'sv');

/** Where a citizen's notifications go; hangs off the citizen account. */
export class NotificationSettingsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async find(personId: string): Promise<SettingsRow | null> {
    const row = await this.prisma.notificationSetting.findFirst({
      where: { citizenAccount: { personId } },
      select: settingsSelect,
    });
    return row ? { ...row, locale: asLocale(row.locale) } : null;
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
    const row = await this.prisma.$transaction(async (tx) => {
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
    return { ...row, locale: asLocale(row.locale) };
  }
}
