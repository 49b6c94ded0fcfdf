import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/calendar-date.ts';
import { buildAnswerValidator } from './answer-validator.ts';
import type { FormDefinition } from './form-definition.ts';

const TODAY = '2026-03-10' as CalendarDate;

const sv = (text: string) => ({ sv: text });

const definition: FormDefinition = {
  formatVersion: 1,
  key: 'test-form',
  version: 1,
  title: sv('Test'),
  clinicOptions: [
    { key: 'extraField', kind: 'flag', label: sv('Extra'), default: false },
    {
      key: 'kinds',
      kind: 'options',
      label: sv('Sorter'),
      default: [{ code: 'a', display: sv('A') }],
    },
    {
      key: 'questions',
      kind: 'selection',
      label: sv('Frågor'),
      choices: [
        { code: 'fever', display: sv('Feber') },
        { code: 'pain', display: sv('Smärta') },
      ],
      default: ['fever'],
    },
  ],
  items: [
    { linkId: 'intro', type: 'display', text: sv('Info') },
    { linkId: 'reason', type: 'text', text: sv('Orsak'), required: true },
    { linkId: 'short', type: 'string', text: sv('Kort'), maxLength: 10 },
    { linkId: 'extra', type: 'string', text: sv('Extra'), clinicOption: { option: 'extraField' } },
    {
      linkId: 'kind',
      type: 'choice',
      text: sv('Sort'),
      answerOptionsFrom: { clinicOption: 'kinds' },
    },
    {
      linkId: 'fever',
      type: 'boolean',
      text: sv('Feber?'),
      clinicOption: { option: 'questions', includes: 'fever' },
    },
    {
      linkId: 'pain',
      type: 'boolean',
      text: sv('Smärta?'),
      clinicOption: { option: 'questions', includes: 'pain' },
    },
    {
      linkId: 'renewal',
      type: 'choice',
      text: sv('Ny eller förnyelse'),
      required: true,
      answerOptions: [
        { code: 'new', display: sv('Nytt') },
        { code: 'renewal', display: sv('Förnyelse') },
      ],
    },
    {
      linkId: 'issuer',
      type: 'string',
      text: sv('Utfärdare'),
      required: true,
      enableWhen: [{ question: 'renewal', operator: '=', answer: 'renewal' }],
    },
    { linkId: 'validUntil', type: 'date', text: sv('Gäller till') },
    { linkId: 'count', type: 'integer', text: sv('Antal'), minValue: 1, maxValue: 5 },
    {
      linkId: 'items',
      type: 'group',
      text: sv('Rader'),
      repeats: true,
      minOccurs: 1,
      maxOccurs: 2,
      items: [
        { linkId: 'name', type: 'string', text: sv('Namn'), required: true },
        {
          linkId: 'category',
          type: 'choice',
          text: sv('Kategori'),
          answerOptions: [
            { code: 'x', display: sv('X') },
            { code: 'y', display: sv('Y') },
          ],
        },
        {
          linkId: 'size',
          type: 'string',
          text: sv('Storlek'),
          enableWhen: [{ question: 'category', operator: '=', answer: 'y' }],
        },
      ],
    },
    {
      linkId: 'delivery',
      type: 'group',
      text: sv('Leverans'),
      enableWhen: [{ question: 'category', operator: 'in', answer: ['y'] }],
      items: [{ linkId: 'address', type: 'string', text: sv('Adress'), required: true }],
    },
    {
      linkId: 'symptoms',
      type: 'multi-choice',
      text: sv('Symtom'),
      maxSelected: 2,
      answerOptions: [
        { code: 's1', display: sv('1') },
        { code: 's2', display: sv('2') },
        { code: 's3', display: sv('3') },
      ],
    },
  ],
};

const valid = { reason: 'Ont', renewal: 'new', items: [{ name: 'Plåster' }] };

const problemsOf = (answers: unknown, options = {}) => {
  const result = buildAnswerValidator(definition, options).validate(answers, { today: TODAY });
  return result.ok ? [] : result.problems;
};

