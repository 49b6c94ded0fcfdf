import { describe, expect, it } from 'vitest';
import type { FormDefinition, FormItem } from './form-definition.ts';
import { parseFormDefinition } from './form-definition.schema.ts';
import { localize } from './localized-text.ts';

const sv = (text: string) => ({ sv: text });

const withItems = (items: FormItem[], extra: Partial<FormDefinition> = {}): FormDefinition => ({
  formatVersion: 1,
  key: 'test',
  version: 1,
  title: sv('Test'),
  clinicOptions: [],
  items,
  ...extra,
});

const messages = (raw: unknown) => {
  const result = parseFormDefinition(raw);
  return result.ok ? [] : result.problems.map((problem) => problem.message);
};

describe('parseFormDefinition', () => {
  it('accepts a small definition', () => {
    expect(
      parseFormDefinition(withItems([{ linkId: 'a', type: 'string', text: sv('A') }])).ok,
    ).toBe(true);
  });

  it('refuses an unknown format version and unknown properties', () => {
    expect(parseFormDefinition({ ...withItems([]), formatVersion: 2 }).ok).toBe(false);
    const item = { linkId: 'a', type: 'string', text: sv('A'), colour: 'red' };
    expect(parseFormDefinition(withItems([item as FormItem])).ok).toBe(false);
  });

  it('refuses duplicate linkIds, also across groups', () => {
    const items: FormItem[] = [
      { linkId: 'a', type: 'string', text: sv('A') },
      {
        linkId: 'g',
        type: 'group',
        text: sv('G'),
        items: [{ linkId: 'a', type: 'date', text: sv('A') }],
      },
    ];
    expect(messages(withItems(items))).toContain('duplicate linkId');
  });

  it('refuses enableWhen on an unknown, later or unanswerable item', () => {
    const later: FormItem[] = [
      {
        linkId: 'a',
        type: 'string',
        text: sv('A'),
        enableWhen: [{ question: 'b', operator: 'exists', answer: true }],
      },
      { linkId: 'b', type: 'boolean', text: sv('B') },
    ];
    expect(messages(withItems(later))).toContain('enableWhen must name an earlier item');
    const unknown: FormItem[] = [
      {
        linkId: 'a',
        type: 'string',
        text: sv('A'),
        enableWhen: [{ question: 'zz', operator: 'exists', answer: true }],
      },
    ];
    expect(messages(withItems(unknown))).toEqual(['enableWhen names an unknown item "zz"']);
  });

  it('refuses an enableWhen answer of the wrong type and "in" on a non-choice', () => {
    const items: FormItem[] = [
      { linkId: 'a', type: 'boolean', text: sv('A') },
      {
        linkId: 'b',
        type: 'string',
        text: sv('B'),
        enableWhen: [{ question: 'a', operator: '=', answer: 'yes' }],
      },
      {
        linkId: 'c',
        type: 'string',
        text: sv('C'),
        enableWhen: [{ question: 'a', operator: 'in', answer: ['x'] }],
      },
    ];
    expect(messages(withItems(items))).toEqual([
      'enableWhen answer does not fit the type of "a"',
      '"in" applies to choices only',
    ]);
  });

  it('refuses a maxLength above the global limit', () => {
    const items: FormItem[] = [{ linkId: 'a', type: 'string', text: sv('A'), maxLength: 201 }];
    expect(messages(withItems(items))).toEqual(['maxLength is above the global 200']);
  });

  it('needs maxOccurs on a repeating group and exactly one option source on a choice', () => {
    const items: FormItem[] = [
      {
        linkId: 'g',
        type: 'group',
        text: sv('G'),
        repeats: true,
        items: [{ linkId: 'a', type: 'string', text: sv('A') }],
      },
      { linkId: 'c', type: 'choice', text: sv('C') },
    ];
    expect(messages(withItems(items))).toEqual([
      'a repeating group needs maxOccurs',
      'a choice needs exactly one of answerOptions and answerOptionsFrom',
    ]);
  });

  it('refuses a clinic-option gate on an undeclared option', () => {
    const items: FormItem[] = [
      { linkId: 'a', type: 'string', text: sv('A'), clinicOption: { option: 'nope' } },
    ];
    expect(messages(withItems(items))).toEqual([
      'clinicOption must name a declared flag or selection option',
    ]);
  });
});

describe('localize', () => {
  it('falls back to Swedish when there is no English', () => {
    expect(localize({ sv: 'Hej' }, 'en')).toBe('Hej');
    expect(localize({ sv: 'Hej', en: 'Hello' }, 'en')).toBe('Hello');
    expect(localize({ sv: 'Hej', en: 'Hello' }, 'sv')).toBe('Hej');
  });
});
