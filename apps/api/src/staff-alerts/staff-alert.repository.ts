import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@etj/db';
import { stockholmDate, type CalendarDate } from '@etj/domain';
import {
  ALERT_SWITCH,
  enqueueStaffAlerts,
  type NotificationLocale,
  type StaffAlertKind,
} from '../notifications/notification-outbox.repository.ts';
import {
  alertRecipients,
  assignmentAlertCandidates,
  replyAlertCandidates,
  type AlertCandidate,
  type AlertSwitches,
  type CleanAlertSettings,
} from './staff-alert.policy.ts';

export type AlertSettingsRow = AlertSwitches & {
  email: string | null;
  locale: NotificationLocale;
  updatedAt: Date | null;
};

const OFF: AlertSwitches = { newCases: false, assignedToMe: false, citizenReplies: false };
const asLocale = (value: string): NotificationLocale => (value === 'en' ? 'en' : 'sv');
const toDate = (value: Date): CalendarDate => value.toISOString().slice(0, 10) as CalendarDate;

/** A staff member's alert address and language (their account) and switches (per clinic). */
export class StaffAlertRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async find(staffMemberId: string, clinicId: string | null): Promise<AlertSettingsRow> {
    const account = await this.prisma.staffAccount.findUnique({
      where: { staffMemberId },
      select: { alertEmail: true, alertLocale: true, alertsUpdatedAt: true },
    });
    const switches = clinicId
      ? await this.prisma.staffAlertSetting.findUnique({
          where: { staffMemberId_clinicId: { staffMemberId, clinicId } },
          select: { newCases: true, assignedToMe: true, citizenReplies: true },
        })
      : null;
    return {
      email: account?.alertEmail ?? null,
      locale: asLocale(account?.alertLocale ?? 'sv'),
      ...(switches ?? OFF),
      updatedAt: account?.alertsUpdatedAt ?? null,
    };
  }

  /** Address, language and (with a clinic) that clinic's switches, in one transaction. */
  async save(
    staffMemberId: string,
    clinicId: string | null,
    settings: CleanAlertSettings,
    at: Date,
  ): Promise<void> {
    const account = {
      alertEmail: settings.email,
      alertLocale: settings.locale,
      alertsUpdatedAt: at,
    };
    const switches = {
      newCases: settings.newCases,
      assignedToMe: settings.assignedToMe,
      citizenReplies: settings.citizenReplies,
      updatedAt: at,
    };
    await this.prisma.$transaction(async (tx) => {
      await tx.staffAccount.upsert({
        where: { staffMemberId },
        create: { id: randomUUID(), staffMemberId, createdAt: at, ...account },
        update: account,
      });
      if (!clinicId) return;
      await tx.staffAlertSetting.upsert({
        where: { staffMemberId_clinicId: { staffMemberId, clinicId } },
        create: { id: randomUUID(), staffMemberId, clinicId, ...switches },
        update: switches,
      });
    });
  }
}

/** The assignments at `clinicId` of the given staff (or of everyone opted in to `kind`). */
async function candidatesAt(
  tx: Prisma.TransactionClient,
  clinicId: string,
  who: { staffMemberIds: string[] } | { optedIn: StaffAlertKind },
): Promise<AlertCandidate[]> {
  const rows = await tx.staffAssignment.findMany({
    where: {
      clinicId,
      ...('staffMemberIds' in who
        ? { staffMemberId: { in: who.staffMemberIds } }
        : {
            staffMember: {
              alertSettings: { some: { clinicId, [ALERT_SWITCH[who.optedIn]]: true } },
            },
          }),
    },
    select: { staffMemberId: true, roles: true, validFrom: true, validTo: true },
  });
  return rows.map((r) => ({
    staffMemberId: r.staffMemberId,
    roles: r.roles,
    validFrom: toDate(r.validFrom),
    validTo: r.validTo ? toDate(r.validTo) : null,
  }));
}

/**
 * Queues `kind` for those of `who` whose assignment at the clinic today holds the role the
 * policy asks for (the outbox then checks opt-in, address and the quarter hour).
 */
async function alertAt(
  tx: Prisma.TransactionClient,
  input: { clinicId: string; caseId: string; at: Date; kind: StaffAlertKind },
  who: { staffMemberIds: string[] } | { optedIn: StaffAlertKind },
): Promise<void> {
  if ('staffMemberIds' in who && who.staffMemberIds.length === 0) return;
  const candidates = await candidatesAt(tx, input.clinicId, who);
  await enqueueStaffAlerts(tx, {
    clinicId: input.clinicId,
    kind: input.kind,
    staffMemberIds: alertRecipients(input.kind, candidates, stockholmDate(input.at)),
    caseId: input.caseId,
    at: input.at,
  });
}

/**
 * A new case in the clinic queue: an alert to each case receiver of the clinic today who opted
 * in (at most one per quarter hour each). Inside the sending transaction.
 */
export async function enqueueNewCaseAlerts(
  tx: Prisma.TransactionClient,
  input: { clinicId: string; caseId: string; at: Date },
): Promise<void> {
  await alertAt(tx, { ...input, kind: 'STAFF_NEW_CASES' }, { optedIn: 'STAFF_NEW_CASES' });
}

/** A case assigned to a caregiver by someone else: an alert to them, if they opted in. */
export async function enqueueAssignmentAlert(
  tx: Prisma.TransactionClient,
  input: {
    clinicId: string;
    caseId: string;
    actorStaffId: string;
    assigneeId: string;
    previousStaffId: string | null;
    at: Date;
  },
): Promise<void> {
  await alertAt(
    tx,
    { ...input, kind: 'STAFF_CASE_ASSIGNED' },
    { staffMemberIds: assignmentAlertCandidates(input) },
  );
}

/**
 * A citizen answered a counter-question: an alert to the caregiver assigned now (or to the one
 * who asked, when nobody is), if they opted in.
 */
export async function enqueueReplyAlert(
  tx: Prisma.TransactionClient,
  input: { caseId: string; at: Date },
): Promise<void> {
  const caseRow = await tx.case.findUnique({
    where: { id: input.caseId },
    select: {
      clinicId: true,
      assignedStaffId: true,
      messages: {
        where: { kind: 'COUNTER_QUESTION', authorKind: 'STAFF' },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { authorStaffId: true },
      },
    },
  });
  if (!caseRow) return;
  const staffMemberIds = replyAlertCandidates({
    assignedStaffId: caseRow.assignedStaffId,
    askedByStaffId: caseRow.messages[0]?.authorStaffId ?? null,
  });
  await alertAt(
    tx,
    { ...input, clinicId: caseRow.clinicId, kind: 'STAFF_CITIZEN_REPLY' },
    { staffMemberIds },
  );
}
