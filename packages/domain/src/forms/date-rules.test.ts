import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/calendar-date.ts';
import { buildAnswerValidator } from './answer-validator.ts';
import { todayDateLimits } from './date-rules.ts';
import type { DateItem, DateRule, FormDefinition, FormItem } from './form-definition.ts';
import { parseFormDefinition } from './form-definition.schema.ts';

const TODAY = '2026-03-10' as CalendarDate;
const sv = (text: string) => ({ sv: text });

const withItems = (items: FormItem[]): FormDefinition => ({
  formatVersion: 1,
  key: 'dates',
  version: 1,
  title: sv('Datum'),
  clinicOptions: [],
  items,
});

const date = (linkId: string, dateRules?: DateRule[]): DateItem => ({
  linkId,
  type: 'date',
  text: sv(linkId),
  ...(dateRules && { dateRules }),
});

/** The problems of one answer to an item `d` with `rules`, checked on TODAY. */
const problemsWith = (rules: DateRule[], answer: string) => {
  const result = buildAnswerValidator(withItems([date('d', rules)])).validate(
    { d: answer },
    { today: TODAY },
  );
  return result.ok ? [] : result.problems;
};

const messages = (items: FormItem[]) => {
  const result = parseFormDefinition(withItems(items));
  return result.ok ? [] : result.problems.map((problem) => problem.message);
};

describe('date rules relative to today', () => {
  it('not in the past: today passes, yesterday is DATE_IN_PAST', () => {
    const rules: DateRule[] = [{ limit: 'earliest', relativeTo: 'today' }];
    expect(problemsWith(rules, '2026-03-10')).toEqual([]);
    expect(problemsWith(rules, '2026-03-09')).toEqual([
      { path: 'd', code: 'DATE_IN_PAST', params: { earliest: '2026-03-10' } },
    ]);
  });

  it('not in the future: today passes, tomorrow is DATE_IN_FUTURE', () => {
    const rules: DateRule[] = [{ limit: 'latest', relativeTo: 'today' }];
    expect(problemsWith(rules, '2026-03-10')).toEqual([]);
    expect(problemsWith(rules, '2026-03-11')).toEqual([
      { path: 'd', code: 'DATE_IN_FUTURE', params: { latest: '2026-03-10' } },
    ]);
  });

  it('at most 30 days back, counted over a month end: DATE_TOO_FAR_BACK', () => {
    const rules: DateRule[] = [{ limit: 'earliest', relativeTo: 'today', days: -30 }];
    expect(problemsWith(rules, '2026-02-08')).toEqual([]);
    expect(problemsWith(rules, '2026-02-07')).toEqual([
      { path: 'd', code: 'DATE_TOO_FAR_BACK', params: { earliest: '2026-02-08', days: 30 } },
    ]);
  });

  it('at most 90 days ahead: DATE_TOO_FAR_AHEAD', () => {
    const rules: DateRule[] = [{ limit: 'latest', relativeTo: 'today', days: 90 }];
    expect(problemsWith(rules, '2026-06-08')).toEqual([]);
    expect(problemsWith(rules, '2026-06-09')).toEqual([
      { path: 'd', code: 'DATE_TOO_FAR_AHEAD', params: { latest: '2026-06-08', days: 90 } },
    ]);
  });

  it('at the earliest in two days: DATE_TOO_EARLY', () => {
    const rules: DateRule[] = [{ limit: 'earliest', relativeTo: 'today', days: 2 }];
    expect(problemsWith(rules, '2026-03-12')).toEqual([]);
    expect(problemsWith(rules, '2026-03-11')).toEqual([
      { path: 'd', code: 'DATE_TOO_EARLY', params: { earliest: '2026-03-12', days: 2 } },
    ]);
  });

  it('at the latest a week ago: DATE_TOO_LATE', () => {
    const rules: DateRule[] = [{ limit: 'latest', relativeTo: 'today', days: -7 }];
    expect(problemsWith(rules, '2026-03-03')).toEqual([]);
    expect(problemsWith(rules, '2026-03-04')).toEqual([
      { path: 'd', code: 'DATE_TOO_LATE', params: { latest: '2026-03-03', days: 7 } },
    ]);
  });

  it('counts from the today it is given, not from the machine clock', () => {
    const validator = buildAnswerValidator(
      withItems([date('d', [{ limit: 'earliest', relativeTo: 'today' }])]),
    );
    expect(
      validator.validate({ d: '2020-01-01' }, { today: '2020-01-01' as CalendarDate }),
    ).toEqual({ ok: true, value: { d: '2020-01-01' } });
    expect(
      validator.validate({ d: '2020-01-01' }, { today: '2020-01-02' as CalendarDate }).ok,
    ).toBe(false);
  });

  it('reports an impossible date as INVALID_DATE, not against the rules', () => {
    const rules: DateRule[] = [{ limit: 'latest', relativeTo: 'today' }];
    expect(problemsWith(rules, '2026-02-30')).toEqual([{ path: 'd', code: 'INVALID_DATE' }]);
  });

  it('gives the limits for a date input, the narrowest of several', () => {
    const item = date('d', [
      { limit: 'earliest', relativeTo: 'today', days: -30 },
      { limit: 'earliest', relativeTo: 'today', days: -10 },
      { limit: 'latest', relativeTo: 'today', days: 5 },
      { limit: 'earliest', relativeTo: 'answer', question: 'other' },
    ]);
    expect(todayDateLimits(item, TODAY)).toEqual({ earliest: '2026-02-28', latest: '2026-03-15' });
    expect(todayDateLimits(date('d'), TODAY)).toEqual({});
  });
});

