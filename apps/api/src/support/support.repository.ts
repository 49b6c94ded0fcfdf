import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import { NATIONAL_UNIT_NAME } from '../adapters/hsa-catalog/hsa-catalog.repository.ts';
import type { FaultReport, QueueKey, Screenshot, SupportStatus } from './support.rules.ts';

export type SupportReportSummaryRow = {
  id: string;
  number: number;
  reporterStaffId: string;
  reporterName: string;
  reporterWorkplace: string;
  summary: string;
  area: FaultReport['area'];
  severity: FaultReport['severity'];
  status: SupportStatus;
  occurredAt: Date;
  createdAt: Date;
  updatedAt: Date;
};

export type SupportReplyRow = {
  id: string;
  text: string;
  createdAt: Date;
  fromServiceAdmin: boolean;
  authorName: string;
};

export type SupportReportRow = SupportReportSummaryRow & {
  description: string;
  location: string | null;
  screenshot: { fileName: string; mediaType: string; sizeBytes: number } | null;
  replies: SupportReplyRow[];
};

export type SupportScreenshotFile = {
  fileName: string;
  mediaType: string;
  content: Uint8Array;
};

const summarySelect = {
  id: true,
  number: true,
  reporterStaffId: true,
  reporterWorkplace: true,
  summary: true,
  area: true,
  severity: true,
  status: true,
  occurredAt: true,
  createdAt: true,
  updatedAt: true,
  reporter: { select: { givenName: true, familyName: true } },
} as const;

type SummarySelected = {
  reporter: { givenName: string; familyName: string };
} & Omit<SupportReportSummaryRow, 'reporterName'>;

const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

function toSummary(row: SummarySelected): SupportReportSummaryRow {
  const { reporter, ...rest } = row;
  return { ...rest, reporterName: fullName(reporter) };
}

/** The most of my own reports a list shows (newest first); older ones stay readable by id. */
const MINE_LIMIT = 200;

/** Support reports, their replies and screenshots. */
export class SupportRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The name of the workplace an assignment is at, as HSA names it. */
  async workplaceName(assignmentId: string): Promise<string> {
    const row = await this.prisma.staffAssignment.findUnique({
      where: { id: assignmentId },
      select: { clinic: { select: { name: true } }, region: { select: { name: true } } },
    });
    return row?.clinic?.name ?? row?.region?.name ?? NATIONAL_UNIT_NAME;
  }

  /** A new report with status NEW, and its screenshot if any, in one transaction. */
  async create(input: {
    reporterStaffId: string;
    reporterAssignmentId: string;
    reporterWorkplace: string;
    report: FaultReport;
    screenshot: (Screenshot & { sha256: string }) | null;
    at: Date;
  }): Promise<string> {
    const id = randomUUID();
    const { screenshot } = input;
    await this.prisma.supportReport.create({
      data: {
        id,
        reporterStaffId: input.reporterStaffId,
        reporterAssignmentId: input.reporterAssignmentId,
        reporterWorkplace: input.reporterWorkplace,
        ...input.report,
        status: 'NEW',
        createdAt: input.at,
        updatedAt: input.at,
        ...(screenshot
          ? {
              screenshot: {
                create: {
                  fileName: screenshot.fileName,
                  mediaType: screenshot.mediaType,
                  sizeBytes: screenshot.content.byteLength,
                  sha256: screenshot.sha256,
                  content: screenshot.content,
                  createdAt: input.at,
                },
              },
            }
          : {}),
      },
    });
    return id;
  }

  /** Who reported it: what the access rules need to know. */
  facts(id: string): Promise<{ reporterStaffId: string; status: SupportStatus } | null> {
    return this.prisma.supportReport.findUnique({
      where: { id },
      select: { reporterStaffId: true, status: true },
    });
  }

  async find(id: string): Promise<SupportReportRow | null> {
    const row = await this.prisma.supportReport.findUnique({
      where: { id },
      select: {
        ...summarySelect,
        description: true,
        location: true,
        screenshot: { select: { fileName: true, mediaType: true, sizeBytes: true } },
        replies: {
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            text: true,
            createdAt: true,
            fromServiceAdmin: true,
            author: { select: { givenName: true, familyName: true } },
          },
        },
      },
    });
    if (!row) return null;
    const { description, location, screenshot, replies, ...summary } = row;
    return {
      ...toSummary(summary),
      description,
      location,
      screenshot,
      replies: replies.map(({ author, ...reply }) => ({ ...reply, authorName: fullName(author) })),
    };
  }

  /** The staff member's own reports, newest first. */
  async listMine(reporterStaffId: string): Promise<SupportReportSummaryRow[]> {
    const rows = await this.prisma.supportReport.findMany({
      where: { reporterStaffId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: MINE_LIMIT,
      select: summarySelect,
    });
    return rows.map(toSummary);
  }

  /** Every report (optionally of some statuses), newest first, after the cursor's row. */
  async queue(input: {
    statuses: readonly SupportStatus[];
    after: QueueKey | null;
    limit: number;
  }): Promise<SupportReportSummaryRow[]> {
    const { after } = input;
    const rows = await this.prisma.supportReport.findMany({
      where: {
        ...(input.statuses.length > 0 ? { status: { in: [...input.statuses] } } : {}),
        ...(after
          ? {
              OR: [
                { createdAt: { lt: after.createdAt } },
                { createdAt: after.createdAt, id: { lt: after.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: input.limit,
      select: summarySelect,
    });
    return rows.map(toSummary);
  }

  /**
   * Adds a reply and sets the status `next` gives for the current one, with the report's row
   * locked meanwhile so two replies cannot both read the old status. False when `next` refuses
   * (null) or the report is gone.
   */
  async addReply(input: {
    reportId: string;
    authorStaffId: string;
    fromServiceAdmin: boolean;
    text: string;
    at: Date;
    next: (status: SupportStatus) => SupportStatus | null;
  }): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: SupportStatus }[]>`
        SELECT status::text AS status FROM support_reports WHERE id = ${input.reportId}::uuid FOR UPDATE`;
      if (!locked) return false;
      const status = input.next(locked.status);
      if (status === null) return false;
      await tx.supportReply.create({
        data: {
          id: randomUUID(),
          reportId: input.reportId,
          authorStaffId: input.authorStaffId,
          fromServiceAdmin: input.fromServiceAdmin,
          text: input.text,
          createdAt: input.at,
        },
      });
      await tx.supportReport.update({
        where: { id: input.reportId },
        data: { status, updatedAt: input.at },
      });
      return true;
    });
  }

  async setStatus(id: string, status: SupportStatus, at: Date): Promise<void> {
    await this.prisma.supportReport.update({ where: { id }, data: { status, updatedAt: at } });
  }

  readScreenshot(reportId: string): Promise<SupportScreenshotFile | null> {
    return this.prisma.supportScreenshot.findUnique({
      where: { reportId },
      select: { fileName: true, mediaType: true, content: true },
    });
  }
}
