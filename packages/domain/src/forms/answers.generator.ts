// Test support for the property tests: builds valid answers straight from a definition, with
// its own reading of enableWhen, so the validator is never its own oracle. Not exported.
import fc from 'fast-check';
import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date.ts';
import type { ClinicOptions, ClinicOptionValue } from './clinic-options.ts';
import {
  FORM_LIMITS,
  type AnswerItem,
  type AnswerOption,
  type AnswerValue,
  type DateItem,
  type DateRule,
  type EnableWhen,
  type FormAnswers,
  type FormDefinition,
  type FormItem,
  type TextFormat,
} from './form-definition.ts';

type Gen = fc.GeneratorValue;

/** One answerable item as the generator met it, in one concrete place. */
export type ItemFact = {
  item: Exclude<FormItem, { type: 'display' }>;
  /** Path segments of the item's answer. */
  path: (string | number)[];
  /** Path segments of the object holding the answer (root, an occurrence, a group object). */
  container: (string | number)[];
  enabled: boolean;
};

export type Generated = { answers: FormAnswers; facts: ItemFact[] };

const ALPHABET = Array.from('abcdefghijklmnopqrstuvwxyzåäöÅÄÖ0123456789 -,.:');

/** Random clinic options fitting the definition's declarations. */
export function generateClinicOptions(g: Gen, definition: FormDefinition): ClinicOptions {
  const options: Record<string, ClinicOptionValue> = {};
  for (const declaration of definition.clinicOptions) {
    switch (declaration.kind) {
      case 'flag':
        options[declaration.key] = g(fc.boolean);
        break;
      case 'selection':
        options[declaration.key] = g(() =>
          fc.subarray(declaration.choices.map((choice) => choice.code)),
        );
        break;
      case 'options':
        options[declaration.key] = g(() =>
          fc
            .uniqueArray(fc.constantFrom('a1', 'b2', 'c3', 'd4', 'e5', 'f6'), {
              minLength: 1,
              maxLength: 6,
            })
            .map((codes) => codes.map((code) => ({ code, display: { sv: code } }))),
        );
        break;
    }
  }
  return options;
}

/** The codes a choice item offers under these clinic options. */
export function codesOf(item: FormItem, options: ClinicOptions): string[] {
  if (item.type !== 'choice' && item.type !== 'multi-choice') return [];
  const list =
    item.answerOptions ??
    ((options[item.answerOptionsFrom?.clinicOption ?? ''] ?? []) as AnswerOption[]);
  return list.map((option) => option.code);
}

/** Every value stored under `key` anywhere below `node`, lists flattened. */
function deepFind(node: unknown, key: string): unknown[] {
  if (Array.isArray(node))
    return (node as unknown[]).flatMap((entry: unknown) => deepFind(entry, key));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([name, value]): unknown[] => {
    if (name !== key) return deepFind(value, key);
    return Array.isArray(value) ? (value as unknown[]) : [value];
  });
}

/** One enclosing answers object and the linkIds its items define (at any depth). */
type Context = { answers: FormAnswers; defines: ReadonlySet<string> };

function linkIdsUnder(items: FormItem[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    ids.add(item.linkId);
    if (item.type === 'group') for (const id of linkIdsUnder(item.items)) ids.add(id);
  }
  return ids;
}

/** The nearest enclosing answers object whose items define the question decides. */
function conditionHolds(condition: EnableWhen, contexts: Context[]): boolean {
  const context = [...contexts].reverse().find((c) => c.defines.has(condition.question));
  const found = context ? deepFind(context.answers, condition.question) : [];
  if (condition.operator === 'exists') return found.length > 0 === condition.answer;
  if (condition.operator === 'in') return found.some((v) => condition.answer.includes(v as string));
  if (condition.operator === '=') return found.some((v) => v === condition.answer);
  return found.some((v) => v !== condition.answer);
}

function enabled(item: FormItem, options: ClinicOptions, contexts: Context[]): boolean {
  if (item.clinicOption) {
    const value = options[item.clinicOption.option];
    const { includes } = item.clinicOption;
    if (includes === undefined ? value !== true : !(value as string[]).includes(includes)) {
      return false;
    }
  }
  const conditions = item.enableWhen ?? [];
  const results = conditions.map((condition) => conditionHolds(condition, contexts));
  return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}

/** The range random dates come from; answers stay a year inside it so offsets never leave it. */
const FIRST_DATE = '1900-01-01' as CalendarDate;
const LAST_DATE = '2100-12-31' as CalendarDate;

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
const FORMATTED: Record<TextFormat, string[]> = {
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

function generateLevel(
  g: Gen,
  items: FormItem[],
  options: ClinicOptions,
  contexts: Context[],
  container: (string | number)[],
  facts: ItemFact[],
  today: CalendarDate,
): FormAnswers {
  const answers: FormAnswers = {};
  const here = [...contexts, { answers, defines: linkIdsUnder(items) }];
  for (const item of items) {
    if (item.type === 'display') continue;
    const path = [...container, item.linkId];
    const on = enabled(item, options, here);
    facts.push({ item, path, container, enabled: on });
    if (!on) continue;
    if (item.type === 'group') {
      if (item.repeats) {
        const count = g(() =>
          fc.integer({ min: item.minOccurs ?? 0, max: item.maxOccurs ?? FORM_LIMITS.maxOccurs }),
        );
        const occurrences = Array.from({ length: count }, (_, i) =>
          generateLevel(g, item.items, options, here, [...path, i], facts, today),
        );
        if (occurrences.length > 0) answers[item.linkId] = occurrences;
      } else {
        const inner = generateLevel(g, item.items, options, here, path, facts, today);
        if (Object.keys(inner).length > 0) answers[item.linkId] = inner;
      }
      continue;
    }
    if (item.required === true || g(fc.boolean)) {
      const window =
        item.type === 'date'
          ? dateWindow(item, today, (question) => {
              const context = [...here].reverse().find((c) => c.defines.has(question));
              return context ? deepFind(context.answers, question)[0] : undefined;
            })
          : undefined;
      answers[item.linkId] = generateValue(g, item, options, window);
    }
  }
  return answers;
}

/** Valid answers to `definition` under `options` on `today`, and where each item sits. */
export function generateAnswers(
  g: Gen,
  definition: FormDefinition,
  options: ClinicOptions,
  today: CalendarDate,
): Generated {
  const facts: ItemFact[] = [];
  const answers = generateLevel(g, definition.items, options, [], [], facts, today);
  return { answers, facts };
}

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
