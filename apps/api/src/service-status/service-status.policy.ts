// Driftstatus rules, pure: what is current and upcoming at an instant, what a publication or an
// update may say, how long a confirmation link lives, and what an e-mail address looks like.
import { isEmail } from 'class-validator';
import type { FieldProblem } from '../common/errors.ts';

export const SERVICE_ANNOUNCEMENT_KINDS = ['DISTURBANCE', 'MAINTENANCE'] as const;
export type ServiceAnnouncementKind = (typeof SERVICE_ANNOUNCEMENT_KINDS)[number];

export const SERVICE_SURFACES = ['CITIZEN', 'STAFF', 'NOTIFICATIONS'] as const;
export type ServiceSurface = (typeof SERVICE_SURFACES)[number];

export const TITLE_MAX = 120;
export const BODY_MAX = 2000;
export const UPDATE_MAX = 2000;
export const EMAIL_MAX = 254;

/** A confirmation link works for a week from the mail that carried it. */
export const CONFIRM_LINK_VALID_MS = 7 * 24 * 60 * 60 * 1000;

/** At most one confirmation mail per address in this window, however often someone asks. */
export const CONFIRM_MAIL_QUIET_MS = 15 * 60 * 1000;

/** How far ahead planned maintenance may be announced. */
export const MAX_LEAD_MS = 366 * 24 * 60 * 60 * 1000;

export type AnnouncementTimes = { startsAt: Date; endsAt: Date | null };

/** In effect at `now`: started, and not ended (an end at `now` has ended). */
export const isCurrent = (a: AnnouncementTimes, now: Date): boolean =>
  a.startsAt.getTime() <= now.getTime() &&
  (a.endsAt === null || a.endsAt.getTime() > now.getTime());

/** Announced for later. */
export const isUpcoming = (a: AnnouncementTimes, now: Date): boolean =>
  a.startsAt.getTime() > now.getTime();

/** Current ones (disturbances first, then the latest start) and upcoming ones (soonest first). */
export function splitByTime<T extends AnnouncementTimes & { kind: ServiceAnnouncementKind }>(
  rows: readonly T[],
  now: Date,
): { current: T[]; upcoming: T[] } {
  const current = rows
    .filter((r) => isCurrent(r, now))
    .sort(
      (a, b) =>
        Number(b.kind === 'DISTURBANCE') - Number(a.kind === 'DISTURBANCE') ||
        b.startsAt.getTime() - a.startsAt.getTime(),
    );
  const upcoming = rows
    .filter((r) => isUpcoming(r, now))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { current, upcoming };
}

/**
 * Announcements are about the service, never about a person: a text that carries something
 * written like a personnummer (yymmdd-nnnn, yyyymmddnnnn and the like) is refused.
 */
export const looksLikePersonalIdentityNumber = (text: string): boolean =>
  /(?<!\d)(?:\d{2})?\d{6}[-+ ]?\d{4}(?!\d)/.test(text);

export type AnnouncementTextsInput = {
  titleSv: string;
  titleEn: string;
  bodySv: string;
  bodyEn: string;
};

export type PublishInput = AnnouncementTextsInput & {
  kind: ServiceAnnouncementKind;
  affected: readonly ServiceSurface[];
  startsAt: Date;
  endsAt: Date | null;
};

function checkText(problems: FieldProblem[], path: string, value: string, max: number): void {
  const trimmed = value.trim();
  if (trimmed === '') problems.push({ path, code: 'REQUIRED' });
  else if (trimmed.length > max) problems.push({ path, code: 'TOO_LONG', params: { max } });
  else if (looksLikePersonalIdentityNumber(trimmed)) problems.push({ path, code: 'PERSONAL_DATA' });
}

/**
 * A publication's problems, all at once: texts present, short enough and free of identity
 * numbers; at least one affected part; an end after the start; a disturbance that has begun
 * (it is published when it happens); maintenance announced at most a year ahead.
 */
export function publishProblems(input: PublishInput, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkText(problems, 'titleSv', input.titleSv, TITLE_MAX);
  checkText(problems, 'titleEn', input.titleEn, TITLE_MAX);
  checkText(problems, 'bodySv', input.bodySv, BODY_MAX);
  checkText(problems, 'bodyEn', input.bodyEn, BODY_MAX);
  if (input.affected.length === 0) problems.push({ path: 'affected', code: 'REQUIRED' });
  if (input.endsAt && input.endsAt.getTime() <= input.startsAt.getTime())
    problems.push({ path: 'endsAt', code: 'NOT_AFTER_START' });
  else if (input.endsAt && input.endsAt.getTime() <= now.getTime())
    problems.push({ path: 'endsAt', code: 'IN_THE_PAST' });
  if (input.kind === 'DISTURBANCE' && input.startsAt.getTime() > now.getTime())
    problems.push({ path: 'startsAt', code: 'DISTURBANCE_IN_FUTURE' });
  if (input.startsAt.getTime() > now.getTime() + MAX_LEAD_MS)
    problems.push({ path: 'startsAt', code: 'TOO_FAR_AHEAD' });
  return problems;
}

/** An update's problems: both texts present, short enough, free of identity numbers. */
export function updateProblems(input: { textSv: string; textEn: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkText(problems, 'textSv', input.textSv, UPDATE_MAX);
  checkText(problems, 'textEn', input.textEn, UPDATE_MAX);
  return problems;
}

/** Only what has not ended may be updated or ended. */
export const hasEnded = (a: AnnouncementTimes, now: Date): boolean =>
  a.endsAt !== null && a.endsAt.getTime() <= now.getTime();

/**
 * The times after ending at `now`: what has started ends now; maintenance called off before it
 * began is moved to have begun and ended at once (a millisecond before now), since an end may
 * never come before its start.
 */
export function endingTimes(a: AnnouncementTimes, now: Date): AnnouncementTimes {
  if (a.startsAt.getTime() < now.getTime()) return { startsAt: a.startsAt, endsAt: now };
  return { startsAt: new Date(now.getTime() - 1), endsAt: now };
}

/** The address as stored (trimmed, lower case), or null when it is no e-mail address. */
export function normaliseEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  if (email.length === 0 || email.length > EMAIL_MAX || !isEmail(email)) return null;
  return email;
}

/** A confirmation link still works at `now` when its mail was asked for within the week. */
export const confirmLinkValid = (confirmRequestedAt: Date, now: Date): boolean =>
  now.getTime() - confirmRequestedAt.getTime() <= CONFIRM_LINK_VALID_MS;

/** Whether a new confirmation mail may go out, or one went out within the quiet window. */
export const mayResendConfirmation = (lastRequestedAt: Date, now: Date): boolean =>
  now.getTime() - lastRequestedAt.getTime() >= CONFIRM_MAIL_QUIET_MS;
