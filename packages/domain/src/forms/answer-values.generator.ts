// Test support for the property tests: a valid answer to one item, per item kind (texts in
// each format, dates inside the window the item's rules leave, integers in bounds, the codes a
// choice offers). Imported through answers.generator.ts.
import fc from 'fast-check';
import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date.ts';
import type { ClinicOptions } from './clinic-options.ts';
import {
  FORM_LIMITS,
  type AnswerItem,
  type AnswerOption,
  type AnswerValue,
  type DateItem,
  type FormItem,
  type TextFormat,
} from './form-definition.ts';

export type Gen = fc.GeneratorValue;

const ALPHABET = Array.from('abcdefghijklmnopqrstuvwxyzåäöÅÄÖ0123456789 -,.:');

/** The codes a choice item offers under these clinic options. */
export function codesOf(item: FormItem, options: ClinicOptions): string[] {
  if (item.type !== 'choice' && item.type !== 'multi-choice') return [];
  const list =
    item.answerOptions ??
    ((options[item.answerOptionsFrom?.clinicOption ?? ''] ?? []) as AnswerOption[]);
  return list.map((option) => option.code);
}

/** The range random dates come from; answers stay a year inside it so offsets never leave it. */
export const FIRST_DATE = '1900-01-01' as CalendarDate;
export const LAST_DATE = '2100-12-31' as CalendarDate;

/** The dates a date item allows: today and the answers it names give its limits. */
export type DateWindow = { earliest: CalendarDate; latest: CalendarDate };

/** The window `item`'s rules leave on `today`, given the answers to the items they name. */
export function dateWindow(
  item: DateItem,
  today: CalendarDate,
  answerTo: (question: string) => unknown,
): DateWindow {
  // Items whose rules name no answer stay a year inside the range, so offsets from them do too.
  const named = (item.dateRules ?? []).some((rule) => rule.relativeTo === 'answer');
  let earliest = named ? FIRST_DATE : addDays(FIRST_DATE, 366);
  let latest = named ? LAST_DATE : addDays(LAST_DATE, -366);
  for (const rule of item.dateRules ?? []) {
    const reference = rule.relativeTo === 'today' ? today : answerTo(rule.question);
    if (typeof reference !== 'string') continue;
    const limit = addDays(reference as CalendarDate, rule.days ?? 0);
    if (rule.limit === 'earliest' && compareDates(limit, earliest) > 0) earliest = limit;
    if (rule.limit === 'latest' && compareDates(limit, latest) < 0) latest = limit;
  }
  return { earliest, latest };
}

const utc = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);

/** Answers in each text format, written as they are stored. */
export const FORMATTED: Record<TextFormat, string[]> = {
  phone: ['+46701234567', '+46812345678', '+4520123456', '+12025550143'],
  personnummer: ['19121212-1212', '20121212-1212', '19701063-2391'],
  'postal-code': ['123 45', '111 22', '981 38'],
  'street-address': ['Storgatan 1', 'Boxholmsgatan 3', 'Plangatan 2, pl 3', 'Kungsgatan 12 B'],
};

/** A valid, non-empty answer to one item; a date within `window` (any when left out). */
export function generateValue(
  g: Gen,
  item: AnswerItem,
  options: ClinicOptions,
  window: DateWindow = { earliest: FIRST_DATE, latest: LAST_DATE },
): AnswerValue {
  switch (item.type) {
    case 'string':
    case 'text': {
      const ceiling =
        item.type === 'string' ? FORM_LIMITS.stringMaxLength : FORM_LIMITS.textMaxLength;
      const max = item.maxLength ?? ceiling;
      if (item.type === 'string' && item.format !== undefined) {
        return g(() => fc.constantFrom(...FORMATTED[item.format as TextFormat]));
      }
      return g(() =>
        fc.oneof(
          fc
            .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: Math.min(max, 40) })
            .map((chars) => chars.join('').trim() || 'x'),
          fc.constant('å'.repeat(max)),
        ),
      );
    }
    case 'boolean':
      return g(fc.boolean);
    case 'date':
      return g(() =>
        fc
          .date({ min: utc(window.earliest), max: utc(window.latest), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
      );
    case 'integer':
      return g(() =>
        fc.integer({ min: item.minValue ?? -1_000_000, max: item.maxValue ?? 1_000_000 }),
      );
    case 'choice':
      return g(() => fc.constantFrom(...codesOf(item, options)));
    case 'multi-choice': {
      const codes = codesOf(item, options);
      return g(() =>
        fc.subarray(codes, {
          minLength: Math.max(item.minSelected ?? 0, 1),
          maxLength: Math.min(item.maxSelected ?? codes.length, codes.length),
        }),
      );
    }
  }
}
