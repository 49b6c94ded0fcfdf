import { Prisma, type PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import type { CaseStatus } from '../cases/case-view.types.ts';
import {
  accessLogInsert,
  type StaffReadContext,
} from '../access-log/access-log-write.repository.ts';
import {
  queueParts,
  type DueKey,
  type QueueAssignment,
  type QueueKey,
  type WorkKey,
} from './case-handling.rules.ts';

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

export const SUMMARY_COLUMNS = Prisma.raw(
  SUMMARY.map(([e, name]) => `${e} AS "${name}"`).join(', '),
);
const SUMMARY_NAMES = Prisma.raw(SUMMARY.map(([, name]) => `"${name}"`).join(', '));

export const SUMMARY_JOINS = Prisma.sql`
  JOIN case_type_versions v ON v.id = c.case_type_version_id
  JOIN case_types t ON t.id = v.case_type_id
  JOIN persons p ON p.id = c.subject_person_id
  LEFT JOIN staff_members s ON s.id = c.assigned_staff_id
  JOIN clinics ck ON ck.id = c.clinic_id`;

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
 * What a list page logs: the context's row for each of the first `shown` cases of the page (it
 * is read with one more, to know whether a next page exists, and that one was not shown).
 */
export type ListRead = { context: StaffReadContext; shown: number };

/**
 * The page and its access-log rows as one statement: the page is a CTE, the INSERT a
 * data-modifying CTE over its first `shown` rows (in page order), and the result the page. One
 * round trip instead of a transaction's four, and atomic as any statement is: if the INSERT
 * fails, no page is returned.
 */
function loggedStatement(
  page: PageSource,
  action: 'LIST_QUEUE' | 'LIST_WORK',
  read: ListRead,
): Prisma.Sql {
  const shown = Prisma.sql`SELECT id AS case_id, "subjectPersonId" AS patient_person_id
    FROM page WHERE ord <= ${read.shown} ORDER BY ord`;
  return Prisma.sql`WITH page AS (
      SELECT ${SUMMARY_COLUMNS}, row_number() OVER (ORDER BY ${page.order}) AS ord
      FROM (${page.cases}) c
      ${SUMMARY_JOINS}),
    logged AS (${accessLogInsert(read.context, action, shown)})
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

/** The queue sorted by time left, read alone (no log rows). */
export function dueQueuePageStatement(query: DueQueuePageQuery): Prisma.Sql {
  return readStatement(dueQueuePageSource(query));
}

/** The work list sorted by time left, read alone (no log rows). */
export function dueWorkPageStatement(query: DueWorkPageQuery): Prisma.Sql {
  return readStatement(dueWorkPageSource(query));
}

/**
 * The staff lists, each page read by one statement that also writes its access-log rows
 * (LIST_QUEUE, LIST_WORK): no page can be read here without them.
 */
export class CaseListRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * One page of a clinic's queue and its access-log rows, in one statement.
   * `minAgeBefore`: only cases sent before the start of that Stockholm day.
   */
  async queuePage(query: QueuePageQuery, read: ListRead): Promise<CaseSummaryRow[]> {
    const page = queuePageSource(query);
    return page
      ? this.prisma.$queryRaw<CaseSummaryRow[]>(loggedStatement(page, 'LIST_QUEUE', read))
      : [];
  }

  /** One page of the cases assigned to a caregiver at a clinic, latest event first, logged. */
  workPage(query: WorkPageQuery, read: ListRead): Promise<CaseSummaryRow[]> {
    return this.prisma.$queryRaw<CaseSummaryRow[]>(
      loggedStatement(workPageSource(query), 'LIST_WORK', read),
    );
  }

  /** One page of the queue sorted by time left, and its access-log rows, in one statement. */
  dueQueuePage(query: DueQueuePageQuery, read: ListRead): Promise<CaseSummaryRow[]> {
    return this.prisma.$queryRaw<CaseSummaryRow[]>(
      loggedStatement(dueQueuePageSource(query), 'LIST_QUEUE', read),
    );
  }

  /** One page of the work list sorted by time left, logged. */
  dueWorkPage(query: DueWorkPageQuery, read: ListRead): Promise<CaseSummaryRow[]> {
    return this.prisma.$queryRaw<CaseSummaryRow[]>(
      loggedStatement(dueWorkPageSource(query), 'LIST_WORK', read),
    );
  }
}
