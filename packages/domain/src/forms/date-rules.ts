import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date.ts';
import type { DateItem, DateRule } from './form-definition.ts';
import type { FormProblem, FormProblemCode } from './form-problems.ts';

/** What a check of answers needs to know about the world: the Stockholm calendar date. */
export type AnswerContext = { today: CalendarDate };

/** The code a broken rule gives, by limit and by the sign of its offset from today. */
function codeOf(rule: DateRule, days: number): FormProblemCode {
  if (rule.relativeTo === 'answer') {
    return rule.limit === 'earliest' ? 'DATE_BEFORE_ANSWER' : 'DATE_AFTER_ANSWER';
  }
  if (rule.limit === 'earliest') {
    return days === 0 ? 'DATE_IN_PAST' : days < 0 ? 'DATE_TOO_FAR_BACK' : 'DATE_TOO_EARLY';
  }
  return days === 0 ? 'DATE_IN_FUTURE' : days > 0 ? 'DATE_TOO_FAR_AHEAD' : 'DATE_TOO_LATE';
}

/**
 * The first rule of `item` that `date` breaks, as a problem without its path; `answerTo` gives the
 * valid answer of another date item (undefined while it has none: the rule then holds). Without
 * a `today`, rules relative to today are not checked (only the enabled paths are being computed).
 */
export function brokenDateRule(
  item: DateItem,
  date: CalendarDate,
  today: CalendarDate | undefined,
  answerTo: (question: string) => CalendarDate | undefined,
): Omit<FormProblem, 'path'> | undefined {
  for (const rule of item.dateRules ?? []) {
    const days = rule.days ?? 0;
    const reference = rule.relativeTo === 'today' ? today : answerTo(rule.question);
    if (reference === undefined) continue;
    const limit = addDays(reference, days);
    const order = compareDates(date, limit);
    const broken = rule.limit === 'earliest' ? order < 0 : order > 0;
    if (!broken) continue;
    const params: Record<string, string | number> = { [rule.limit]: limit };
    if (rule.relativeTo === 'answer') params['question'] = rule.question;
    else if (days !== 0) params['days'] = Math.abs(days);
    return { code: codeOf(rule, days), params };
  }
  return undefined;
}

/**
 * The earliest and latest date the today-relative rules of `item` allow on `today`, for a date
 * input's `min` and `max`; rules relative to other answers are left to the validator.
 */
export function todayDateLimits(
  item: DateItem,
  today: CalendarDate,
): { earliest?: CalendarDate; latest?: CalendarDate } {
  let earliest: CalendarDate | undefined;
  let latest: CalendarDate | undefined;
  for (const rule of item.dateRules ?? []) {
    if (rule.relativeTo !== 'today') continue;
    const limit = addDays(today, rule.days ?? 0);
    if (rule.limit === 'earliest') {
      if (earliest === undefined || compareDates(limit, earliest) > 0) earliest = limit;
    } else if (latest === undefined || compareDates(limit, latest) < 0) latest = limit;
  }
  return { ...(earliest && { earliest }), ...(latest && { latest }) };
}
