// Test support: random form definitions that are valid per the schema and use every attribute
// the format has, for round-trip tests of editors (load, change nothing, save, compare). Texts
// are trimmed and non-empty, as an editor saves them. Imported by tests only, through the
// package's `./forms/definition.generator` subpath; nothing in production imports it.
import fc from 'fast-check';
import {
  FORM_FORMAT_VERSION,
  FORM_LIMITS,
  MAX_DATE_RULE_DAYS,
  TEXT_FORMATS,
  type AnswerItem,
  type AnswerOption,
  type ClinicOptionDeclaration,
  type DateRule,
  type EnableWhen,
  type FormDefinition,
  type FormItem,
  type GroupItem,
} from './form-definition.ts';
import type { LocalizedText } from './localized-text.ts';

type Gen = fc.GeneratorValue;

const WORDS = ['Hur', 'mår', 'du', 'Vilka', 'läkemedel', 'Åre', 'öga', 'x1', 'dag-2', 'ÄR?'];

const phrase = (g: Gen): string =>
  g(() => fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })).join(' ');

const maybe = <T>(g: Gen, make: () => T): T | undefined => (g(fc.boolean) ? make() : undefined);

const localized = (g: Gen): LocalizedText => {
  const en = maybe(g, () => phrase(g));
  return en === undefined ? { sv: phrase(g) } : { sv: phrase(g), en };
};

/** `{ key: value }` when the value is there, `{}` when not, so no key holds `undefined`. */
const opt = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

const answerOptions = (g: Gen, prefix: string): AnswerOption[] => {
  const count = g(() => fc.integer({ min: 1, max: 4 }));
  return Array.from({ length: count }, (_, i) => ({
    code: `${prefix}${String(i + 1)}`,
    display: localized(g),
  }));
};

function clinicOptions(g: Gen): ClinicOptionDeclaration[] {
  const count = g(() => fc.integer({ min: 0, max: 3 }));
  return Array.from({ length: count }, (_, i): ClinicOptionDeclaration => {
    const key = `opt${String(i + 1)}`;
    const label = localized(g);
    const description = opt(
      'description',
      maybe(g, () => phrase(g)),
    );
    const kind = g(() =>
      fc.constantFrom('flag' as const, 'selection' as const, 'options' as const),
    );
    switch (kind) {
      case 'flag':
        return { key, kind, label, ...description, default: g(fc.boolean) };
      case 'selection': {
        const choices = answerOptions(g, 's');
        const codes = choices.map((choice) => choice.code);
        return { key, kind, label, ...description, choices, default: g(() => fc.subarray(codes)) };
      }
      case 'options':
        return { key, kind, label, ...description, default: answerOptions(g, 'o') };
    }
  });
}

/**
 * An answerable item met earlier in document order, the codes a condition may name and the
 * linkIds of its enclosing groups (a date rule may name an earlier date at its level or above).
 */
type Earlier = { item: AnswerItem; codes: string[]; groups: string[] };

const ruleDays = (g: Gen, min: number, max: number): number | undefined =>
  maybe(g, () => g(() => fc.integer({ min, max })));

/** Date rules fitting the schema: today-limits that leave a date open, earlier dates above. */
function dateRules(g: Gen, dates: Earlier[]): DateRule[] | undefined {
  const rules: DateRule[] = [];
  const earliest = g(fc.boolean) ? ruleDays(g, -MAX_DATE_RULE_DAYS, 400) : null;
  if (earliest !== null)
    rules.push({ limit: 'earliest', relativeTo: 'today', ...opt('days', earliest) });
  if (g(fc.boolean)) {
    // Left out means 0, which would close the range above an earliest limit after today.
    const floor = earliest === null ? -MAX_DATE_RULE_DAYS : (earliest ?? 0);
    const latest =
      floor > 0
        ? g(() => fc.integer({ min: floor, max: MAX_DATE_RULE_DAYS }))
        : ruleDays(g, floor, MAX_DATE_RULE_DAYS);
    rules.push({ limit: 'latest', relativeTo: 'today', ...opt('days', latest) });
  }
  const answers = dates.length > 0 ? g(() => fc.integer({ min: 0, max: 2 })) : 0;
  for (let i = 0; i < answers; i++) {
    rules.push({
      limit: g(() => fc.constantFrom('earliest' as const, 'latest' as const)),
      relativeTo: 'answer',
      question: g(() => fc.constantFrom(...dates)).item.linkId,
      ...opt('days', ruleDays(g, -60, 60)),
    });
  }
  return rules.length > 0
    ? g(() => fc.shuffledSubarray(rules, { minLength: rules.length }))
    : undefined;
}