describe('buildAnswerValidator', () => {
  it('accepts minimal valid answers and trims text', () => {
    const result = buildAnswerValidator(definition).validate(
      { ...valid, reason: '  Ont  ' },
      { today: TODAY },
    );
    expect(result).toEqual({ ok: true, value: valid });
  });

  it('treats blank text and null as no answer', () => {
    expect(problemsOf({ ...valid, reason: '   ' })).toEqual([{ path: 'reason', code: 'REQUIRED' }]);
    expect(problemsOf({ ...valid, short: null, validUntil: '' })).toEqual([]);
  });

  it('refuses an unknown field, at root and inside a group occurrence', () => {
    expect(problemsOf({ ...valid, hack: 'x', items: [{ name: 'a', other: 1 }] })).toEqual([
      { path: 'items.0.other', code: 'UNKNOWN_FIELD' },
      { path: 'hack', code: 'UNKNOWN_FIELD' },
    ]);
  });

  it('refuses text over the item maximum with the maximum as parameter', () => {
    expect(problemsOf({ ...valid, short: 'x'.repeat(11) })).toEqual([
      { path: 'short', code: 'TOO_LONG', params: { max: 10 } },
    ]);
  });

  it('refuses long text over the global 4000 characters', () => {
    expect(problemsOf({ ...valid, reason: 'x'.repeat(4001) })).toEqual([
      { path: 'reason', code: 'TOO_LONG', params: { max: 4000 } },
    ]);
    expect(problemsOf({ ...valid, reason: 'x'.repeat(4000) })).toEqual([]);
  });

  it('refuses an answer to an item the clinic has switched off', () => {
    expect(problemsOf({ ...valid, extra: 'x' })).toEqual([{ path: 'extra', code: 'NOT_ENABLED' }]);
    expect(problemsOf({ ...valid, extra: 'x' }, { extraField: true })).toEqual([]);
  });

  it('asks only the ready-made questions the clinic selected', () => {
    expect(problemsOf({ ...valid, fever: true })).toEqual([]);
    expect(problemsOf({ ...valid, pain: false })).toEqual([{ path: 'pain', code: 'NOT_ENABLED' }]);
    expect(problemsOf({ ...valid, pain: false }, { questions: ['pain'] })).toEqual([]);
  });

  it('takes a choice list from the clinic options', () => {
    expect(problemsOf({ ...valid, kind: 'a' })).toEqual([]);
    expect(problemsOf({ ...valid, kind: 'b' })).toEqual([{ path: 'kind', code: 'NOT_AN_OPTION' }]);
    const kinds = [{ code: 'b', display: sv('B') }];
    expect(problemsOf({ ...valid, kind: 'b' }, { kinds })).toEqual([]);
  });

  it('requires an item once its enableWhen holds, and refuses it otherwise', () => {
    expect(problemsOf({ ...valid, renewal: 'renewal' })).toEqual([
      { path: 'issuer', code: 'REQUIRED' },
    ]);
    expect(problemsOf({ ...valid, issuer: 'Dr X' })).toEqual([
      { path: 'issuer', code: 'NOT_ENABLED' },
    ]);
  });

  it('enables items by an answer in the same group occurrence', () => {
    const items = [{ name: 'a', category: 'x', size: 'M' }];
    expect(problemsOf({ ...valid, items })).toEqual([
      { path: 'items.0.size', code: 'NOT_ENABLED' },
    ]);
  });

  it('enables a later group when any occurrence of a repeating group matches', () => {
    const items = [
      { name: 'a', category: 'x' },
      { name: 'b', category: 'y' },
    ];
    expect(problemsOf({ ...valid, items })).toEqual([
      { path: 'delivery.address', code: 'REQUIRED' },
    ]);
    expect(problemsOf({ ...valid, delivery: { address: 'Gatan 1' } })).toEqual([
      { path: 'delivery', code: 'NOT_ENABLED' },
    ]);
  });

  it('counts group occurrences', () => {
    expect(problemsOf({ ...valid, items: [] })).toEqual([
      { path: 'items', code: 'TOO_FEW', params: { min: 1 } },
    ]);
    const three = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];
    expect(problemsOf({ ...valid, items: three })).toEqual([
      { path: 'items', code: 'TOO_MANY', params: { max: 2 } },
    ]);
  });

  it('checks dates, integers and types', () => {
    expect(problemsOf({ ...valid, validUntil: '2023-02-29', count: 2.5, renewal: 3 })).toEqual([
      { path: 'renewal', code: 'WRONG_TYPE' },
      { path: 'validUntil', code: 'INVALID_DATE' },
      { path: 'count', code: 'NOT_AN_INTEGER' },
    ]);
    expect(problemsOf({ ...valid, count: 6 })).toEqual([
      { path: 'count', code: 'TOO_LARGE', params: { max: 5 } },
    ]);
    expect(problemsOf({ ...valid, count: 'abc' })).toEqual([
      { path: 'count', code: 'NOT_AN_INTEGER' },
    ]);
    const result = buildAnswerValidator(definition).validate(
      { ...valid, count: ' 3 ' },
      { today: TODAY },
    );
    expect(result.ok && result.value.count).toBe(3);
  });

  it('checks each chosen option of a multiple choice', () => {
    expect(problemsOf({ ...valid, symptoms: ['s1', 'zz', 's1'] })).toEqual([
      { path: 'symptoms.1', code: 'NOT_AN_OPTION' },
      { path: 'symptoms.2', code: 'DUPLICATE_OPTION' },
    ]);
    expect(problemsOf({ ...valid, symptoms: ['s1', 's2', 's3'] })).toEqual([
      { path: 'symptoms', code: 'TOO_MANY', params: { max: 2 } },
    ]);
  });

  it('refuses answers that are not an object, and inherited keys do not count', () => {
    expect(problemsOf(null)).toEqual([{ path: '', code: 'WRONG_TYPE' }]);
    expect(problemsOf([])).toEqual([{ path: '', code: 'WRONG_TYPE' }]);
    expect(problemsOf({ ...valid, items: [{ name: 'a' }, 'b'] })).toEqual([
      { path: 'items.1', code: 'WRONG_TYPE' },
    ]);
  });

  it('lists the enabled paths for the SPA', () => {
    const paths = buildAnswerValidator(definition).enabledPaths({
      ...valid,
      items: [{ name: 'a', category: 'y' }],
    });
    expect(paths.has('items.0.size')).toBe(true);
    expect(paths.has('delivery.address')).toBe(true);
    expect(paths.has('issuer')).toBe(false);
    expect(paths.has('extra')).toBe(false);
  });

  it('throws on clinic options that do not fit the definition', () => {
    expect(() => buildAnswerValidator(definition, { extraField: ['yes'] })).toThrow();
    expect(() => buildAnswerValidator(definition, { unknown: true })).toThrow();
    expect(() => buildAnswerValidator(definition, { questions: ['cough'] })).toThrow();
  });
});
