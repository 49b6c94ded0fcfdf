import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@etj/db';
import { enqueueServiceStatusMails } from '../notifications/notification-outbox.repository.ts';
import type { ServiceAnnouncementKind, ServiceSurface } from './service-status.policy.ts';

export type AnnouncementUpdateRow = { id: string; textSv: string; textEn: string; at: Date };

export type AnnouncementRow = {
  id: string;
  kind: ServiceAnnouncementKind;
  affected: ServiceSurface[];
  titleSv: string;
  titleEn: string;
  bodySv: string;
  bodyEn: string;
  startsAt: Date;
  endsAt: Date | null;
  publishedAt: Date;
  updates: AnnouncementUpdateRow[];
};

export type SubscriptionRow = {
  id: string;
  email: string;
  locale: string;
  confirmSalt: string;
  unsubscribeSalt: string;
  confirmRequestedAt: Date;
  confirmedAt: Date | null;
};

const updateSelect = { id: true, textSv: true, textEn: true, at: true } as const;

const announcementSelect = {
  id: true,
  kind: true,
  affected: true,
  titleSv: true,
  titleEn: true,
  bodySv: true,
  bodyEn: true,
  startsAt: true,
  endsAt: true,
  publishedAt: true,
  updates: { select: updateSelect, orderBy: [{ at: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.ServiceAnnouncementSelect;

const subscriptionSelect = {
  id: true,
  email: true,
  locale: true,
  confirmSalt: true,
  unsubscribeSalt: true,
  confirmRequestedAt: true,
  confirmedAt: true,
} as const;

/** Which mail a publication or an update sends to every confirmed subscriber. */
export type AnnouncementMail =
  | { kind: 'PUBLISHED'; announcementId: string }
  | { kind: 'UPDATED'; announcementId: string; updateId: string };

/** Driftstatus: announcements, their updates, e-mail subscriptions and their mails. */
export class ServiceStatusRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Everything not ended by `now` (current and upcoming), with updates. */
  notEnded(now: Date): Promise<AnnouncementRow[]> {
    return this.prisma.serviceAnnouncement.findMany({
      where: { OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      select: announcementSelect,
    });
  }

  /** The latest announcements, ended ones too, for the administrator's page. */
  latest(limit: number): Promise<AnnouncementRow[]> {
    return this.prisma.serviceAnnouncement.findMany({
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      take: limit,
      select: announcementSelect,
    });
  }

  find(id: string): Promise<AnnouncementRow | null> {
    return this.prisma.serviceAnnouncement.findUnique({
      where: { id },
      select: announcementSelect,
    });
  }

  /** Stores a publication and queues its mail to every confirmed subscriber, in one transaction. */
  async publish(input: {
    kind: ServiceAnnouncementKind;
    affected: readonly ServiceSurface[];
    titleSv: string;
    titleEn: string;
    bodySv: string;
    bodyEn: string;
    startsAt: Date;
    endsAt: Date | null;
    staffMemberId: string;
    at: Date;
  }): Promise<string> {
    const id = randomUUID();
    await this.prisma.$transaction(async (tx) => {
      await tx.serviceAnnouncement.create({
        data: {
          id,
          kind: input.kind,
          affected: [...input.affected],
          titleSv: input.titleSv,
          titleEn: input.titleEn,
          bodySv: input.bodySv,
          bodyEn: input.bodyEn,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          publishedAt: input.at,
          createdByStaffId: input.staffMemberId,
        },
        select: { id: true },
      });
      await this.queueToSubscribers(tx, { kind: 'PUBLISHED', announcementId: id }, input.at);
    });
    return id;
  }

  /** Adds an update (and sets new times, when ending) and queues its mail, in one transaction. */
  async addUpdate(input: {
    announcementId: string;
    textSv: string;
    textEn: string;
    staffMemberId: string;
    at: Date;
    /** Ending: the announcement's times after it. */
    times?: { startsAt: Date; endsAt: Date };
  }): Promise<void> {
    const updateId = randomUUID();
    await this.prisma.$transaction(async (tx) => {
      if (input.times)
        await tx.serviceAnnouncement.update({
          where: { id: input.announcementId },
          data: { startsAt: input.times.startsAt, endsAt: input.times.endsAt },
          select: { id: true },
        });
      await tx.serviceAnnouncementUpdate.create({
        data: {
          id: updateId,
          announcementId: input.announcementId,
          textSv: input.textSv,
          textEn: input.textEn,
          at: input.at,
          createdByStaffId: input.staffMemberId,
        },
        select: { id: true },
      });
      await this.queueToSubscribers(
        tx,
        { kind: 'UPDATED', announcementId: input.announcementId, updateId },
        input.at,
      );
    });
  }

  private async queueToSubscribers(
    tx: Prisma.TransactionClient,
    mail: AnnouncementMail,
    at: Date,
  ): Promise<void> {
    const subscribers = await tx.serviceStatusSubscription.findMany({
      where: { confirmedAt: { not: null } },
      select: { id: true, email: true, locale: true },
      orderBy: { id: 'asc' },
    });
    await enqueueServiceStatusMails(tx, {
      templateKey:
        mail.kind === 'PUBLISHED' ? 'SERVICE_STATUS_ANNOUNCEMENT' : 'SERVICE_STATUS_UPDATE',
      recipients: subscribers.map((s) => ({
        subscriptionId: s.id,
        address: s.email,
        locale: s.locale,
      })),
      announcementId: mail.announcementId,
      updateId: mail.kind === 'UPDATED' ? mail.updateId : null,
      at,
    });
  }

  subscriptionByEmail(email: string): Promise<SubscriptionRow | null> {
    return this.prisma.serviceStatusSubscription.findUnique({
      where: { email },
      select: subscriptionSelect,
    });
  }

  subscriptionById(id: string): Promise<SubscriptionRow | null> {
    return this.prisma.serviceStatusSubscription.findUnique({
      where: { id },
      select: subscriptionSelect,
    });
  }

  subscriptionByConfirmHash(hash: string): Promise<SubscriptionRow | null> {
    return this.prisma.serviceStatusSubscription.findUnique({
      where: { confirmTokenHash: hash },
      select: subscriptionSelect,
    });
  }

  subscriptionByUnsubscribeHash(hash: string): Promise<SubscriptionRow | null> {
    return this.prisma.serviceStatusSubscription.findUnique({
      where: { unsubscribeTokenHash: hash },
      select: subscriptionSelect,
    });
  }

  /**
   * A new unconfirmed subscription and its confirmation mail, in one transaction. Two requests
   * for one address at once: the unique address lets one in; the other finds nothing to do.
   */
  async createSubscription(input: {
    id: string;
    email: string;
    locale: 'sv' | 'en';
    confirmSalt: string;
    confirmTokenHash: string;
    unsubscribeSalt: string;
    unsubscribeTokenHash: string;
    at: Date;
  }): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const created = await tx.serviceStatusSubscription.createMany({
        data: [
          {
            id: input.id,
            email: input.email,
            locale: input.locale,
            confirmSalt: input.confirmSalt,
            confirmTokenHash: input.confirmTokenHash,
            unsubscribeSalt: input.unsubscribeSalt,
            unsubscribeTokenHash: input.unsubscribeTokenHash,
            confirmRequestedAt: input.at,
            createdAt: input.at,
          },
        ],
        skipDuplicates: true,
      });
      if (created.count === 0) return;
      await this.queueConfirmation(tx, input.id, input.email, input.locale, input.at);
    });
  }

  /** A new confirmation link (the old one stops working) and its mail, in one transaction. */
  async renewConfirmation(input: {
    id: string;
    locale: 'sv' | 'en';
    confirmSalt: string;
    confirmTokenHash: string;
    at: Date;
  }): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const row = await tx.serviceStatusSubscription.update({
        where: { id: input.id, confirmedAt: null },
        data: {
          locale: input.locale,
          confirmSalt: input.confirmSalt,
          confirmTokenHash: input.confirmTokenHash,
          confirmRequestedAt: input.at,
        },
        select: { email: true },
      });
      await this.queueConfirmation(tx, input.id, row.email, input.locale, input.at);
    });
  }

  private async queueConfirmation(
    tx: Prisma.TransactionClient,
    subscriptionId: string,
    email: string,
    locale: string,
    at: Date,
  ): Promise<void> {
    await enqueueServiceStatusMails(tx, {
      templateKey: 'SERVICE_STATUS_CONFIRM',
      recipients: [{ subscriptionId, address: email, locale }],
      announcementId: null,
      updateId: null,
      at,
    });
  }

  /** Confirms, unless already confirmed; true when this call confirmed it. */
  async confirm(id: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.serviceStatusSubscription.updateMany({
      where: { id, confirmedAt: null },
      data: { confirmedAt: at },
    });
    return count === 1;
  }

  /** Deletes the subscription and, with it, every mail to it not yet sent. */
  async remove(id: string): Promise<void> {
    await this.prisma.serviceStatusSubscription.deleteMany({ where: { id } });
  }
}
