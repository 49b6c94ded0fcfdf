import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '@etj/db';
import type { CaseAccessFacts } from '../cases/case-access.policy.ts';
import { caseAccessFactsSelect, toCaseAccessFacts } from '../cases/case.repository.ts';
import type { CaseStatus, MessageAuthorKind, MessageKind } from '../cases/case-view.types.ts';
import type { InboxFolder } from './inbox.types.ts';
import { enqueueReplyAlert } from '../staff-alerts/staff-alert.repository.ts';

/** A position in the inbox: the last item shown, in its sort order. */
export type InboxKey = { createdAt: Date; id: string };

export type InboxRow = {
  id: string;
  kind: MessageKind;
  createdAt: Date;
  readAt: Date | null;
  archivedAt: Date | null;
  caseId: string | null;
  caseReference: string | null;
  caseStatus: CaseStatus | null;
  caseLastEventAt: Date | null;
  clinicName: string | null;
  caseTypeNameSv: string | null;
  caseTypeNameEn: string | null;
  staffGivenName: string | null;
  staffFamilyName: string | null;
  staffTitle: string | null;
  body: unknown;
};

export type AttachmentInfoRow = {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  messageId: string | null;
};

export type CitizenCaseMessageRow = {
  id: string;
  kind: MessageKind;
  authorKind: MessageAuthorKind;
  authorPersonId: string | null;
  authorStaffId: string | null;
  body: unknown;
  createdAt: Date;
  readAt: Date | null;
};

export type CitizenCaseRow = {
  id: string;
  facts: CaseAccessFacts;
  /** Who sent the case: the subject, or a guardian who sent it for the child. */
  senderPersonId: string;
  revision: number;
  reference: string;
  clinicName: string;
  caseTypeNameSv: string;
  caseTypeNameEn: string | null;
  submittedAt: Date;
  lastEventAt: Date;
  archivedAt: Date | null;
  definition: unknown;
  clinicOptions: unknown;
  answers: unknown;
  attachments: AttachmentInfoRow[];
  messages: CitizenCaseMessageRow[];
  staffNames: Map<string, { givenName: string; familyName: string; title: string }>;
  personNames: Map<string, { givenName: string | null; familyName: string | null }>;
};

export type ReplyOutcome = 'DONE' | 'DUPLICATE' | 'STALE';

const citizenCaseSelect = {
  id: true,
  ...caseAccessFactsSelect,
  senderPersonId: true,
  revision: true,
  reference: true,
  submittedAt: true,
  lastEventAt: true,
  archivedAt: true,
  answers: true,
  clinicOptions: true,
  clinic: { select: { name: true } },
  caseTypeVersion: {
    select: { definition: true, caseType: { select: { nameSv: true, nameEn: true } } },
  },
  attachments: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, fileName: true, mediaType: true, sizeBytes: true, messageId: true },
  },
} as const satisfies Prisma.CaseSelect;

/** An inbox row: the message with its case, clinic, case type and staff author. */
const INBOX_SELECT = Prisma.sql`
      SELECT m.id, m.kind::text AS "kind", m.created_at AS "createdAt", m.read_at AS "readAt",
             m.archived_at AS "archivedAt", m.case_id AS "caseId",
             c.reference AS "caseReference", c.status::text AS "caseStatus",
             c.last_event_at AS "caseLastEventAt",
             cl.name AS "clinicName", ct.name_sv AS "caseTypeNameSv", ct.name_en AS "caseTypeNameEn",
             s.given_name AS "staffGivenName", s.family_name AS "staffFamilyName",
             s.title AS "staffTitle", m.body
      FROM case_messages m
      LEFT JOIN cases c ON c.id = m.case_id
      LEFT JOIN clinics cl ON cl.id = c.clinic_id
      LEFT JOIN case_type_versions v ON v.id = c.case_type_version_id
      LEFT JOIN case_types ct ON ct.id = v.case_type_id
      LEFT JOIN staff_members s ON s.id = m.author_staff_id`;

/**
 * The unread count, written to match the partial index case_messages_unread_idx (migration
 * unread_messages_index) word for word: the planner proves the index's predicate from these
 * literals and counts in an index-only scan that visits unread rows only.
 */
export function unreadCountStatement(personId: string): Prisma.Sql {
  return Prisma.sql`
      SELECT count(*)::int AS n FROM case_messages
       WHERE recipient_person_id = ${personId}::uuid AND read_at IS NULL AND archived_at IS NULL
         AND author_kind <> 'CITIZEN'`;
}

