import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import { enqueueNewMessageNotice } from '../notifications/notification-outbox.repository.ts';

/**
 * A child with an active proxy link, or with an ended one and no contact wipe yet, and the
 * guardians whose links are active (only they get notices).
 */
export type ProxiedChild = {
  childPersonId: string;
  birthDate: CalendarDate;
  givenName: string | null;
  familyName: string | null;
  protectedIdentity: boolean;
  deceased: boolean;
  guardians: {
    guardianPersonId: string;
    /** Custody in force today by the register, and neither has protected identity or died. */
    mayBeNotified: boolean;
  }[];
};

export type ProxyNoticeBody = {
  key: 'PROXY_ENDS_IN_THREE_MONTHS' | 'PROXY_ENDS_IN_ONE_WEEK' | 'CONTACT_DETAILS_REMOVED';
  recipientRole: 'CHILD' | 'GUARDIAN';
  childName: string | null;
  endsOn: CalendarDate;
};

export type NoticeToSend = { recipientPersonId: string; body: ProxyNoticeBody };

type LinkRow = {
  child_id: string;
  birth_date: string;
  given_name: string | null;
  family_name: string | null;
  child_protected: boolean;
  child_deceased: boolean;
  guardian_id: string;
  link_active: boolean;
  guardian_notifiable: boolean;
};

