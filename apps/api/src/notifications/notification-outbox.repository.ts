import { randomUUID } from 'node:crypto';
import type { Prisma } from '@etj/db';

/**
 * What a notification says, by key only: the text is rendered at sending time from the
 * content-free templates in notification-templates.ts, in the recipient's language. No template
 * takes a parameter, so no content can reach one.
 */
export type NotificationTemplateKey =
  'NEW_MESSAGE' | 'STAFF_NEW_CASES' | 'STAFF_CASE_ASSIGNED' | 'STAFF_CITIZEN_REPLY';

export type StaffAlertKind = 'STAFF_NEW_CASES' | 'STAFF_CASE_ASSIGNED' | 'STAFF_CITIZEN_REPLY';

export type NotificationLocale = 'sv' | 'en';

/** The switch on StaffAlertSetting that opts a staff member in to each kind of alert. */
export const ALERT_SWITCH = {
  STAFF_NEW_CASES: 'newCases',
  STAFF_CASE_ASSIGNED: 'assignedToMe',
  STAFF_CITIZEN_REPLY: 'citizenReplies',
} as const satisfies Record<StaffAlertKind, string>;

/**
 * Several messages to one person within this window give one notification (and a clinic queue
 * alerts a receiver at most once per quarter hour): a notification only says "log in and look".
 */
export const NOTIFICATION_QUIET_WINDOW_MS = 15 * 60 * 1000;

const asLocale = (value: string | null | undefined): NotificationLocale =>
  value === 'en' ? 'en' : 'sv';

/**
 * Serialises the enqueues for one recipient in this transaction, so two messages at the same
 * moment cannot both miss each other's notification and send two.
 */
async function lockRecipient(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`notify:${key}`}, 0))`;
}

/**
 * Queues "you have a new message" for a citizen, inside the caller's transaction (outbox): one
 * row per channel the person has turned on and has an address for, in the language they chose,
 * unless that channel already has a notification from the last quarter hour. Nothing for the
 * deceased. `caseId` ties the row to the case so that gallring deletes it with the case.
 */
export async function enqueueNewMessageNotice(
  tx: Prisma.TransactionClient,
  personId: string,
  at: Date,
  caseId: string | null = null,
): Promise<void> {
  const setting = await tx.notificationSetting.findFirst({
    where: { citizenAccount: { personId, person: { deceasedOn: null } } },
    select: { email: true, mobile: true, notifyByEmail: true, notifyBySms: true, locale: true },
  });
  if (!setting) return;
  const channels: { channel: 'EMAIL' | 'SMS'; address: string }[] = [];
  if (setting.notifyByEmail && setting.email)
    channels.push({ channel: 'EMAIL', address: setting.email });
  if (setting.notifyBySms && setting.mobile)
    channels.push({ channel: 'SMS', address: setting.mobile });
  if (channels.length === 0) return;
  await lockRecipient(tx, `person:${personId}`);
  const since = new Date(at.getTime() - NOTIFICATION_QUIET_WINDOW_MS);
  const recent = await tx.notificationOutbox.findMany({
    where: { personId, createdAt: { gt: since } },
    select: { channel: true },
  });
  const quiet = new Set(recent.map((r) => r.channel));
  const due = channels.filter((c) => !quiet.has(c.channel));
  if (due.length === 0) return;
  await tx.notificationOutbox.createMany({
    data: due.map((c) => ({
      id: randomUUID(),
      personId,
      caseId,
      channel: c.channel,
      address: c.address,
      templateKey: 'NEW_MESSAGE',
      locale: asLocale(setting.locale),
      status: 'PENDING' as const,
      nextAttemptAt: at,
      createdAt: at,
    })),
  });
}

/**
 * Queues a content-free alert for each of `staffMemberIds` who opted in to `kind` at `clinicId`
 * and has an alert e-mail, unless they already had one of that kind for that clinic in the last
 * quarter hour. Inside the caller's transaction.
 */
export async function enqueueStaffAlerts(
  tx: Prisma.TransactionClient,
  input: {
    clinicId: string;
    kind: StaffAlertKind;
    /** Who may get it; for new cases, the clinic's receivers (decided by the caller's policy). */
    staffMemberIds: readonly string[];
    caseId?: string | null;
    at: Date;
  },
): Promise<void> {
  if (input.staffMemberIds.length === 0) return;
  const opted = await tx.staffAlertSetting.findMany({
    where: {
      clinicId: input.clinicId,
      staffMemberId: { in: [...input.staffMemberIds] },
      [ALERT_SWITCH[input.kind]]: true,
      staffMember: { staffAccount: { alertEmail: { not: null } } },
    },
    select: {
      staffMemberId: true,
      staffMember: {
        select: { staffAccount: { select: { alertEmail: true, alertLocale: true } } },
      },
    },
    orderBy: { staffMemberId: 'asc' },
  });
  const since = new Date(input.at.getTime() - NOTIFICATION_QUIET_WINDOW_MS);
  for (const row of opted) {
    const account = row.staffMember.staffAccount;
    if (!account?.alertEmail) continue;
    await lockRecipient(tx, `staff:${row.staffMemberId}`);
    const recent = await tx.notificationOutbox.count({
      where: {
        staffMemberId: row.staffMemberId,
        clinicId: input.clinicId,
        templateKey: input.kind,
        createdAt: { gt: since },
      },
    });
    if (recent > 0) continue;
    await tx.notificationOutbox.create({
      data: {
        id: randomUUID(),
        staffMemberId: row.staffMemberId,
        clinicId: input.clinicId,
        caseId: input.caseId ?? null,
        channel: 'EMAIL',
        address: account.alertEmail,
        templateKey: input.kind,
        locale: asLocale(account.alertLocale),
        status: 'PENDING',
        nextAttemptAt: input.at,
        createdAt: input.at,
      },
    });
  }
}

/** The driftstatus mails, rendered by apps/api/src/service-status at sending time. */
export type ServiceStatusTemplateKey =
  'SERVICE_STATUS_CONFIRM' | 'SERVICE_STATUS_ANNOUNCEMENT' | 'SERVICE_STATUS_UPDATE';

/**
 * Queues driftstatus e-mails inside the caller's transaction (outbox): one row per recipient,
 * pointing at the subscription and at the announcement (and update) the mail carries, so the
 * text and the subscriber's links are rendered when it is sent, and an unsubscribe deletes what
 * is still unsent.
 */
export async function enqueueServiceStatusMails(
  tx: Prisma.TransactionClient,
  input: {
    templateKey: ServiceStatusTemplateKey;
    recipients: readonly { subscriptionId: string; address: string; locale: string }[];
    announcementId: string | null;
    updateId: string | null;
    at: Date;
  },
): Promise<void> {
  if (input.recipients.length === 0) return;
  await tx.notificationOutbox.createMany({
    data: input.recipients.map((r) => ({
      id: randomUUID(),
      channel: 'EMAIL' as const,
      address: r.address,
      templateKey: input.templateKey,
      locale: asLocale(r.locale),
      status: 'PENDING' as const,
      nextAttemptAt: input.at,
      createdAt: input.at,
      serviceStatusSubscriptionId: r.subscriptionId,
      serviceAnnouncementId: input.announcementId,
      serviceAnnouncementUpdateId: input.updateId,
    })),
  });
}