/**
 * One page of the recipient's messages (not those they wrote), newest first, after `after`,
 * and the unread count, in one statement: the page walks the (recipient, created_at desc, id)
 * index, the count the unread index. Always at least one row, so the count comes back with an
 * empty page too (its message columns then null).
 */
export function inboxPageStatement(
  personId: string,
  folder: InboxFolder,
  limit: number,
  after: InboxKey | null,
): Prisma.Sql {
  const archived =
    folder === 'INBOX' ? Prisma.sql`m.archived_at IS NULL` : Prisma.sql`m.archived_at IS NOT NULL`;
  const position = after
    ? Prisma.sql`AND (m.created_at, m.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
      WITH unread AS (${unreadCountStatement(personId)}),
      page AS (
        ${INBOX_SELECT}
        WHERE m.recipient_person_id = ${personId}::uuid
          AND m.author_kind <> 'CITIZEN'
          AND ${archived}
          ${position}
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT ${limit})
      SELECT unread.n AS "unreadCount", page.* FROM unread LEFT JOIN page ON true
      ORDER BY page."createdAt" DESC, page.id DESC`;
}

/** An entry of the inbox list: a case with its newest message, or a notice (`message`). */
export type InboxEntryRow = {
  id: string;
  latestAt: Date;
  case: {
    facts: CaseAccessFacts;
    reference: string;
    clinicName: string;
    caseTypeNameSv: string;
    caseTypeNameEn: string | null;
    submittedAt: Date;
    lastEventAt: Date;
    archivedAt: Date | null;
    unreadCount: number;
    latest: {
      id: string;
      kind: MessageKind;
      authorKind: MessageAuthorKind;
      createdAt: Date;
      readAt: Date | null;
      staffGivenName: string | null;
      staffFamilyName: string | null;
      staffTitle: string | null;
    } | null;
  } | null;
  message: InboxRow | null;
};

/**
 * One page of the inbox list, newest message first, after `after`, and the unread count, in one
 * statement. The entries are the person's cases (walked backwards along cases_inbox_idx or
 * cases_archive_idx by latest_message_at, which triggers keep) merged with the messages to them
 * that are not about a case (case_messages_notices_idx): at most `limit` of each, so the cost
 * is the page's, not the person's history or the table's. For each case of the page its newest
 * message and unread count come from the (case_id, created_at) index. The person is the one the
 * caller has decided the list is about (the case subject: citizenMayRead).
 */
