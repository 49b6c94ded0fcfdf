import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import type { CaseAccessFacts, CaseRole } from '../cases/case-access.policy.ts';
import type { CaseStatus, MessageAuthorKind, MessageKind } from '../cases/case-view.types.ts';
import {
  accessLogInsert,
  writeAccessLog,
  type AccessLogTemplate,
} from '../access-log/access-log-write.repository.ts';
import type { StaffRole } from '../identity/identity.types.ts';
import {
  queueParts,
  type DueKey,
  type QueueAssignment,
  type QueueKey,
  type WorkKey,
} from './case-handling.rules.ts';
import { enqueueNewMessageNotice } from '../notifications/notification-outbox.repository.ts';
import { enqueueAssignmentAlert } from '../staff-alerts/staff-alert.repository.ts';

/** One row of the queue or the work list, with case type, patient and assignee joined. */
export type CaseSummaryRow = {
  id: string;
  reference: string;
  status: CaseStatus;
  submittedAt: Date;
  lastEventAt: Date;
  revision: number;
  clinicId: string;
  subjectPersonId: string;
  assignedStaffId: string | null;
  caseTypeId: string;
  caseTypeNameSv: string;
  caseTypeNameEn: string | null;
  patientGivenName: string | null;
  patientFamilyName: string | null;
  patientIdentityNumber: string;
  assigneeGivenName: string | null;
  assigneeFamilyName: string | null;
  assigneeTitle: string | null;
  /** When the first answer is due (fixed when sent); null: no target. */
  firstAnswerDueAt: Date | null;
  firstAnsweredAt: Date | null;
  /** The case's clinic's opening hours as stored, for its business calendar. */
  clinicOpeningHours: unknown;
};

export type CaseFactsRow = CaseAccessFacts & { id: string; revision: number; caseTypeId: string };

/** Everything a staff member reads of one case besides the summary. */
export type CaseDetailRow = CaseSummaryRow & {
  clinicName: string;
  /** Who sent the case: the patient, or a guardian who sent it for the child. */
  senderPersonId: string;
  senderGivenName: string | null;
  senderFamilyName: string | null;
  senderIdentityNumber: string;
  /** Citizens other than the patient who wrote in the case (guardians in proxy mode). */
  otherAuthors: { id: string; givenName: string | null; familyName: string | null }[];
  definition: unknown;
  clinicOptions: unknown;
  answers: unknown;
  messages: {
    id: string;
    kind: MessageKind;
    authorKind: MessageAuthorKind;
    authorStaffId: string | null;
    authorPersonId: string | null;
    body: unknown;
    createdAt: Date;
    readAt: Date | null;
  }[];
  notes: { id: string; authorStaffId: string; text: string; createdAt: Date }[];
  attachments: {
    id: string;
    messageId: string | null;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
  }[];
};

export type StaffRefRow = { id: string; givenName: string; familyName: string; title: string };

export type AccessLogRowsOf = (
  cases: readonly { caseId: string; patientPersonId: string }[],
) => Prisma.AccessLogEntryCreateManyInput[];

/**
 * The access-log rows of a list page, as the service decides them: the template's row for each
 * of the first `shown` cases of the page (it is read with one more, to know whether a next
 * page exists, and that one was not shown).
 */
export type ListAccessLog = { template: AccessLogTemplate; shown: number };

/** A change made under optimistic concurrency: null when the revision was stale. */
type Guard = { caseId: string; expectedRevision: number; at: Date };

/** The summary's columns: [expression, name]; a page's CTE selects them, then them by name. */
const SUMMARY: readonly (readonly [string, keyof CaseSummaryRow])[] = [
  ['c.id', 'id'],
  ['c.reference', 'reference'],
  ['c.status::text', 'status'],
  ['c.submitted_at', 'submittedAt'],
  ['c.last_event_at', 'lastEventAt'],
  ['c.revision', 'revision'],
  ['c.clinic_id', 'clinicId'],
  ['c.subject_person_id', 'subjectPersonId'],
  ['c.assigned_staff_id', 'assignedStaffId'],
  ['t.id', 'caseTypeId'],
  ['t.name_sv', 'caseTypeNameSv'],
  ['t.name_en', 'caseTypeNameEn'],
  ['p.given_name', 'patientGivenName'],
  ['p.family_name', 'patientFamilyName'],
  ['p.identity_number', 'patientIdentityNumber'],
  ['s.given_name', 'assigneeGivenName'],
  ['s.family_name', 'assigneeFamilyName'],
  ['s.title', 'assigneeTitle'],
  ['c.first_answer_due_at', 'firstAnswerDueAt'],
  ['c.first_answered_at', 'firstAnsweredAt'],
  ['ck.opening_hours', 'clinicOpeningHours'],
];

