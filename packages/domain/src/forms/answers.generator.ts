// Test support for the property tests: builds valid answers straight from a definition, with
// its own reading of enableWhen, so the validator is never its own oracle. The values per item
// kind come from answer-values.generator.ts, random definitions from
// random-definition.generator.ts; this module is the one the tests import. Not exported.
import fc from 'fast-check';
import type { CalendarDate } from '../calendar/calendar-date.ts';
import { dateWindow, generateValue, type Gen } from './answer-values.generator.ts';
import type { ClinicOptions, ClinicOptionValue } from './clinic-options.ts';
import {
  FORM_LIMITS,
  type EnableWhen,
  type FormAnswers,
  type FormDefinition,
  type FormItem,
} from './form-definition.ts';

export { codesOf, dateWindow, generateValue, type DateWindow } from './answer-values.generator.ts';
export { generateDefinition } from './random-definition.generator.ts';

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