/** Reads and writes for the proxy lifecycle job: notices, the end of links, the contact wipe. */
export class ProxyLifecycleRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Children born on or before `bornOnOrBefore` (the caller's conservative cut-off: anyone whose
   * notice window may have opened) with active links, and those whose links all ended earlier
   * (a guardian removed the child, custody ended) but who have not had the 13th-birthday wipe:
   * a guardian may have set their contact details. For a deceased child "not wiped yet" means
   * contact details or choices still stored (there is no notice to look for). One statement.
   */
  async childrenWithActiveLinks(
    bornOnOrBefore: CalendarDate,
    today: CalendarDate,
  ): Promise<ProxiedChild[]> {
    const rows = await this.prisma.$queryRaw<LinkRow[]>`
      SELECT c.id AS child_id, to_char(c.birth_date, 'YYYY-MM-DD') AS birth_date,
             c.given_name, c.family_name, c.protected_identity AS child_protected,
             (c.deceased_on IS NOT NULL) AS child_deceased,
             l.guardian_person_id AS guardian_id,
             (l.ended_at IS NULL) AS link_active,
             (NOT g.protected_identity AND g.deceased_on IS NULL AND EXISTS (
                SELECT 1 FROM guardianships gs
                 WHERE gs.guardian_id = l.guardian_person_id AND gs.child_id = c.id
                   AND gs.valid_from <= ${today}::date
                   AND (gs.valid_to IS NULL OR gs.valid_to >= ${today}::date)
             )) AS guardian_notifiable
        FROM proxy_links l
        JOIN persons c ON c.id = l.child_person_id
        JOIN persons g ON g.id = l.guardian_person_id
       WHERE c.birth_date <= ${bornOnOrBefore}::date
         AND (l.ended_at IS NULL
              OR (c.deceased_on IS NULL AND NOT EXISTS (
                    SELECT 1 FROM case_messages m
                     WHERE m.recipient_person_id = c.id
                       AND m.dedupe_key LIKE 'proxy:' || c.id::text || ':CONTACT_DETAILS_REMOVED:%'))
              -- A deceased child gets no notice, so the wipe leaves no mark but the wiped
              -- settings themselves: the child is back here only while something is left.
              OR (c.deceased_on IS NOT NULL AND EXISTS (
                    SELECT 1 FROM notification_settings ns
                      JOIN citizen_accounts ca ON ca.id = ns.citizen_account_id
                     WHERE ca.person_id = c.id
                       AND (ns.email IS NOT NULL OR ns.mobile IS NOT NULL
                            OR ns.notify_by_email OR ns.notify_by_sms))))
       ORDER BY c.id, l.guardian_person_id`;
    const children = new Map<string, ProxiedChild>();
    for (const row of rows) {
      let child = children.get(row.child_id);
      if (!child) {
        child = {
          childPersonId: row.child_id,
          birthDate: row.birth_date as CalendarDate,
          givenName: row.given_name,
          familyName: row.family_name,
          protectedIdentity: row.child_protected,
          deceased: row.child_deceased,
          guardians: [],
        };
        children.set(row.child_id, child);
      }
      if (row.link_active && !child.guardians.some((g) => g.guardianPersonId === row.guardian_id))
        child.guardians.push({
          guardianPersonId: row.guardian_id,
          mayBeNotified: row.guardian_notifiable && !row.child_protected,
        });
    }
    return [...children.values()];
  }

  /**
   * Stores the notices, each at most once per recipient (the dedupe key), and enqueues a
   * content-free NEW_MESSAGE notification for each one actually stored. One transaction.
   * Answers how many were new.
   */
  async sendNotices(
    notices: readonly NoticeToSend[],
    dedupeKey: string,
    at: Date,
  ): Promise<number> {
    if (notices.length === 0) return 0;
    return this.prisma.$transaction(async (tx) => {
      let stored = 0;
      for (const notice of notices) {
        const inserted = await insertNotice(tx, notice, dedupeKey, at);
        if (!inserted) continue;
        stored += 1;
        await enqueueNewMessageNotice(tx, notice.recipientPersonId, at);
      }
      return stored;
    });
  }

  /**
   * The proxy ends: in one transaction the child's active links end (CHILD_TURNED_13) and, the
   * first time only (when the CONTACT_DETAILS_REMOVED notice is new), the child's e-mail and
   * mobile and both notification choices are wiped and pending notifications to those addresses
   * dropped. A later run never wipes details the child entered after turning 13. A deceased
   * child (`deceased`, no notice) is wiped all the same, on what would have been the birthday:
   * nobody enters details for them afterwards, so wiping again could only clear empty settings.
   */
  async endProxy(input: {
    childPersonId: string;
    notice: NoticeToSend | null;
    dedupeKey: string;
    at: Date;
    deceased?: boolean;
  }): Promise<{ linksEnded: number; wiped: boolean }> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`proxy-end:${input.childPersonId}`}, 0))`;
      const wiped = input.notice
        ? await insertNotice(tx, input.notice, input.dedupeKey, input.at)
        : input.deceased === true;
      if (wiped) {
        await tx.notificationSetting.updateMany({
          where: { citizenAccount: { personId: input.childPersonId } },
          data: {
            email: null,
            mobile: null,
            notifyByEmail: false,
            notifyBySms: false,
            updatedByPersonId: null,
            updatedAt: input.at,
          },
        });
        await tx.notificationOutbox.deleteMany({
          where: { personId: input.childPersonId, status: 'PENDING' },
        });
      }
      const { count } = await tx.proxyLink.updateMany({
        where: { childPersonId: input.childPersonId, endedAt: null },
        data: { endedAt: input.at, endedReason: 'CHILD_TURNED_13' },
      });
      return { linksEnded: count, wiped };
    });
  }
}

/** INSERT ... ON CONFLICT DO NOTHING: true when this call stored the notice. */
async function insertNotice(
  tx: Prisma.TransactionClient,
  notice: NoticeToSend,
  dedupeKey: string,
  at: Date,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO case_messages
      (id, case_id, recipient_person_id, author_kind, kind, body, created_at, dedupe_key)
    VALUES (${randomUUID()}::uuid, NULL, ${notice.recipientPersonId}::uuid,
            'SYSTEM'::"MessageAuthorKind", 'SYSTEM_NOTICE'::"MessageKind",
            ${JSON.stringify(notice.body)}::jsonb, ${at}, ${dedupeKey})
    ON CONFLICT (recipient_person_id, dedupe_key) DO NOTHING
    RETURNING id`;
  return rows.length > 0;
}
