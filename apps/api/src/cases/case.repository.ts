import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '@etj/db';
import {
  activationQuery,
  type ActivationRow,
  type DraftOwner,
} from '../case-forms/case-form.repository.ts';
import type { CaseAccessFacts } from './case-access.policy.ts';
import { enqueueNewCaseAlerts } from '../staff-alerts/staff-alert.repository.ts';

/** What the citizen's receipt shows of a sent case. */
export type ReceiptRow = {
  caseId: string;
  reference: string;
  submittedAt: Date;
  clinicName: string;
  nameSv: string;
  nameEn: string | null;
  expectedResponseDays: number;
};

/** Everything sending a draft needs, read in one statement (one snapshot, see findSubmission). */
export type SubmissionFacts = {
  /** The case this sender already sent with the key for the same subject, if any. */
  earlier: ReceiptRow | null;
  /** The owner's draft, if it is still there. */
  draft: { id: string; answers: unknown; attachments: number } | null;
  /** The activation of the draft's clinic and case type (ActivationRow's rules), if any. */
  activation: ActivationRow | null;
  /** Whether anyone at the draft's clinic has switched on alerts for new cases. */
  alertsWanted: boolean;
};

/** The receipt of the case `sender` sent with `key` for `subject` (no row when none). */
function receiptQuery(owner: DraftOwner, idempotencyKey: string): Prisma.Sql {
  // The expected response time is the clinic's setting for the type now, as the form shows it.
  return Prisma.sql`
    SELECT c.id AS "caseId", c.reference AS "reference", c.submitted_at AS "submittedAt",
      cl.name AS "clinicName", ct.name_sv AS "nameSv", ct.name_en AS "nameEn",
      COALESCE(cct.expected_response_days, 3) AS "expectedResponseDays"
    FROM cases c
    JOIN clinics cl ON cl.id = c.clinic_id
    JOIN case_type_versions v ON v.id = c.case_type_version_id
    JOIN case_types ct ON ct.id = v.case_type_id
    LEFT JOIN clinic_case_types cct ON cct.clinic_id = c.clinic_id AND cct.case_type_id = ct.id
    WHERE c.sender_person_id = ${owner.senderPersonId}::uuid
      AND c.idempotency_key = ${idempotencyKey}
      AND c.subject_person_id = ${owner.subjectPersonId}::uuid`;
}

type SubmissionQueryRow = Partial<ActivationRow> & {
  earlier: (Omit<ReceiptRow, 'submittedAt'> & { submittedAt: string }) | null;
  draftId: string | null;
  draftAnswers: unknown;
  draftAttachments: number | null;
  alertsWanted: boolean | null;
};

/** What case-access.policy.ts needs of a case, as a Prisma select (one statement with its messages). */
export const caseAccessFactsSelect = {
  clinicId: true,
  subjectPersonId: true,
  status: true,
  assignedStaffId: true,
  messages: {
    where: { authorKind: 'STAFF', authorStaffId: { not: null } },
    select: { authorStaffId: true },
    distinct: ['authorStaffId'],
  },
} as const satisfies Prisma.CaseSelect;

type CaseAccessFactsRow = Prisma.CaseGetPayload<{ select: typeof caseAccessFactsSelect }>;

export function toCaseAccessFacts(row: CaseAccessFactsRow): CaseAccessFacts {
  return {
    clinicId: row.clinicId,
    subjectPersonId: row.subjectPersonId,
    status: row.status,
    assignedStaffId: row.assignedStaffId,
    staffAuthorIds: row.messages.flatMap((m) => (m.authorStaffId ? [m.authorStaffId] : [])),
  };
}

/** What the case access rules need to know of a case (no content); null when there is none. */
export async function findCaseAccessFacts(
  prisma: PrismaClient,
  caseId: string,
): Promise<CaseAccessFacts | null> {
  const row = await prisma.case.findUnique({
    where: { id: caseId },
    select: caseAccessFactsSelect,
  });
  return row ? toCaseAccessFacts(row) : null;
}

/** The unique index of case references. */
const REFERENCE_TAKEN = 'cases_reference_key';

