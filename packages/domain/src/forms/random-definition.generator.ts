// Test support for the property tests: a random but well-formed definition with leaves of every
// type, groups, clinic-option gates, date rules and enableWhen. Imported through
// answers.generator.ts.
import fc from 'fast-check';
import { FORMATTED, type Gen } from './answer-values.generator.ts';
import {
  FORM_LIMITS,
  type AnswerItem,
  type DateRule,
  type EnableWhen,
  type FormDefinition,
  type FormItem,
  type TextFormat,
} from './form-definition.ts';

const RANDOM_CLINIC_OPTIONS: FormDefinition['clinicOptions'] = [
  { key: 'flagA', kind: 'flag', label: { sv: 'A' }, default: false },
  {
    key: 'questions',
    kind: 'selection',
    label: { sv: 'Frågor' },
    choices: [
      { code: 'q1', display: { sv: '1' } },
      { code: 'q2', display: { sv: '2' } },
    ],
    default: ['q1'],
  },
  {
    key: 'list',
    kind: 'options',
    label: { sv: 'Lista' },
    default: [{ code: 'a1', display: { sv: 'a1' } }],
  },
];

type Earlier = { item: AnswerItem; codes: string[] };

/** Random date rules: limits around today, or an earliest/latest from an earlier date answer. */
function generateDateRules(g: Gen, namable: string[]): DateRule[] | undefined {
  const question = pick(g, namable);
  const shape = g(() => fc.constantFrom('none', 'today', 'today', 'answer'));
  if (shape === 'answer' && question !== undefined) {
    const limit = g(() => fc.constantFrom('earliest' as const, 'latest' as const));
    const days = g(() => fc.integer({ min: 0, max: 30 }));
    return [{ limit, relativeTo: 'answer', question, ...(days !== 0 && { days }) }];
  }
  if (shape === 'none' || shape === 'answer') return undefined;
  const rules: DateRule[] = [];
  const back = g(() => fc.option(fc.integer({ min: -400, max: 0 }), { nil: undefined }));
  const ahead = g(() => fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }));
  if (back !== undefined) rules.push({ limit: 'earliest', relativeTo: 'today', days: back });
  if (ahead !== undefined) rules.push({ limit: 'latest', relativeTo: 'today', days: ahead });
  return rules.length > 0 ? rules : undefined;
}