describe('date rules relative to another answer', () => {
  const period = [
    date('from'),
    date('to', [{ limit: 'earliest', relativeTo: 'answer', question: 'from' }]),
  ];
  const validate = (answers: unknown, items: FormItem[] = period) => {
    const result = buildAnswerValidator(withItems(items)).validate(answers, { today: TODAY });
    return result.ok ? [] : result.problems;
  };

  it('an end on or after the start passes; before it is DATE_BEFORE_ANSWER', () => {
    expect(validate({ from: '2025-01-01', to: '2025-01-01' })).toEqual([]);
    expect(validate({ from: '2025-01-01', to: '2024-12-31' })).toEqual([
      {
        path: 'to',
        code: 'DATE_BEFORE_ANSWER',
        params: { earliest: '2025-01-01', question: 'from' },
      },
    ]);
  });

  it('holds while the other answer is missing or not a date', () => {
    expect(validate({ to: '2024-12-31' })).toEqual([]);
    expect(validate({ from: '2025-02-30', to: '2024-12-31' })).toEqual([
      { path: 'from', code: 'INVALID_DATE' },
    ]);
  });

  it('at most 14 days after another answer: DATE_AFTER_ANSWER', () => {
    const items = [
      date('start'),
      date('end', [{ limit: 'latest', relativeTo: 'answer', question: 'start', days: 14 }]),
    ];
    expect(validate({ start: '2026-01-25', end: '2026-02-08' }, items)).toEqual([]);
    expect(validate({ start: '2026-01-25', end: '2026-02-09' }, items)).toEqual([
      {
        path: 'end',
        code: 'DATE_AFTER_ANSWER',
        params: { latest: '2026-02-08', question: 'start' },
      },
    ]);
  });

  it('reads the other answer in the same occurrence of a repeating group and in enclosing levels', () => {
    const items: FormItem[] = [
      date('signed'),
      {
        linkId: 'stays',
        type: 'group',
        text: sv('Vistelser'),
        repeats: true,
        maxOccurs: 3,
        items: [
          date('arrived', [{ limit: 'earliest', relativeTo: 'answer', question: 'signed' }]),
          date('left', [{ limit: 'earliest', relativeTo: 'answer', question: 'arrived' }]),
        ],
      },
    ];
    const answers = {
      signed: '2025-01-01',
      stays: [
        { arrived: '2025-02-01', left: '2025-02-05' },
        { arrived: '2024-12-01', left: '2025-01-20' },
        { arrived: '2025-03-01', left: '2025-02-20' },
      ],
    };
    expect(validate(answers, items)).toEqual([
      {
        path: 'stays.1.arrived',
        code: 'DATE_BEFORE_ANSWER',
        params: { earliest: '2025-01-01', question: 'signed' },
      },
      {
        path: 'stays.2.left',
        code: 'DATE_BEFORE_ANSWER',
        params: { earliest: '2025-03-01', question: 'arrived' },
      },
    ]);
  });
});

describe('date rules in the definition schema', () => {
  it('accepts rules naming an earlier date at the same or an enclosing level', () => {
    expect(
      messages([
        date('a'),
        {
          linkId: 'g',
          type: 'group',
          text: sv('G'),
          items: [date('b', [{ limit: 'earliest', relativeTo: 'answer', question: 'a' }])],
        },
      ]),
    ).toEqual([]);
  });

  it('refuses a rule naming an unknown item, a non-date, a later item or one in another group', () => {
    const rule = (question: string): DateRule[] => [
      { limit: 'earliest', relativeTo: 'answer', question },
    ];
    expect(messages([date('a', rule('nothing'))])).toEqual([
      'a date rule names an unknown item "nothing"',
    ]);
    expect(
      messages([{ linkId: 's', type: 'string', text: sv('S') }, date('a', rule('s'))]),
    ).toEqual(['a date rule must name a date item, "s" is not one']);
    expect(messages([date('a', rule('b')), date('b')])).toEqual([
      'a date rule must name an earlier item',
    ]);
    expect(messages([date('a', rule('a'))])).toEqual(['a date rule must name an earlier item']);
    expect(
      messages([
        {
          linkId: 'g',
          type: 'group',
          text: sv('G'),
          repeats: true,
          maxOccurs: 2,
          items: [date('inner')],
        },
        date('a', rule('inner')),
      ]),
    ).toEqual(['a date rule must name an item at the same level or an enclosing one']);
  });

  it('refuses today-limits that leave no date, and offsets beyond ten years', () => {
    expect(
      messages([
        date('a', [
          { limit: 'earliest', relativeTo: 'today', days: 1 },
          { limit: 'latest', relativeTo: 'today' },
        ]),
      ]),
    ).toEqual(['the date rules leave no date that could be answered']);
    expect(
      messages([date('a', [{ limit: 'latest', relativeTo: 'today', days: 3661 }])]),
    ).not.toEqual([]);
    expect(
      messages([date('a', [{ limit: 'latest', relativeTo: 'today', days: 1.5 }])]),
    ).not.toEqual([]);
  });

  it('refuses rules on items other than dates, and unknown rule properties', () => {
    const onText = { linkId: 's', type: 'string', text: sv('S'), dateRules: [] };
    expect(messages([onText as unknown as FormItem])).not.toEqual([]);
    const odd = { limit: 'earliest', relativeTo: 'today', question: 'a' };
    expect(messages([date('a', [odd as unknown as DateRule])])).not.toEqual([]);
  });
});