/** Cases: the citizen's sent forms. */
export class CaseRepository {
  constructor(
    private readonly prisma: PrismaClient,
    /** New case ids (a test picks them to make a reference collide). */
    private readonly newId: () => string = randomUUID,
  ) {}

  /** The case this sender already sent with the key, if it was for the same subject. */
  async findBySenderKey(owner: DraftOwner, idempotencyKey: string): Promise<ReceiptRow | null> {
    const [row] = await this.prisma.$queryRaw<ReceiptRow[]>(receiptQuery(owner, idempotencyKey));
    return row ?? null;
  }

  /**
   * The earlier case with this key, the owner's draft with its attachment count, the draft's
   * activation and whether the clinic wants alerts, in ONE statement: it sees one snapshot, so
   * a duplicate that commits meanwhile shows either as the earlier case or not at all (never
   * as a missing draft without its case).
   */
  async findSubmission(
    owner: DraftOwner,
    draftId: string,
    idempotencyKey: string,
  ): Promise<SubmissionFacts> {
    const [row] = await this.prisma.$queryRaw<SubmissionQueryRow[]>(Prisma.sql`
      SELECT (SELECT to_jsonb(e) FROM (${receiptQuery(owner, idempotencyKey)}) e) AS "earlier",
        d.id AS "draftId", d.answers AS "draftAnswers",
        (SELECT count(*)::int FROM attachments at WHERE at.draft_id = d.id) AS "draftAttachments",
        EXISTS (SELECT 1 FROM staff_alert_settings s
          WHERE s.clinic_id = d.clinic_id AND s.new_cases) AS "alertsWanted",
        a.*
      FROM (SELECT 1) AS one
      LEFT JOIN (case_drafts d JOIN case_type_versions dv ON dv.id = d.case_type_version_id)
        ON d.id = ${draftId}::uuid
          AND d.sender_person_id = ${owner.senderPersonId}::uuid
          AND d.subject_person_id = ${owner.subjectPersonId}::uuid
      LEFT JOIN LATERAL (${activationQuery(Prisma.sql`d.clinic_id`, Prisma.sql`dv.case_type_id`)}) a
        ON true`);
    if (!row) throw new Error('the submission read answers no row');
    const { earlier, draftId: foundDraft, draftAnswers, draftAttachments, alertsWanted } = row;
    return {
      earlier: earlier ? { ...earlier, submittedAt: new Date(earlier.submittedAt) } : null,
      draft: foundDraft
        ? { id: foundDraft, answers: draftAnswers, attachments: draftAttachments ?? 0 }
        : null,
      activation: row.versionId ? toActivation(row) : null,
      alertsWanted: alertsWanted ?? false,
    };
  }

