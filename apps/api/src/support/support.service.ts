import { createHash } from 'node:crypto';
import type { Clock } from '../common/clock.ts';
import { AppError, badInput, conflict, notFound } from '../common/errors.ts';
import type { StaffActor } from '../identity/actor.ts';
import type { SupportContact } from './support-contact.ts';
import {
  mayChangeStatus,
  mayReply,
  mayReport,
  mayWorkQueue,
  supportCapacity,
} from './support.policy.ts';
import type {
  SupportReportRow,
  SupportReportSummaryRow,
  SupportRepository,
  SupportScreenshotFile,
} from './support.repository.ts';
import {
  checkFaultReport,
  checkReplyText,
  checkScreenshot,
  decodeQueueCursor,
  queueCursor,
  statusAfterReply,
  takesReplies,
  type SupportStatus,
} from './support.rules.ts';
import {
  SUPPORT_PAGE_MAX,
  type ReplyToSupportReportInput,
  type ReportFaultInput,
  type SetSupportReportStatusInput,
  type SupportContactDetails,
  type SupportReport,
  type SupportReportPage,
  type SupportReportSummary,
} from './support.types.ts';

/**
 * Support: staff report faults in the service; the national service administration works the
 * queue, replies and sets the status; the reporter follows their own reports and replies.
 */
export class SupportService {
  constructor(
    private readonly repository: SupportRepository,
    private readonly clock: Clock,
    private readonly contact: SupportContact,
  ) {}

  contactDetails(): SupportContactDetails {
    return {
      phone: this.contact.phone,
      email: this.contact.email,
      openingHours: { sv: this.contact.openingHoursSv, en: this.contact.openingHoursEn },
    };
  }

  async report(actor: StaffActor, input: ReportFaultInput): Promise<SupportReport> {
    const unit = actor.unit;
    if (!mayReport(actor) || !unit) throw new AppError('FORBIDDEN');
    const now = this.clock.now();
    const checked = checkFaultReport(input, now);
    const shot = input.screenshot
      ? checkScreenshot(input.screenshot.fileName, input.screenshot.contentBase64)
      : null;
    const problems = [
      ...(checked.ok ? [] : checked.problems),
      ...(shot && !shot.ok ? shot.problems : []),
    ];
    if (!checked.ok || (shot && !shot.ok)) throw badInput(problems);
    const screenshot = shot?.ok
      ? { ...shot.value, sha256: createHash('sha256').update(shot.value.content).digest('hex') }
      : null;
    const id = await this.repository.create({
      reporterStaffId: actor.staffMemberId,
      reporterAssignmentId: unit.assignmentId,
      reporterWorkplace: await this.repository.workplaceName(unit.assignmentId),
      report: checked.value,
      screenshot,
      at: now,
    });
    return this.read(actor, id);
  }

  async mine(actor: StaffActor): Promise<SupportReportSummary[]> {
    return (await this.repository.listMine(actor.staffMemberId)).map(toSummary);
  }

  async queue(
    actor: StaffActor,
    statuses: readonly SupportStatus[],
    first: number,
    after: string | null,
  ): Promise<SupportReportPage> {
    if (!mayWorkQueue(actor)) throw new AppError('FORBIDDEN');
    if (!Number.isInteger(first) || first < 1 || first > SUPPORT_PAGE_MAX)
      throw badInput([
        { path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: SUPPORT_PAGE_MAX } },
      ]);
    const key = after === null ? null : decodeQueueCursor(after);
    if (after !== null && key === null) throw badInput([{ path: 'after', code: 'INVALID_CURSOR' }]);
    const rows = await this.repository.queue({ statuses, after: key, limit: first + 1 });
    const items = rows.slice(0, first);
    const last = items.at(-1);
    return {
      items: items.map(toSummary),
      nextCursor: rows.length > first && last ? queueCursor(last) : null,
    };
  }

  /** The report for its reporter and the administration; NOT_FOUND for everybody else. */
  async read(actor: StaffActor, id: string): Promise<SupportReport> {
    const row = await this.repository.find(id);
    if (!row || !supportCapacity(actor, row)) throw notFound();
    return toView(actor, row);
  }

  async reply(actor: StaffActor, input: ReplyToSupportReportInput): Promise<SupportReport> {
    const facts = await this.repository.facts(input.reportId);
    if (!facts || !mayReply(actor, facts)) throw notFound();
    const text = checkReplyText(input.text);
    if (!text.ok) throw badInput(text.problems);
    const fromServiceAdmin = supportCapacity(actor, facts) === 'SERVICE_ADMIN';
    const added = await this.repository.addReply({
      reportId: input.reportId,
      authorStaffId: actor.staffMemberId,
      fromServiceAdmin,
      text: text.value,
      at: this.clock.now(),
      next: (status) => (takesReplies(status) ? statusAfterReply(status, fromServiceAdmin) : null),
    });
    if (!added) throw conflict('SUPPORT_REPORT_CLOSED');
    return this.read(actor, input.reportId);
  }

  /** The administration moves the report; the reporter gets FORBIDDEN, anybody else NOT_FOUND. */
  async setStatus(actor: StaffActor, input: SetSupportReportStatusInput): Promise<SupportReport> {
    const facts = await this.repository.facts(input.reportId);
    if (!facts || !supportCapacity(actor, facts)) throw notFound();
    if (!mayChangeStatus(actor)) throw new AppError('FORBIDDEN');
    if (facts.status !== input.status)
      await this.repository.setStatus(input.reportId, input.status, this.clock.now());
    return this.read(actor, input.reportId);
  }

  /** The screenshot for whoever may read the report; null otherwise (the route answers 404). */
  async screenshot(actor: StaffActor, reportId: string): Promise<SupportScreenshotFile | null> {
    const facts = await this.repository.facts(reportId);
    if (!facts || !supportCapacity(actor, facts)) return null;
    return this.repository.readScreenshot(reportId);
  }
}

function toSummary(row: SupportReportSummaryRow): SupportReportSummary {
  return summaryFields(row);
}

/** The summary's fields as a plain object (the full view adds to it). */
function summaryFields(row: SupportReportSummaryRow) {
  return {
    id: row.id,
    number: row.number,
    summary: row.summary,
    area: row.area,
    severity: row.severity,
    status: row.status,
    occurredAt: row.occurredAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    reporterName: row.reporterName,
    reporterWorkplace: row.reporterWorkplace,
  };
}

function toView(actor: StaffActor, row: SupportReportRow): SupportReport {
  return {
    ...summaryFields(row),
    description: row.description,
    location: row.location,
    screenshot: row.screenshot,
    replies: row.replies,
    viewerMayChangeStatus: mayChangeStatus(actor),
    viewerMayReply: mayReply(actor, row) && takesReplies(row.status),
  };
}