const SUMMARY_COLUMNS = Prisma.raw(SUMMARY.map(([e, name]) => `${e} AS "${name}"`).join(', '));
const SUMMARY_NAMES = Prisma.raw(SUMMARY.map(([, name]) => `"${name}"`).join(', '));

const SUMMARY_JOINS = Prisma.sql`
  JOIN case_type_versions v ON v.id = c.case_type_version_id
  JOIN case_types t ON t.id = v.case_type_id
  JOIN persons p ON p.id = c.subject_person_id
  LEFT JOIN staff_members s ON s.id = c.assigned_staff_id
  JOIN clinics ck ON ck.id = c.clinic_id`;

const dateOf = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);

/** The case columns a list page reads before the joins (the joins run on the page's rows only). */
const PAGE_CASE_COLUMNS = Prisma.sql`c.id, c.reference, c.status, c.submitted_at, c.last_event_at,
  c.revision, c.clinic_id, c.subject_person_id, c.assigned_staff_id, c.case_type_version_id,
  c.first_answer_due_at, c.first_answered_at`;

export type QueuePageQuery = {
  clinicId: string;
  statuses: CaseStatus[];
  caseTypeId: string | null;
  assignment: QueueAssignment;
  minAgeBefore: CalendarDate | null;
  after: QueueKey | null;
  limit: number;
};

export type WorkPageQuery = {
  clinicId: string;
  staffMemberId: string;
  includeClosed: boolean;
  after: WorkKey | null;
  limit: number;
};

/** The queue sorted by time left: the same filters, a cursor of that order. */
export type DueQueuePageQuery = Omit<QueuePageQuery, 'after'> & { after: DueKey | null };

/** The work list sorted by time left (closed cases have been answered, so never show). */
export type DueWorkPageQuery = Omit<WorkPageQuery, 'after' | 'includeClosed'> & {
  after: DueKey | null;
};

/** Written exactly as the predicate of cases_due_idx and cases_work_due_idx. */
const AWAITING_FIRST_ANSWER = Prisma.sql`c.first_answered_at IS NULL AND c.first_answer_due_at IS NOT NULL`;

const DUE_ORDER = Prisma.sql`c.first_answer_due_at, c.id`;

function dueAfter(after: DueKey | null): Prisma.Sql[] {
  return after
    ? [Prisma.sql`(c.first_answer_due_at, c.id) > (${after.dueAt}::timestamptz, ${after.id}::uuid)`]
    : [];
}

/** A list page before the joins: its case rows (already limited) and the order it shows them in. */
type PageSource = { cases: Prisma.Sql; order: Prisma.Sql };

/**
 * The queue page's cases, or null when no part is left after the cursor. Each part (rules:
 * queueParts) is one status with or without an assignee, so it walks cases_queue_idx (clinic,
 * status, unassigned, submitted_at, id) in order and stops after `limit` rows; the page is the
 * first `limit` of those few rows by (rank, submitted_at, id). No part reads or sorts the rest
 * of the clinic's cases, so a page costs the same at any size and depth. A case-type filter is
 * checked on the rows walked (cases carry the version, not the type): it walks further the
 * rarer the type is among the clinic's cases.
 */