function condition(g: Gen, target: Earlier): EnableWhen {
  const question = target.item.linkId;
  const { type } = target.item;
  const operators: EnableWhen['operator'][] =
    type === 'choice' || type === 'multi-choice'
      ? ['exists', '=', '!=', 'in']
      : ['exists', '=', '!='];
  const operator = g(() => fc.constantFrom(...operators));
  const code = () => (target.codes.length > 0 ? g(() => fc.constantFrom(...target.codes)) : 'x1');
  switch (operator) {
    case 'exists':
      return { question, operator, answer: g(fc.boolean) };
    case 'in':
      return {
        question,
        operator,
        answer:
          target.codes.length > 0 ? g(() => fc.subarray(target.codes, { minLength: 1 })) : ['x1'],
      };
    case '=':
    case '!=': {
      const answer =
        type === 'boolean'
          ? g(fc.boolean)
          : type === 'integer'
            ? g(() => fc.integer({ min: -50, max: 50 }))
            : type === 'date'
              ? g(() => fc.constantFrom('2026-01-31', '2027-12-01'))
              : type === 'choice' || type === 'multi-choice'
                ? code()
                : phrase(g);
      return { question, operator, answer };
    }
  }
}

function leaf(
  g: Gen,
  linkId: string,
  declared: ClinicOptionDeclaration[],
  dates: Earlier[],
): AnswerItem {
  const text = localized(g);
  const required = opt(
    'required',
    g(() => fc.constantFrom(undefined, true, false)),
  );
  const type = g(() =>
    fc.constantFrom(
      'string' as const,
      'text' as const,
      'boolean' as const,
      'choice' as const,
      'multi-choice' as const,
      'date' as const,
      'integer' as const,
    ),
  );
  switch (type) {
    case 'string':
    case 'text': {
      const ceiling = type === 'string' ? FORM_LIMITS.stringMaxLength : FORM_LIMITS.textMaxLength;
      const maxLength = maybe(g, () => g(() => fc.integer({ min: 1, max: ceiling })));
      const format =
        type === 'string' ? maybe(g, () => g(() => fc.constantFrom(...TEXT_FORMATS))) : undefined;
      return {
        linkId,
        text,
        type,
        ...required,
        ...opt('maxLength', maxLength),
        ...opt('format', format),
      };
    }
    case 'boolean':
      return { linkId, text, type, ...required };
    case 'date':
      return { linkId, text, type, ...required, ...opt('dateRules', dateRules(g, dates)) };
    case 'integer': {
      const minValue = maybe(g, () => g(() => fc.integer({ min: -1000, max: 1000 })));
      const maxValue = maybe(g, () => (minValue ?? 0) + g(() => fc.nat(500)));
      return {
        linkId,
        text,
        type,
        ...required,
        ...opt('minValue', minValue),
        ...opt('maxValue', maxValue),
      };
    }
    case 'choice':
    case 'multi-choice': {
      const lists = declared.filter((option) => option.kind === 'options');
      const source =
        lists.length > 0 && g(fc.boolean)
          ? { answerOptionsFrom: { clinicOption: g(() => fc.constantFrom(...lists)).key } }
          : { answerOptions: answerOptions(g, 'a') };
      if (type === 'choice') return { linkId, text, type, ...required, ...source };
      const minSelected = maybe(g, () => g(() => fc.integer({ min: 0, max: 3 })));
      const maxSelected = maybe(g, () => Math.max(1, minSelected ?? 0) + g(() => fc.nat(3)));
      return {
        linkId,
        text,
        type,
        ...required,
        ...source,
        ...opt('minSelected', minSelected),
        ...opt('maxSelected', maxSelected),
      };
    }
  }
}