  /**
   * Creates the case, its first event and the receipt message, moves the draft's attachments to
   * the case and removes the draft: one statement (data-modifying CTEs), so one implicit
   * transaction, and the receipt comes back from the INSERT. With alerts wanted at the clinic,
   * the alerts are queued in the same (explicit) transaction. Null when the database refused a
   * second case with this sender and key (a duplicate won) or the draft is gone.
   */
  async submit(input: {
    senderPersonId: string;
    subjectPersonId: string;
    idempotencyKey: string;
    clinicId: string;
    caseTypeVersionId: string;
    answers: Record<string, unknown>;
    /** The clinic's options for the type in force now; the case keeps them. */
    clinicOptions: Record<string, unknown>;
    draftId: string;
    at: Date;
    /** When the first answer is due (the clinic's target counted from `at`); none: no target. */
    firstAnswerDueAt?: Date | null;
    alerts: boolean;
  }): Promise<{ caseId: string; reference: string; submittedAt: Date } | null> {
    // An eight-digit reference repeats now and then among millions: draw again.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.insertCase(input);
      } catch (error) {
        if (attempt >= 3 || !isUniqueViolationOf(error, REFERENCE_TAKEN)) throw error;
      }
    }
  }

  private async insertCase(
    input: Parameters<CaseRepository['submit']>[0],
  ): Promise<{ caseId: string; reference: string; submittedAt: Date } | null> {
    const id = this.newId();
    const reference = `E-${input.at.getUTCFullYear()}-${id.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
    const at = input.at.toISOString();
    const sender = input.senderPersonId;
    const subject = input.subjectPersonId;
    // Who acted (the guardian in proxy mode) and for whom (the child).
    const details = sender === subject ? null : JSON.stringify({ onBehalfOfPersonId: subject });
    const statement = Prisma.sql`
      WITH draft AS (
        SELECT id FROM case_drafts
        WHERE id = ${input.draftId}::uuid
          AND sender_person_id = ${sender}::uuid AND subject_person_id = ${subject}::uuid
      ), new_case AS (
        INSERT INTO cases (id, reference, clinic_id, case_type_version_id, subject_person_id,
          sender_person_id, idempotency_key, status, answers, clinic_options, submitted_at,
          last_event_at, first_answer_due_at)
        SELECT ${id}::uuid, ${reference}, ${input.clinicId}::uuid,
          ${input.caseTypeVersionId}::uuid, ${subject}::uuid, ${sender}::uuid,
          ${input.idempotencyKey}, 'NEW', ${JSON.stringify(input.answers)}::jsonb,
          ${JSON.stringify(input.clinicOptions)}::jsonb, ${at}::timestamptz, ${at}::timestamptz,
          ${input.firstAnswerDueAt?.toISOString() ?? null}::timestamptz
        FROM draft
        ON CONFLICT (sender_person_id, idempotency_key) DO NOTHING
        RETURNING id, reference, submitted_at
      ), submitted AS (
        INSERT INTO case_events (id, case_id, kind, actor_kind, actor_person_id, to_status,
          details, occurred_at)
        SELECT ${randomUUID()}::uuid, id, 'SUBMITTED'::"CaseEventKind", 'CITIZEN'::"ActorKind",
          ${sender}::uuid, 'NEW'::"CaseStatus", ${details}::jsonb, ${at}::timestamptz
        FROM new_case
      ), receipt AS (
        INSERT INTO case_messages (id, case_id, recipient_person_id, author_kind, kind, body,
          created_at, read_at)
        SELECT ${randomUUID()}::uuid, id, ${subject}::uuid, 'SYSTEM'::"MessageAuthorKind",
          'CASE_SUBMITTED'::"MessageKind",
          jsonb_build_object('key', 'caseSubmitted', 'reference', reference),
          ${at}::timestamptz, ${at}::timestamptz
        FROM new_case
      ), moved AS (
        -- The attachments go to the case in the same statement that deletes the draft, so the
        -- draft's cascade (checked at the end of the statement) finds none left to delete.
        UPDATE attachments SET case_id = new_case.id, draft_id = NULL
        FROM new_case WHERE attachments.draft_id = ${input.draftId}::uuid
      ), removed AS (
        DELETE FROM case_drafts WHERE id IN (SELECT id FROM draft)
          AND EXISTS (SELECT 1 FROM new_case)
      )
      SELECT id AS "caseId", reference, submitted_at AS "submittedAt" FROM new_case`;
    type Created = { caseId: string; reference: string; submittedAt: Date };
    if (!input.alerts) {
      const [created] = await this.prisma.$queryRaw<Created[]>(statement);
      return created ?? null;
    }
    return this.prisma.$transaction(async (tx) => {
      const [created] = await tx.$queryRaw<Created[]>(statement);
      if (created)
        await enqueueNewCaseAlerts(tx, { clinicId: input.clinicId, caseId: id, at: input.at });
      return created ?? null;
    });
  }
}

/** The activation columns of the submission read (all present when its versionId is). */
function toActivation(row: Partial<ActivationRow>): ActivationRow {
  return row as ActivationRow;
}

/** A unique violation of `constraint`, as Prisma reports one from a raw statement. */
function isUniqueViolationOf(error: unknown, constraint: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return (
    JSON.stringify(error.meta ?? {}).includes(constraint) || error.message.includes(constraint)
  );
}