function queuePageSource(query: QueuePageQuery): PageSource | null {
  const parts = queueParts(query.statuses, query.assignment, query.after?.rank ?? null);
  if (parts.length === 0) return null;
  const leaves = parts.map((part) => {
    const conditions = [
      Prisma.sql`c.clinic_id = ${query.clinicId}::uuid`,
      Prisma.sql`c.status = ${part.status}::"CaseStatus"`,
      // The same expression as the index's third column, so the walk is an index range.
      Prisma.sql`(c.assigned_staff_id IS NULL)::int = ${part.unassigned ? 1 : 0}`,
    ];
    if (query.caseTypeId)
      conditions.push(
        Prisma.sql`c.case_type_version_id IN (SELECT id FROM case_type_versions WHERE case_type_id = ${query.caseTypeId}::uuid)`,
      );
    if (query.minAgeBefore)
      conditions.push(
        Prisma.sql`c.submitted_at < (${query.minAgeBefore}::date::timestamp AT TIME ZONE 'Europe/Stockholm')`,
      );
    if (query.after && query.after.rank === part.rank)
      conditions.push(
        Prisma.sql`(c.submitted_at, c.id) > (${query.after.submittedAt}::timestamptz, ${query.after.id}::uuid)`,
      );
    return Prisma.sql`(SELECT ${PAGE_CASE_COLUMNS}, ${part.rank}::int AS rank FROM cases c
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY c.submitted_at, c.id LIMIT ${query.limit})`;
  });
  return {
    cases: Prisma.sql`SELECT * FROM (${Prisma.join(leaves, ' UNION ALL ')}) parts
      ORDER BY rank, submitted_at, id LIMIT ${query.limit}`,
    order: Prisma.sql`c.rank, c.submitted_at, c.id`,
  };
}

/**
 * The work list page's cases: the caregiver's cases at the clinic, latest event first, walking
 * cases_work_open_idx (partial: not closed) or cases_work_idx backwards and stopping after
 * `limit` rows.
 */
function workPageSource(query: WorkPageQuery): PageSource {
  const conditions = [
    Prisma.sql`c.assigned_staff_id = ${query.staffMemberId}::uuid`,
    Prisma.sql`c.clinic_id = ${query.clinicId}::uuid`,
  ];
  // Written exactly as cases_work_open_idx's predicate, so the planner can use it.
  if (!query.includeClosed) conditions.push(Prisma.sql`c.status <> 'CLOSED'`);
  if (query.after)
    conditions.push(
      Prisma.sql`(c.last_event_at, c.id) < (${query.after.lastEventAt}::timestamptz, ${query.after.id}::uuid)`,
    );
  return {
    cases: Prisma.sql`SELECT ${PAGE_CASE_COLUMNS} FROM cases c
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY c.last_event_at DESC, c.id DESC LIMIT ${query.limit}`,
    order: Prisma.sql`c.last_event_at DESC, c.id DESC`,
  };
}

/**
 * The queue sorted by time left: the clinic's cases waiting for a first answer that have a due
 * time, soonest due first, walking cases_due_idx (clinic, due, id; partial: exactly those cases)
 * and stopping after `limit` rows. The queue's filters are checked on the rows walked, which
 * are at most the clinic's unanswered cases with a target, never its history.
 */
function dueQueuePageSource(query: DueQueuePageQuery): PageSource {
  const statuses = Prisma.join(query.statuses.map((status) => Prisma.sql`${status}::"CaseStatus"`));
  const conditions = [
    Prisma.sql`c.clinic_id = ${query.clinicId}::uuid`,
    AWAITING_FIRST_ANSWER,
    Prisma.sql`c.status IN (${statuses})`,
    ...dueAfter(query.after),
  ];
  if (query.assignment !== 'ANY')
    conditions.push(
      query.assignment === 'UNASSIGNED'
        ? Prisma.sql`c.assigned_staff_id IS NULL`
        : Prisma.sql`c.assigned_staff_id IS NOT NULL`,
    );
  if (query.caseTypeId)
    conditions.push(
      Prisma.sql`c.case_type_version_id IN (SELECT id FROM case_type_versions WHERE case_type_id = ${query.caseTypeId}::uuid)`,
    );
  if (query.minAgeBefore)
    conditions.push(
      Prisma.sql`c.submitted_at < (${query.minAgeBefore}::date::timestamp AT TIME ZONE 'Europe/Stockholm')`,
    );
  return {
    cases: Prisma.sql`SELECT ${PAGE_CASE_COLUMNS} FROM cases c
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY ${DUE_ORDER} LIMIT ${query.limit}`,
    order: DUE_ORDER,
  };
}

