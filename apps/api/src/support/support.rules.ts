import type { FieldProblem } from '../common/errors.ts';
import { isUuid } from '../common/uuid-id.ts';
import { cleanFileName, detectMediaType } from '../attachments/attachment-file.ts';

/**
 * Pure rules for support reports: the limits of what a report holds, and what happens to the
 * status when someone replies. A report is about the service, never about a patient; the API
 * cannot tell, so it keeps the texts short (the same limits are database constraints).
 */

export const SUPPORT_SEVERITIES = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'] as const;
export type SupportSeverity = (typeof SUPPORT_SEVERITIES)[number];

export const SUPPORT_AREAS = [
  'LOGIN',
  'START_PAGE',
  'CASE_QUEUE',
  'WORK_LIST',
  'CASE_HANDLING',
  'ACCESS_LOG',
  'ADMINISTRATION',
  'NOTIFICATIONS',
  'CITIZEN_SERVICE',
  'OTHER',
] as const;
export type SupportArea = (typeof SUPPORT_AREAS)[number];

export const SUPPORT_STATUSES = [
  'NEW',
  'IN_PROGRESS',
  'WAITING_FOR_REPORTER',
  'RESOLVED',
  'CLOSED',
] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export const SUPPORT_LIMITS = {
  summary: 120,
  description: 4000,
  location: 200,
  reply: 4000,
  /** The screenshot, in bytes (2 MiB). */
  screenshotBytes: 2_097_152,
  /** How far back a fault may be said to have happened. */
  occurredDaysBack: 90,
  /** Clocks differ a little: a time up to this far ahead of ours is accepted as now. */
  occurredSkewMs: 10 * 60_000,
} as const;

/** Screenshots only: PNG and JPEG, told by their content. */
export const SCREENSHOT_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type ScreenshotMediaType = (typeof SCREENSHOT_MEDIA_TYPES)[number];

export type FaultReportInput = {
  summary: string;
  description: string;
  area: SupportArea;
  location?: string | null;
  occurredAt: Date;
  severity: SupportSeverity;
};

export type FaultReport = {
  summary: string;
  description: string;
  area: SupportArea;
  location: string | null;
  occurredAt: Date;
  severity: SupportSeverity;
};

type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Trimmed texts within their limits, and a time of the fault that is neither ahead nor ancient. */
export function checkFaultReport(input: FaultReportInput, now: Date): Checked<FaultReport> {
  const problems: FieldProblem[] = [];
  const summary = requiredText(input.summary, 'summary', SUPPORT_LIMITS.summary, problems);
  const description = requiredText(
    input.description,
    'description',
    SUPPORT_LIMITS.description,
    problems,
  );
  const location = input.location?.trim() ? input.location.trim() : null;
  if (location !== null && location.length > SUPPORT_LIMITS.location)
    problems.push(tooLong('location', SUPPORT_LIMITS.location));
  const occurred = input.occurredAt.getTime();
  if (Number.isNaN(occurred)) problems.push({ path: 'occurredAt', code: 'INVALID_FORMAT' });
  else if (occurred > now.getTime() + SUPPORT_LIMITS.occurredSkewMs)
    problems.push({ path: 'occurredAt', code: 'IN_THE_FUTURE' });
  else if (occurred < now.getTime() - SUPPORT_LIMITS.occurredDaysBack * 86_400_000)
    problems.push({
      path: 'occurredAt',
      code: 'TOO_LONG_AGO',
      params: { days: SUPPORT_LIMITS.occurredDaysBack },
    });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      summary,
      description,
      area: input.area,
      location,
      occurredAt: new Date(Math.min(occurred, now.getTime())),
      severity: input.severity,
    },
  };
}

/** A reply's text, trimmed, within its limit. */
export function checkReplyText(text: string): Checked<string> {
  const problems: FieldProblem[] = [];
  const value = requiredText(text, 'text', SUPPORT_LIMITS.reply, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

export type Screenshot = {
  fileName: string;
  mediaType: ScreenshotMediaType;
  content: Uint8Array<ArrayBuffer>;
};

/** Base64 longer than this cannot decode to an allowed screenshot; refused before decoding. */
export const MAX_SCREENSHOT_BASE64_LENGTH = Math.ceil(SUPPORT_LIMITS.screenshotBytes / 3) * 4;

/** A PNG or JPEG by its magic bytes, not empty, within the size limit; the name cleaned. */
export function checkScreenshot(fileName: string, contentBase64: string): Checked<Screenshot> {
  const path = 'screenshot';
  const tooLarge: FieldProblem = {
    path,
    code: 'SCREENSHOT_TOO_LARGE',
    params: { maxBytes: SUPPORT_LIMITS.screenshotBytes },
  };
  if (contentBase64.length > MAX_SCREENSHOT_BASE64_LENGTH)
    return { ok: false, problems: [tooLarge] };
  const content = new Uint8Array(Buffer.from(contentBase64, 'base64'));
  if (content.byteLength === 0)
    return { ok: false, problems: [{ path, code: 'SCREENSHOT_EMPTY' }] };
  if (content.byteLength > SUPPORT_LIMITS.screenshotBytes)
    return { ok: false, problems: [tooLarge] };
  const detected = detectMediaType(content);
  const mediaType = SCREENSHOT_MEDIA_TYPES.find((allowed) => allowed === detected);
  if (!mediaType) return { ok: false, problems: [{ path, code: 'SCREENSHOT_TYPE_NOT_ALLOWED' }] };
  return {
    ok: true,
    value: { fileName: cleanFileName(fileName, mediaType), mediaType, content },
  };
}

/**
 * The status after a reply: the reporter answering a question, or saying a resolved fault is
 * still there, puts the report back in progress; the administration's first reply to a new
 * report means it is being worked on. Anything else keeps its status.
 */
export function statusAfterReply(status: SupportStatus, fromServiceAdmin: boolean): SupportStatus {
  if (fromServiceAdmin) return status === 'NEW' ? 'IN_PROGRESS' : status;
  return status === 'WAITING_FOR_REPORTER' || status === 'RESOLVED' ? 'IN_PROGRESS' : status;
}

/** A closed report takes no more replies: a fault seen again is a new report. */
export function takesReplies(status: SupportStatus): boolean {
  return status !== 'CLOSED';
}

function requiredText(raw: string, path: string, max: number, problems: FieldProblem[]): string {
  const value = raw.trim();
  if (value === '') problems.push({ path, code: 'REQUIRED' });
  else if (value.length > max) problems.push(tooLong(path, max));
  return value;
}

const tooLong = (path: string, max: number): FieldProblem => ({
  path,
  code: 'TOO_LONG',
  params: { max },
});

export type QueueKey = { createdAt: Date; id: string };

/** An opaque cursor: base64url JSON of the last row's sort key. */
export function queueCursor(key: QueueKey): string {
  return Buffer.from(JSON.stringify({ t: key.createdAt.toISOString(), id: key.id })).toString(
    'base64url',
  );
}

/** The key behind a cursor, or null when it is not one this API made. */
export function decodeQueueCursor(cursor: string): QueueKey | null {
  try {
    const raw: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof raw !== 'object' || raw === null) return null;
    const { t, id } = raw as Record<string, unknown>;
    if (typeof t !== 'string' || typeof id !== 'string' || !isUuid(id)) return null;
    const createdAt = new Date(t);
    return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
  } catch {
    return null;
  }
}
