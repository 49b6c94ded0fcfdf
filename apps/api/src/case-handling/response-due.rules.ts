import { businessMinutesBetween, type ClinicCalendar } from '@etj/domain';

/** How a case stands against its first-answer target, as the lists flag it. */
export const FIRST_ANSWER_DUE_STATES = ['ON_TRACK', 'NEAR', 'OVERDUE'] as const;
export type FirstAnswerDueState = (typeof FIRST_ANSWER_DUE_STATES)[number];

/** Near the target: less than four working hours left … */
export const NEAR_MINUTES = 4 * 60;
/** … or less than a quarter of the target. */
export const NEAR_SHARE = 0.25;

export type FirstAnswerDue = {
  dueAt: Date;
  /** Working minutes to the due time; negative: working minutes past it. */
  workingMinutesLeft: number;
  state: FirstAnswerDueState;
};

/**
 * Where a case waiting for its first answer stands: null once answered or without a target.
 * Past the due time it is OVERDUE even outside opening hours (the clinic closed without
 * answering); before it, NEAR when less than four working hours or a quarter of the target (the
 * working time from sending to due) is left.
 */
export function firstAnswerDue(
  input: { submittedAt: Date; dueAt: Date | null; answeredAt: Date | null },
  now: Date,
  calendar: ClinicCalendar,
): FirstAnswerDue | null {
  const { dueAt } = input;
  if (!dueAt || input.answeredAt) return null;
  const left = businessMinutesBetween(now, dueAt, calendar);
  const workingMinutesLeft = Math.floor(left);
  if (now.getTime() >= dueAt.getTime()) return { dueAt, workingMinutesLeft, state: 'OVERDUE' };
  const target = businessMinutesBetween(input.submittedAt, dueAt, calendar);
  const near = left < NEAR_MINUTES || left < target * NEAR_SHARE;
  return { dueAt, workingMinutesLeft, state: near ? 'NEAR' : 'ON_TRACK' };
}