/** The caregiver's cases at the clinic waiting for a first answer, soonest due first (cases_work_due_idx). */
function dueWorkPageSource(query: DueWorkPageQuery): PageSource {
  const conditions = [
    Prisma.sql`c.assigned_staff_id = ${query.staffMemberId}::uuid`,
    Prisma.sql`c.clinic_id = ${query.clinicId}::uuid`,
    AWAITING_FIRST_ANSWER,
    ...dueAfter(query.after),
  ];
  return {
    cases: Prisma.sql`SELECT ${PAGE_CASE_COLUMNS} FROM cases c
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY ${DUE_ORDER} LIMIT ${query.limit}`,
    order: DUE_ORDER,
  };
}

/** The page read alone, with case type, patient and assignee joined to its rows only. */
function readStatement(page: PageSource): Prisma.Sql {
  return Prisma.sql`SELECT ${SUMMARY_COLUMNS}
    FROM (${page.cases}) c
    ${SUMMARY_JOINS}
    ORDER BY ${page.order}`;
}

/**
 * The page and its access-log rows as one statement: the page is a CTE, the INSERT a
 * data-modifying CTE over its first `shown` rows (in page order), and the result the page. One
 * round trip instead of a transaction's four, and atomic as any statement is: if the INSERT
 * fails, no page is returned.
 */
function loggedStatement(page: PageSource, log: ListAccessLog): Prisma.Sql {
  const shown = Prisma.sql`SELECT id AS case_id, "subjectPersonId" AS patient_person_id
    FROM page WHERE ord <= ${log.shown} ORDER BY ord`;
  return Prisma.sql`WITH page AS (
      SELECT ${SUMMARY_COLUMNS}, row_number() OVER (ORDER BY ${page.order}) AS ord
      FROM (${page.cases}) c
      ${SUMMARY_JOINS}),
    logged AS (${accessLogInsert(log.template, shown)})
    SELECT ${SUMMARY_NAMES} FROM page ORDER BY ord`;
}

/** The queue page read alone (no log rows), or null when no part is left after the cursor. */
export function queuePageStatement(query: QueuePageQuery): Prisma.Sql | null {
  const page = queuePageSource(query);
  return page && readStatement(page);
}

/** The work list page read alone (no log rows). */
export function workPageStatement(query: WorkPageQuery): Prisma.Sql {
  return readStatement(workPageSource(query));
}

/** The queue page with its access-log rows, as the repository runs it; null as above. */
export function loggedQueuePageStatement(
  query: QueuePageQuery,
  log: ListAccessLog,
): Prisma.Sql | null {
  const page = queuePageSource(query);
  return page && loggedStatement(page, log);
}

/** The work list page with its access-log rows, as the repository runs it. */
export function loggedWorkPageStatement(query: WorkPageQuery, log: ListAccessLog): Prisma.Sql {
  return loggedStatement(workPageSource(query), log);
}

/** The queue sorted by time left, read alone (no log rows). */
export function dueQueuePageStatement(query: DueQueuePageQuery): Prisma.Sql {
  return readStatement(dueQueuePageSource(query));
}

/** The work list sorted by time left, read alone (no log rows). */
export function dueWorkPageStatement(query: DueWorkPageQuery): Prisma.Sql {
  return readStatement(dueWorkPageSource(query));
}