/** A random but well-formed definition: leaves of every type, groups, gates and enableWhen. */
export function generateDefinition(g: Gen): FormDefinition {
  let next = 0;
  const earlier: Earlier[] = [];
  /** Date items a later rule may name: top level, or in the group being built. */
  const namableDates: { linkId: string; group: string | undefined }[] = [];
  let currentGroup: string | undefined;
  const leaf = (): AnswerItem => {
    const linkId = `i${next++}`;
    const text = { sv: linkId };
    const required = g(fc.boolean);
    const type = g(() =>
      fc.constantFrom('string', 'text', 'boolean', 'choice', 'multi-choice', 'date', 'integer'),
    );
    switch (type) {
      case 'string':
      case 'text': {
        const ceiling = type === 'string' ? FORM_LIMITS.stringMaxLength : FORM_LIMITS.textMaxLength;
        const maxLength = g(() =>
          fc.option(fc.integer({ min: 1, max: ceiling }), { nil: undefined }),
        );
        // Formats only where the longest formatted answer (15 characters) fits.
        const format =
          type === 'string' && (maxLength === undefined || maxLength >= 20)
            ? g(() =>
                fc.option(fc.constantFrom(...(Object.keys(FORMATTED) as TextFormat[])), {
                  nil: undefined,
                }),
              )
            : undefined;
        return {
          linkId,
          text,
          type,
          required,
          ...(maxLength ? { maxLength } : {}),
          ...(format && { format }),
        };
      }
      case 'boolean':
        return { linkId, text, type, required };
      case 'date': {
        const namable = namableDates
          .filter((date) => date.group === undefined || date.group === currentGroup)
          .map((date) => date.linkId);
        const dateRules = generateDateRules(g, namable);
        if (!dateRules?.some((rule) => rule.relativeTo === 'answer')) {
          namableDates.push({ linkId, group: currentGroup });
        }
        return { linkId, text, type, required, ...(dateRules && { dateRules }) };
      }
      case 'integer': {
        const min = g(() => fc.integer({ min: -100, max: 100 }));
        return { linkId, text, type, required, minValue: min, maxValue: min + g(() => fc.nat(50)) };
      }
      case 'choice':
      case 'multi-choice': {
        const fromClinic = g(fc.boolean);
        const count = g(() => fc.integer({ min: 1, max: 4 }));
        const answerOptions = Array.from({ length: count }, (_, i) => ({
          code: `c${i}`,
          display: { sv: `c${i}` },
        }));
        return fromClinic
          ? { linkId, text, type, required, answerOptionsFrom: { clinicOption: 'list' } }
          : { linkId, text, type, required, answerOptions };
      }
    }
  };
  const condition = (): EnableWhen | undefined => {
    const target = pick(g, earlier);
    if (!target) return undefined;
    const question = target.item.linkId;
    if (target.item.type === 'boolean') {
      return {
        question,
        operator: g(() => fc.constantFrom('=' as const, '!=' as const)),
        answer: g(fc.boolean),
      };
    }
    if (target.codes.length > 0 && g(fc.boolean)) {
      const chosen = g(() => fc.subarray(target.codes, { minLength: 1 }));
      return chosen.length === 1 && g(fc.boolean)
        ? { question, operator: '=', answer: chosen[0] as string }
        : { question, operator: 'in', answer: chosen };
    }
    return { question, operator: 'exists', answer: g(fc.boolean) };
  };
  const decorate = <T extends FormItem>(item: T): T => {
    const decorated: T = { ...item };
    const gate = g(() => fc.constantFrom('none', 'none', 'flag', 'selection'));
    if (gate === 'flag') decorated.clinicOption = { option: 'flagA' };
    if (gate === 'selection') decorated.clinicOption = { option: 'questions', includes: 'q2' };
    const conditions = Array.from(
      { length: g(() => fc.integer({ min: 0, max: 2 })) },
      condition,
    ).filter((c): c is EnableWhen => c !== undefined);
    if (conditions.length > 0) {
      decorated.enableWhen = conditions;
      decorated.enableBehavior = g(() => fc.constantFrom('all' as const, 'any' as const));
    }
    return decorated;
  };
  const remember = (item: AnswerItem) => {
    const codes =
      (item.type === 'choice' || item.type === 'multi-choice') && item.answerOptions
        ? item.answerOptions.map((option) => option.code)
        : [];
    if (
      item.type === 'boolean' ||
      item.type === 'choice' ||
      item.type === 'multi-choice' ||
      item.type === 'string'
    ) {
      earlier.push({ item, codes });
    }
  };
  const leaves = (count: number): FormItem[] =>
    Array.from({ length: count }, () => {
      const item = decorate(leaf());
      remember(item);
      return item;
    });
  const items: FormItem[] = [];
  for (let i = g(() => fc.integer({ min: 1, max: 6 })); i > 0; i--) {
    const kind = g(() => fc.constantFrom('leaf', 'leaf', 'leaf', 'repeating', 'group', 'display'));
    if (kind === 'leaf') items.push(...leaves(1));
    else if (kind === 'display')
      items.push({ linkId: `i${next++}`, type: 'display', text: { sv: 'Info' } });
    else {
      const linkId = `i${next++}`;
      const minOccurs = g(() => fc.integer({ min: 0, max: 2 }));
      const maxOccurs = minOccurs + g(() => fc.integer({ min: 1, max: 3 }));
      const shape = kind === 'repeating' ? { repeats: true, minOccurs, maxOccurs } : {};
      const group = decorate({
        linkId,
        type: 'group',
        text: { sv: linkId },
        ...shape,
        items: [] as FormItem[],
      });
      currentGroup = linkId;
      group.items = leaves(g(() => fc.integer({ min: 1, max: 3 })));
      currentGroup = undefined;
      items.push(group);
    }
  }
  return {
    formatVersion: 1,
    key: 'random',
    version: 1,
    title: { sv: 'Slump' },
    clinicOptions: RANDOM_CLINIC_OPTIONS,
    items,
  };
}

function pick<T>(g: Gen, list: T[]): T | undefined {
  return list.length === 0 ? undefined : g(() => fc.constantFrom(...list));
}