export function inboxCasesStatement(
  personId: string,
  folder: InboxFolder,
  limit: number,
  after: InboxKey | null,
): Prisma.Sql {
  const inFolder = (column: Prisma.Sql) =>
    folder === 'INBOX' ? Prisma.sql`${column} IS NULL` : Prisma.sql`${column} IS NOT NULL`;
  const before = (at: Prisma.Sql, id: Prisma.Sql) =>
    after
      ? Prisma.sql`AND (${at}, ${id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
  return Prisma.sql`
      WITH unread AS (${unreadCountStatement(personId)}),
      case_keys AS (
        SELECT c.id, c.latest_message_at AS at, true AS is_case FROM cases c
         WHERE c.subject_person_id = ${personId}::uuid AND ${inFolder(Prisma.sql`c.archived_at`)}
           ${before(Prisma.sql`c.latest_message_at`, Prisma.sql`c.id`)}
         ORDER BY c.latest_message_at DESC, c.id DESC
         LIMIT ${limit}),
      notice_keys AS (
        SELECT m.id, m.created_at AS at, false AS is_case FROM case_messages m
         WHERE m.recipient_person_id = ${personId}::uuid AND m.case_id IS NULL
           AND m.author_kind <> 'CITIZEN' AND ${inFolder(Prisma.sql`m.archived_at`)}
           ${before(Prisma.sql`m.created_at`, Prisma.sql`m.id`)}
         ORDER BY m.created_at DESC, m.id DESC
         LIMIT ${limit}),
      entries AS (
        SELECT * FROM case_keys UNION ALL SELECT * FROM notice_keys
         ORDER BY at DESC, id DESC
         LIMIT ${limit})
      SELECT unread.n AS "unreadCount", e.id, e.at AS "latestAt", e.is_case AS "isCase",
             c.clinic_id AS "clinicId", c.subject_person_id AS "subjectPersonId",
             c.status::text AS "status", c.assigned_staff_id AS "assignedStaffId",
             c.reference, c.submitted_at AS "submittedAt", c.last_event_at AS "lastEventAt",
             c.archived_at AS "caseArchivedAt",
             cl.name AS "clinicName", ct.name_sv AS "caseTypeNameSv",
             ct.name_en AS "caseTypeNameEn",
             counts.unread AS "caseUnreadCount",
             lm.id AS "latestId", lm.kind::text AS "latestKind",
             lm.author_kind::text AS "latestAuthorKind", lm.created_at AS "latestCreatedAt",
             lm.read_at AS "latestReadAt",
             s.given_name AS "staffGivenName", s.family_name AS "staffFamilyName",
             s.title AS "staffTitle",
             n.kind::text AS "noticeKind", n.read_at AS "noticeReadAt",
             n.archived_at AS "noticeArchivedAt", n.body AS "noticeBody"
      FROM unread
      LEFT JOIN entries e ON true
      LEFT JOIN cases c ON e.is_case AND c.id = e.id
      LEFT JOIN clinics cl ON cl.id = c.clinic_id
      LEFT JOIN case_type_versions v ON v.id = c.case_type_version_id
      LEFT JOIN case_types ct ON ct.id = v.case_type_id
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (
                 WHERE cm.read_at IS NULL AND cm.author_kind <> 'CITIZEN')::int AS unread
          FROM case_messages cm
         WHERE cm.case_id = c.id AND cm.recipient_person_id = ${personId}::uuid) counts ON true
      LEFT JOIN LATERAL (
        SELECT cm.id, cm.kind, cm.author_kind, cm.author_staff_id, cm.created_at, cm.read_at
          FROM case_messages cm
         WHERE cm.case_id = c.id AND cm.recipient_person_id = ${personId}::uuid
         ORDER BY cm.created_at DESC, cm.id DESC
         LIMIT 1) lm ON true
      LEFT JOIN staff_members s ON s.id = lm.author_staff_id
      LEFT JOIN case_messages n ON NOT e.is_case AND n.id = e.id
      ORDER BY e.at DESC, e.id DESC`;
}

/** The citizen's inbox and cases. Messages to the citizen are found by recipient, never by case. */
export class InboxRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** One page of the recipient's messages and the unread count (inboxPageStatement). */
  async page(
    personId: string,
    folder: InboxFolder,
    limit: number,
    after: InboxKey | null,
  ): Promise<{ rows: InboxRow[]; unreadCount: number }> {
    type PageRow = { unreadCount: number } & (InboxRow | { id: null });
    const rows = await this.prisma.$queryRaw<PageRow[]>(
      inboxPageStatement(personId, folder, limit, after),
    );
    const messages: InboxRow[] = [];
    for (const { unreadCount: _, ...row } of rows) if (row.id !== null) messages.push(row);
    return { rows: messages, unreadCount: rows[0]?.unreadCount ?? 0 };
  }

  /** One page of the inbox list and the unread count (inboxCasesStatement). */
  async casePage(
    personId: string,
    folder: InboxFolder,
    limit: number,
    after: InboxKey | null,
  ): Promise<{ rows: InboxEntryRow[]; unreadCount: number }> {
    const rows = await this.prisma.$queryRaw<EntryStatementRow[]>(
      inboxCasesStatement(personId, folder, limit, after),
    );
    const entries: InboxEntryRow[] = [];
    for (const row of rows)
      if (row.id !== null) entries.push(toEntryRow(personId, { ...row, id: row.id }));
    return { rows: entries, unreadCount: rows[0]?.unreadCount ?? 0 };
  }

  /** One message in the recipient's inbox or archive (never one they wrote); null otherwise. */
  async findMessage(id: string, personId: string): Promise<InboxRow | null> {
    const [row] = await this.prisma.$queryRaw<InboxRow[]>`
      ${INBOX_SELECT}
      WHERE m.id = ${id}::uuid
        AND m.recipient_person_id = ${personId}::uuid
        AND m.author_kind <> 'CITIZEN'`;
    return row ?? null;
  }

  async markMessageRead(id: string, personId: string, at: Date): Promise<void> {
    await this.prisma.caseMessage.updateMany({
      where: { id, recipientPersonId: personId, readAt: null },
      data: { readAt: at },
    });
  }

  /** Files one message that is not about a case (a notice), or takes it back. */
  async setMessageArchived(id: string, personId: string, at: Date | null): Promise<void> {
    await this.prisma.caseMessage.updateMany({
      where: { id, recipientPersonId: personId, caseId: null },
      data: { archivedAt: at },
    });
  }

  /** Unread messages to the person in the inbox folder. */
  async unreadCount(personId: string): Promise<number> {
    const [row] = await this.prisma.$queryRaw<{ n: number }[]>(unreadCountStatement(personId));
    return row?.n ?? 0;
  }

  /** The case with everything its citizen may read; no internal notes are ever selected. */
  async findCase(id: string): Promise<CitizenCaseRow | null> {
    const row = await this.prisma.case.findUnique({ where: { id }, select: citizenCaseSelect });
    if (!row) return null;
    const messages = await this.prisma.caseMessage.findMany({
      where: { caseId: id, recipientPersonId: row.subjectPersonId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        kind: true,
        authorKind: true,
        authorPersonId: true,
        authorStaffId: true,
        body: true,
        createdAt: true,
        readAt: true,
      },
    });
    const staffIds = [
      ...new Set(messages.flatMap((m) => (m.authorStaffId ? [m.authorStaffId] : []))),
    ];
    const personIds = [
      ...new Set([
        row.senderPersonId,
        ...messages.flatMap((m) => (m.authorPersonId ? [m.authorPersonId] : [])),
      ]),
    ];
    const [staff, persons] = await Promise.all([
      staffIds.length
        ? this.prisma.staffMember.findMany({
            where: { id: { in: staffIds } },
            select: { id: true, givenName: true, familyName: true, title: true },
          })
        : [],
      personIds.length
        ? this.prisma.person.findMany({
            where: { id: { in: personIds } },
            select: { id: true, givenName: true, familyName: true },
          })
        : [],
    ]);
    return {
      id: row.id,
      facts: toCaseAccessFacts(row),
      senderPersonId: row.senderPersonId,
      revision: row.revision,
      reference: row.reference,
      clinicName: row.clinic.name,
      caseTypeNameSv: row.caseTypeVersion.caseType.nameSv,
      caseTypeNameEn: row.caseTypeVersion.caseType.nameEn,
      submittedAt: row.submittedAt,
      lastEventAt: row.lastEventAt,
      archivedAt: row.archivedAt,
      definition: row.caseTypeVersion.definition,
      clinicOptions: row.clinicOptions,
      answers: row.answers,
      attachments: row.attachments,
      messages,
      staffNames: new Map(staff.map(({ id: staffId, ...name }) => [staffId, name])),
      personNames: new Map(persons.map(({ id: personId, ...name }) => [personId, name])),
    };
  }

  /** The case a reply with this key already went to, if any. */
  async findReply(personId: string, dedupeKey: string): Promise<{ caseId: string | null } | null> {
    return this.prisma.caseMessage.findUnique({
      where: { recipientPersonId_dedupeKey: { recipientPersonId: personId, dedupeKey } },
      select: { caseId: true },
    });
  }

  async markRead(caseId: string, personId: string, at: Date): Promise<void> {
    await this.prisma.caseMessage.updateMany({
      where: { caseId, recipientPersonId: personId, readAt: null },
      data: { readAt: at },
    });
  }

  /**
   * The reply, its event and the case's new status in one transaction. DUPLICATE when a reply
   * with this key exists (a retry, perhaps a concurrent one); STALE when the case moved on since
   * it was read at `revision`.
   */
  async reply(input: {
    caseId: string;
    revision: number;
    /** The case subject, whose inbox the reply belongs to. */
    subjectPersonId: string;
    /** Who wrote it: the subject, or a guardian in proxy mode. */
    authorPersonId: string;
    dedupeKey: string;
    text: string;
    fromStatus: CaseStatus;
    toStatus: CaseStatus;
    at: Date;
  }): Promise<ReplyOutcome> {
    const messageId = randomUUID();
    try {
      return await this.prisma.$transaction(async (tx) => {
        await tx.caseMessage.create({
          data: {
            id: messageId,
            caseId: input.caseId,
            recipientPersonId: input.subjectPersonId,
            authorKind: 'CITIZEN',
            authorPersonId: input.authorPersonId,
            onBehalfOfPersonId:
              input.authorPersonId === input.subjectPersonId ? null : input.subjectPersonId,
            kind: 'CITIZEN_REPLY',
            body: { text: input.text, outcomes: [] },
            createdAt: input.at,
            readAt: input.at,
            dedupeKey: input.dedupeKey,
          },
        });
        const { count } = await tx.case.updateMany({
          where: { id: input.caseId, revision: input.revision, status: input.fromStatus },
          data: {
            status: input.toStatus,
            lastEventAt: input.at,
            revision: { increment: 1 },
          },
        });
        if (count !== 1) throw new StaleCase();
        await tx.caseEvent.create({
          data: {
            id: randomUUID(),
            caseId: input.caseId,
            kind: 'MESSAGE_ADDED',
            actorKind: 'CITIZEN',
            actorPersonId: input.authorPersonId,
            fromStatus: input.fromStatus,
            toStatus: input.toStatus,
            details:
              input.authorPersonId === input.subjectPersonId
                ? { messageId, messageKind: 'CITIZEN_REPLY' }
                : {
                    messageId,
                    messageKind: 'CITIZEN_REPLY',
                    onBehalfOfPersonId: input.subjectPersonId,
                  },
            occurredAt: input.at,
          },
        });
        await enqueueReplyAlert(tx, { caseId: input.caseId, at: input.at });
        return 'DONE' as const;
      });
    } catch (error) {
      if (error instanceof StaleCase) return 'STALE';
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        return 'DUPLICATE';
      throw error;
    }
  }

  /** Files the case and its messages to the person (or takes them back); no event, no revision. */
  async setArchived(caseId: string, personId: string, at: Date | null): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.case.update({ where: { id: caseId }, data: { archivedAt: at } }),
      this.prisma.caseMessage.updateMany({
        where: { caseId, recipientPersonId: personId },
        data: { archivedAt: at },
      }),
    ]);
  }
}

class StaleCase extends Error {}

/** A row of inboxCasesStatement: the case's columns null for a notice, and the other way. */
type EntryStatementRow = {
  unreadCount: number;
  id: string | null;
  latestAt: Date;
  isCase: boolean;
  clinicId: string | null;
  subjectPersonId: string | null;
  status: CaseStatus | null;
  assignedStaffId: string | null;
  reference: string | null;
  submittedAt: Date | null;
  lastEventAt: Date | null;
  caseArchivedAt: Date | null;
  clinicName: string | null;
  caseTypeNameSv: string | null;
  caseTypeNameEn: string | null;
  caseUnreadCount: number | null;
  latestId: string | null;
  latestKind: MessageKind | null;
  latestAuthorKind: MessageAuthorKind | null;
  latestCreatedAt: Date | null;
  latestReadAt: Date | null;
  staffGivenName: string | null;
  staffFamilyName: string | null;
  staffTitle: string | null;
  noticeKind: MessageKind | null;
  noticeReadAt: Date | null;
  noticeArchivedAt: Date | null;
  noticeBody: unknown;
};

function toEntryRow(personId: string, row: EntryStatementRow & { id: string }): InboxEntryRow {
  const staff = {
    staffGivenName: row.staffGivenName,
    staffFamilyName: row.staffFamilyName,
    staffTitle: row.staffTitle,
  };
  if (!row.isCase)
    return {
      id: row.id,
      latestAt: row.latestAt,
      case: null,
      message: {
        id: row.id,
        kind: row.noticeKind ?? 'SYSTEM_NOTICE',
        createdAt: row.latestAt,
        readAt: row.noticeReadAt,
        archivedAt: row.noticeArchivedAt,
        caseId: null,
        caseReference: null,
        caseStatus: null,
        caseLastEventAt: null,
        clinicName: null,
        caseTypeNameSv: null,
        caseTypeNameEn: null,
        staffGivenName: null,
        staffFamilyName: null,
        staffTitle: null,
        body: row.noticeBody,
      },
    };
  return {
    id: row.id,
    latestAt: row.latestAt,
    message: null,
    case: {
      facts: {
        clinicId: row.clinicId ?? '',
        subjectPersonId: row.subjectPersonId ?? personId,
        status: row.status ?? 'NEW',
        assignedStaffId: row.assignedStaffId,
        // Not selected: no citizen rule reads who wrote in the case.
        staffAuthorIds: [],
      },
      reference: row.reference ?? '',
      clinicName: row.clinicName ?? '',
      caseTypeNameSv: row.caseTypeNameSv ?? '',
      caseTypeNameEn: row.caseTypeNameEn,
      submittedAt: row.submittedAt ?? row.latestAt,
      lastEventAt: row.lastEventAt ?? row.latestAt,
      archivedAt: row.caseArchivedAt,
      unreadCount: row.caseUnreadCount ?? 0,
      latest:
        row.latestId && row.latestKind && row.latestAuthorKind && row.latestCreatedAt
          ? {
              id: row.latestId,
              kind: row.latestKind,
              authorKind: row.latestAuthorKind,
              createdAt: row.latestCreatedAt,
              readAt: row.latestReadAt,
              ...staff,
            }
          : null,
    },
  };
}