/** Cases as staff handle them: lists, the case, and the changes, each with its access-log rows. */
export class CaseHandlingRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * One page of a clinic's queue and its access-log rows, in one statement.
   * `minAgeBefore`: only cases sent before the start of that Stockholm day.
   */
  async queuePage(query: QueuePageQuery, log: ListAccessLog): Promise<CaseSummaryRow[]> {
    const statement = loggedQueuePageStatement(query, log);
    return statement ? this.prisma.$queryRaw<CaseSummaryRow[]>(statement) : [];
  }

  /** One page of the cases assigned to a caregiver at a clinic, latest event first, logged. */
  workPage(query: WorkPageQuery, log: ListAccessLog): Promise<CaseSummaryRow[]> {
    return this.prisma.$queryRaw<CaseSummaryRow[]>(loggedWorkPageStatement(query, log));
  }

  /** One page of the queue sorted by time left, and its access-log rows, in one statement. */
  dueQueuePage(query: DueQueuePageQuery, log: ListAccessLog): Promise<CaseSummaryRow[]> {
    return this.prisma.$queryRaw<CaseSummaryRow[]>(loggedStatement(dueQueuePageSource(query), log));
  }

  /** One page of the work list sorted by time left, logged. */
  dueWorkPage(query: DueWorkPageQuery, log: ListAccessLog): Promise<CaseSummaryRow[]> {
    return this.prisma.$queryRaw<CaseSummaryRow[]>(loggedStatement(dueWorkPageSource(query), log));
  }

  /** What the access rules need to know about a case, in one statement; null if none. */
  async facts(caseId: string): Promise<CaseFactsRow | null> {
    const row = await this.prisma.case.findUnique({
      where: { id: caseId },
      select: {
        id: true,
        clinicId: true,
        subjectPersonId: true,
        status: true,
        assignedStaffId: true,
        revision: true,
        caseTypeVersion: { select: { caseTypeId: true } },
        messages: {
          where: { authorKind: 'STAFF', authorStaffId: { not: null } },
          select: { authorStaffId: true },
          distinct: ['authorStaffId'],
        },
      },
    });
    if (!row) return null;
    return {
      id: row.id,
      clinicId: row.clinicId,
      subjectPersonId: row.subjectPersonId,
      status: row.status,
      assignedStaffId: row.assignedStaffId,
      revision: row.revision,
      caseTypeId: row.caseTypeVersion.caseTypeId,
      staffAuthorIds: row.messages.flatMap((m) => (m.authorStaffId ? [m.authorStaffId] : [])),
    };
  }

  /** The whole case as staff read it; with `logRows`, the read is logged in the same transaction. */
  async detail(caseId: string, logRows?: AccessLogRowsOf): Promise<CaseDetailRow | null> {
    return this.prisma.$transaction(async (tx) => {
      const [summary] = await tx.$queryRaw<
        (CaseSummaryRow & {
          clinicName: string;
          definition: unknown;
          clinicOptions: unknown;
          answers: unknown;
          senderPersonId: string;
          senderGivenName: string | null;
          senderFamilyName: string | null;
          senderIdentityNumber: string;
        })[]
      >(Prisma.sql`SELECT ${SUMMARY_COLUMNS}, k.name AS "clinicName", v.definition,
          c.clinic_options AS "clinicOptions", c.answers,
          c.sender_person_id AS "senderPersonId", sp.given_name AS "senderGivenName",
          sp.family_name AS "senderFamilyName", sp.identity_number AS "senderIdentityNumber"
        FROM cases c ${SUMMARY_JOINS} JOIN clinics k ON k.id = c.clinic_id
        JOIN persons sp ON sp.id = c.sender_person_id
        WHERE c.id = ${caseId}::uuid`);
      if (!summary) return null;
      const [messages, notes, attachments] = await Promise.all([
        tx.caseMessage.findMany({
          where: { caseId },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            kind: true,
            authorKind: true,
            authorStaffId: true,
            authorPersonId: true,
            body: true,
            createdAt: true,
            readAt: true,
          },
        }),
        tx.internalNote.findMany({
          where: { caseId },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: { id: true, authorStaffId: true, text: true, createdAt: true },
        }),
        tx.attachment.findMany({
          where: { caseId },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: { id: true, messageId: true, fileName: true, mediaType: true, sizeBytes: true },
        }),
      ]);
      const otherAuthorIds = [
        ...new Set(
          messages.flatMap((m) =>
            m.authorPersonId && m.authorPersonId !== summary.subjectPersonId
              ? [m.authorPersonId]
              : [],
          ),
        ),
      ];
      const otherAuthors = otherAuthorIds.length
        ? await tx.person.findMany({
            where: { id: { in: otherAuthorIds } },
            select: { id: true, givenName: true, familyName: true },
          })
        : [];
      if (logRows)
        await writeAccessLog(
          tx,
          logRows([{ caseId: summary.id, patientPersonId: summary.subjectPersonId }]),
        );
      return { ...summary, messages, notes, attachments, otherAuthors };
    });
  }

  /** Staff members by id, for the per-request loader of message and note authors. */
  staffByIds(ids: readonly string[]): Promise<StaffRefRow[]> {
    return this.prisma.staffMember.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, givenName: true, familyName: true, title: true },
    });
  }

  /** The roles a staff member holds at a clinic through assignments in force on `today`. */
  async rolesAtClinic(
    staffMemberId: string,
    clinicId: string,
    today: CalendarDate,
  ): Promise<StaffRole[]> {
    const day = dateOf(today);
    const rows = await this.prisma.staffAssignment.findMany({
      where: {
        staffMemberId,
        clinicId,
        validFrom: { lte: day },
        OR: [{ validTo: null }, { validTo: { gte: day } }],
      },
      select: { roles: true },
    });
    return rows.flatMap((r) => r.roles);
  }

  /** Staff with the caregiver role at the clinic on `today`, sorted by name. */
  async caregivers(clinicId: string, today: CalendarDate): Promise<StaffRefRow[]> {
    const day = dateOf(today);
    return this.prisma.staffMember.findMany({
      where: {
        assignments: {
          some: {
            clinicId,
            roles: { has: 'CAREGIVER' },
            validFrom: { lte: day },
            OR: [{ validTo: null }, { validTo: { gte: day } }],
          },
        },
      },
      orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
      select: { id: true, givenName: true, familyName: true, title: true },
    });
  }

  standardAnswers(clinicId: string, caseTypeId: string) {
    return this.prisma.standardAnswer.findMany({
      where: { clinicId, retiredAt: null, OR: [{ caseTypeId }, { caseTypeId: null }] },
      // The every-type list first, then the type's own, each in the administrator's order.
      orderBy: [
        { caseTypeId: { sort: 'asc', nulls: 'first' } },
        { position: 'asc' },
        { titleSv: 'asc' },
        { id: 'asc' },
      ],
      select: { id: true, titleSv: true, textSv: true, caseTypeId: true },
    });
  }

  /**
   * Runs `change` in a transaction that first moves the case's revision on (and sets `data`),
   * only if it still is `expectedRevision`; false, with nothing changed, when it was not.
   */
  private async guarded(
    guard: Guard,
    data: Prisma.CaseUpdateManyMutationInput,
    change: (tx: Prisma.TransactionClient) => Promise<void>,
  ): Promise<boolean> {
    const stale = Symbol('stale');
    try {
      await this.prisma.$transaction(async (tx) => {
        const { count } = await tx.case.updateMany({
          where: { id: guard.caseId, revision: guard.expectedRevision },
          data: { ...data, revision: { increment: 1 } },
        });
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a private rollback signal
        if (count === 0) throw stale;
        await change(tx);
      });
      return true;
    } catch (error) {
      if (error === stale) return false;
      throw error;
    }
  }

  /** Assigns (or reassigns) the case; false when the revision was stale. */
  assign(input: {
    guard: Guard;
    actorStaffId: string;
    role: CaseRole;
    /** The case's clinic, whose alert settings apply. */
    clinicId: string;
    staffMemberId: string;
    previousStaffId: string | null;
    fromStatus: CaseStatus;
    toStatus: CaseStatus;
    log: Prisma.AccessLogEntryCreateManyInput[];
  }): Promise<boolean> {
    const { guard } = input;
    return this.guarded(
      guard,
      { status: input.toStatus, assignedStaffId: input.staffMemberId, lastEventAt: guard.at },
      async (tx) => {
        await tx.caseAssignment.updateMany({
          where: { caseId: guard.caseId, endedAt: null },
          data: { endedAt: guard.at },
        });
        await tx.caseAssignment.create({
          data: {
            id: randomUUID(),
            caseId: guard.caseId,
            staffMemberId: input.staffMemberId,
            assignedByStaffId: input.actorStaffId,
            assignedAt: guard.at,
          },
        });
        await tx.caseEvent.create({
          data: {
            id: randomUUID(),
            caseId: guard.caseId,
            kind: input.previousStaffId ? 'REASSIGNED' : 'ASSIGNED',
            actorKind: 'STAFF',
            actorStaffId: input.actorStaffId,
            actorRole: input.role,
            fromStatus: input.fromStatus,
            toStatus: input.toStatus,
            details: { staffMemberId: input.staffMemberId, previousStaffId: input.previousStaffId },
            occurredAt: guard.at,
          },
        });
        await enqueueAssignmentAlert(tx, {
          clinicId: input.clinicId,
          caseId: guard.caseId,
          actorStaffId: input.actorStaffId,
          assigneeId: input.staffMemberId,
          previousStaffId: input.previousStaffId,
          at: guard.at,
        });
        await writeAccessLog(tx, input.log);
      },
    );
  }

  /**
   * A staff message (answer, partial answer, counter-question): the message, the status, the
   * events, a notification per channel the patient has turned on, and the access log; false
   * when the revision was stale. A new message brings an archived case back to the inbox.
   */
  respond(input: {
    guard: Guard;
    actorStaffId: string;
    role: CaseRole;
    kind: 'ANSWER' | 'PARTIAL_ANSWER' | 'COUNTER_QUESTION';
    /** No staff member has written to the patient yet: this message is the first answer. */
    firstAnswer: boolean;
    subjectPersonId: string;
    body: Prisma.InputJsonObject;
    fromStatus: CaseStatus;
    toStatus: CaseStatus;
    log: Prisma.AccessLogEntryCreateManyInput[];
  }): Promise<boolean> {
    const { guard } = input;
    const closing = input.toStatus === 'CLOSED';
    return this.guarded(
      guard,
      {
        status: input.toStatus,
        lastEventAt: guard.at,
        archivedAt: null,
        ...(closing ? { closedAt: guard.at } : {}),
        // The revision guard makes "no staff message yet", read with the revision, still true.
        ...(input.firstAnswer ? { firstAnsweredAt: guard.at } : {}),
      },
      async (tx) => {
        const messageId = randomUUID();
        await tx.caseMessage.create({
          data: {
            id: messageId,
            caseId: guard.caseId,
            recipientPersonId: input.subjectPersonId,
            authorKind: 'STAFF',
            authorStaffId: input.actorStaffId,
            kind: input.kind,
            body: input.body,
            createdAt: guard.at,
          },
        });
        const event = {
          caseId: guard.caseId,
          actorKind: 'STAFF' as const,
          actorStaffId: input.actorStaffId,
          actorRole: input.role,
          occurredAt: guard.at,
        };
        const events: Prisma.CaseEventCreateManyInput[] = [
          { ...event, id: randomUUID(), kind: 'MESSAGE_ADDED', details: { messageId } },
        ];
        if (input.toStatus !== input.fromStatus)
          events.push({
            ...event,
            id: randomUUID(),
            kind: closing ? 'CLOSED' : 'STATUS_CHANGED',
            fromStatus: input.fromStatus,
            toStatus: input.toStatus,
          });
        await tx.caseEvent.createMany({ data: events });
        await enqueueNewMessageNotice(tx, input.subjectPersonId, guard.at, guard.caseId);
        await writeAccessLog(tx, input.log);
      },
    );
  }

  /** Closes an answered case; false when the revision was stale. */
  close(input: {
    guard: Guard;
    actorStaffId: string;
    role: CaseRole;
    fromStatus: CaseStatus;
    log: Prisma.AccessLogEntryCreateManyInput[];
  }): Promise<boolean> {
    const { guard } = input;
    return this.guarded(
      guard,
      { status: 'CLOSED', closedAt: guard.at, lastEventAt: guard.at },
      async (tx) => {
        await tx.caseEvent.create({
          data: {
            id: randomUUID(),
            caseId: guard.caseId,
            kind: 'CLOSED',
            actorKind: 'STAFF',
            actorStaffId: input.actorStaffId,
            actorRole: input.role,
            fromStatus: input.fromStatus,
            toStatus: 'CLOSED',
            occurredAt: guard.at,
          },
        });
        await writeAccessLog(tx, input.log);
      },
    );
  }

  /**
   * An internal note, its event and the access log. A note is not one of the events that move
   * the deletion date or the revision (DOMAIN.md section 4: messages, assignments, statuses).
   */
  async addNote(input: {
    caseId: string;
    authorStaffId: string;
    role: CaseRole;
    text: string;
    at: Date;
    log: Prisma.AccessLogEntryCreateManyInput[];
  }): Promise<{ id: string; createdAt: Date }> {
    const id = randomUUID();
    await this.prisma.$transaction(async (tx) => {
      await tx.internalNote.create({
        data: {
          id,
          caseId: input.caseId,
          authorStaffId: input.authorStaffId,
          text: input.text,
          createdAt: input.at,
        },
      });
      await tx.caseEvent.create({
        data: {
          id: randomUUID(),
          caseId: input.caseId,
          kind: 'NOTE_ADDED',
          actorKind: 'STAFF',
          actorStaffId: input.authorStaffId,
          actorRole: input.role,
          details: { noteId: id },
          occurredAt: input.at,
        },
      });
      await writeAccessLog(tx, input.log);
    });
    return { id, createdAt: input.at };
  }
}