/** A random definition valid per `formDefinitionSchema`, using every attribute of the format. */
export function generateFormDefinition(g: Gen): FormDefinition {
  const declared = clinicOptions(g);
  const gates = declared.flatMap((option) =>
    option.kind === 'flag'
      ? [{ option: option.key }]
      : option.kind === 'selection'
        ? option.choices.map((choice) => ({ option: option.key, includes: choice.code }))
        : [],
  );
  const lists = new Map(
    declared.flatMap((option) =>
      option.kind === 'options' ? [[option.key, option.default.map((o) => o.code)] as const] : [],
    ),
  );
  let next = 0;
  const earlier: Earlier[] = [];
  const linkId = () => `i${String(++next)}`;
  /** The linkIds of the groups being filled, outermost first. */
  const groups: string[] = [];

  /** Shared attributes: help text, design note, clinic-option gate and conditions. */
  const decorate = <T extends FormItem>(item: T): T => {
    const hint = maybe(g, () => localized(g));
    const description = maybe(g, () => phrase(g));
    const gate = gates.length > 0 && g(fc.boolean) ? g(() => fc.constantFrom(...gates)) : undefined;
    const conditions =
      earlier.length > 0 && g(fc.boolean)
        ? Array.from({ length: g(() => fc.integer({ min: 1, max: 3 })) }, () =>
            condition(
              g,
              g(() => fc.constantFrom(...earlier)),
            ),
          )
        : undefined;
    const behavior = conditions
      ? g(() => fc.constantFrom(undefined, 'all' as const, 'any' as const))
      : undefined;
    return {
      ...item,
      ...opt('hint', hint),
      ...opt('description', description),
      ...opt('clinicOption', gate),
      ...opt('enableWhen', conditions),
      ...opt('enableBehavior', behavior),
    };
  };
  const answerable = (): AnswerItem => {
    const dates = earlier.filter(
      (e) => e.item.type === 'date' && e.groups.every((group, i) => groups[i] === group),
    );
    const item = decorate(leaf(g, linkId(), declared, dates));
    const codes =
      item.type !== 'choice' && item.type !== 'multi-choice'
        ? []
        : item.answerOptions
          ? item.answerOptions.map((o) => o.code)
          : (lists.get(item.answerOptionsFrom?.clinicOption ?? '') ?? []);
    earlier.push({ item, codes, groups: [...groups] });
    return item;
  };
  const display = (): FormItem =>
    decorate({ linkId: linkId(), type: 'display', text: localized(g) });
  const group = (depth: number): GroupItem => {
    const shape = g(() => fc.constantFrom('plain', 'stated', 'repeating'));
    const minOccurs = maybe(g, () => g(() => fc.integer({ min: 0, max: 3 })));
    const occurs =
      shape === 'repeating'
        ? {
            repeats: true,
            ...opt('minOccurs', minOccurs),
            maxOccurs: Math.min(
              FORM_LIMITS.maxOccurs,
              Math.max(1, minOccurs ?? 0) + g(() => fc.nat(5)),
            ),
          }
        : shape === 'stated'
          ? { repeats: false }
          : {};
    const head = decorate({
      linkId: linkId(),
      type: 'group' as const,
      text: localized(g),
      ...occurs,
      items: [] as FormItem[],
    });
    const count = g(() => fc.integer({ min: 1, max: 3 }));
    groups.push(head.linkId);
    head.items = Array.from({ length: count }, () => member(depth + 1));
    groups.pop();
    return head;
  };
  function member(depth: number): FormItem {
    const kinds = depth < 2 ? ['leaf', 'leaf', 'leaf', 'display', 'group'] : ['leaf', 'display'];
    const kind = g(() => fc.constantFrom(...kinds));
    return kind === 'leaf' ? answerable() : kind === 'display' ? display() : group(depth);
  }

  const count = g(() => fc.integer({ min: 1, max: 6 }));
  const items = Array.from({ length: count }, () => member(0));
  return {
    formatVersion: FORM_FORMAT_VERSION,
    key: 'slumpad-e-tjanst',
    version: g(() => fc.integer({ min: 1, max: 9 })),
    title: localized(g),
    ...opt(
      'description',
      maybe(g, () => phrase(g)),
    ),
    clinicOptions: declared,
    items,
  };
}

/** Random valid definitions (see `generateFormDefinition`). */
export const formDefinitionArbitrary: fc.Arbitrary<FormDefinition> = fc
  .gen()
  .map((g) => generateFormDefinition(g));

/**
 * Runs `check` on random valid definitions and throws on the first that fails, with its seed.
 * No shrinking: a recorded generator shrinks too slowly to be worth it, so `check` should say
 * where the definition went wrong. For packages that do not depend on fast-check themselves.
 */
export function checkEveryDefinition(
  check: (definition: FormDefinition) => void,
  runs = 200,
): void {
  fc.assert(fc.property(formDefinitionArbitrary, check), { numRuns: runs, endOnFailure: true });
}
