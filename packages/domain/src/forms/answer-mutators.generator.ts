// Test support for the property tests: rule-breaking changes to valid answers, each with the one
// problem (code and path) the validator must report, worked out by hand from the definition.
import fc from 'fast-check';
import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date.ts';
import { codesOf, generateValue, type Generated, type ItemFact } from './answers.generator.ts';
import type { ClinicOptions } from './clinic-options.ts';
import {
  FORM_LIMITS,
  type DateItem,
  type FormAnswers,
  type FormDefinition,
  type FormItem,
} from './form-definition.ts';
import type { FormProblem } from './form-problems.ts';

type Path = (string | number)[];
type Node = Record<string | number, unknown>;

function at(answers: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? (node as Node)[key] : undefined),
    answers,
  );
}

function edit(
  answers: FormAnswers,
  path: Path,
  change: (parent: Node, key: string | number) => void,
) {
  const copy = structuredClone(answers);
  const parent = at(copy, path.slice(0, -1)) as Node;
  change(parent, path[path.length - 1] as string | number);
  return copy;
}

const dotted = (path: Path) => path.join('.');

/** linkIds some enableWhen looks at: changing them could switch other items. */
function referenced(definition: FormDefinition): Set<string> {
  const names = new Set<string>();
  const walk = (items: FormItem[]) => {
    for (const item of items) {
      for (const condition of item.enableWhen ?? []) names.add(condition.question);
      if (item.type === 'group') walk(item.items);
    }
  };
  walk(definition.items);
  return names;
}

/** linkIds some date rule names: changing them could break other items' rules. */
function namedByDateRules(definition: FormDefinition): Set<string> {
  const names = new Set<string>();
  const walk = (items: FormItem[]) => {
    for (const item of items) {
      if (item.type === 'date') {
        for (const rule of item.dateRules ?? []) {
          if (rule.relativeTo === 'answer') names.add(rule.question);
        }
      }
      if (item.type === 'group') walk(item.items);
    }
  };
  walk(definition.items);
  return names;
}

/** The answer to `question` in the object at `container` or an enclosing one. */
function answerNear(answers: FormAnswers, container: Path, question: string): unknown {
  for (let depth = container.length; depth >= 0; depth--) {
    const found = at(answers, [...container.slice(0, depth), question]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The problem a date gets from the first of `item`'s rules it breaks, worked out by hand. */
function expectedDateProblem(
  item: DateItem,
  date: CalendarDate,
  today: CalendarDate,
  reference: (question: string) => unknown,
): Omit<FormProblem, 'path'> | undefined {
  for (const rule of item.dateRules ?? []) {
    const from = rule.relativeTo === 'today' ? today : reference(rule.question);
    if (typeof from !== 'string') continue;
    const days = rule.days ?? 0;
    const limit = addDays(from as CalendarDate, days);
    const early = compareDates(date, limit) < 0;
    const late = compareDates(date, limit) > 0;
    if (rule.limit === 'earliest' && early) {
      if (rule.relativeTo === 'answer') {
        return { code: 'DATE_BEFORE_ANSWER', params: { earliest: limit, question: rule.question } };
      }
      if (days === 0) return { code: 'DATE_IN_PAST', params: { earliest: limit } };
      return days < 0
        ? { code: 'DATE_TOO_FAR_BACK', params: { earliest: limit, days: -days } }
        : { code: 'DATE_TOO_EARLY', params: { earliest: limit, days } };
    }
    if (rule.limit === 'latest' && late) {
      if (rule.relativeTo === 'answer') {
        return { code: 'DATE_AFTER_ANSWER', params: { latest: limit, question: rule.question } };
      }
      if (days === 0) return { code: 'DATE_IN_FUTURE', params: { latest: limit } };
      return days > 0
        ? { code: 'DATE_TOO_FAR_AHEAD', params: { latest: limit, days } }
        : { code: 'DATE_TOO_LATE', params: { latest: limit, days: -days } };
    }
  }
  return undefined;
}

export type Case = { options: ClinicOptions; generated: Generated; today: CalendarDate };
export type Mutation = { answers: FormAnswers; expected: FormProblem } | undefined;

/** One rule-breaking change to valid answers, chosen among the items where it applies. */
export type Mutator = (g: fc.GeneratorValue, c: Case, definition: FormDefinition) => Mutation;

const pick = <T>(g: fc.GeneratorValue, list: T[]): T | undefined =>
  list.length === 0 ? undefined : g(() => fc.constantFrom(...list));

const containerExists = (answers: FormAnswers, fact: ItemFact) =>
  fact.container.length === 0 || typeof at(answers, fact.container) === 'object';

export const mutators: Record<string, Mutator> = {
  'drop a required answer': (g, { generated }, definition) => {
    const refs = referenced(definition);
    const fact = pick(
      g,
      generated.facts.filter(
        (f) =>
          f.enabled &&
          f.item.type !== 'group' &&
          f.item.required === true &&
          !refs.has(f.item.linkId) &&
          at(generated.answers, f.path) !== undefined,
      ),
    );
    if (!fact) return undefined;
    return {
      answers: edit(generated.answers, fact.path, (parent, key) => {
        Reflect.deleteProperty(parent, key);
      }),
      expected: { path: dotted(fact.path), code: 'REQUIRED' },
    };
  },
  'exceed max length': (g, { generated }, definition) => {
    const refs = referenced(definition);
    const fact = pick(
      g,
      generated.facts.filter(
        (f) =>
          f.enabled &&
          (f.item.type === 'string' || f.item.type === 'text') &&
          !refs.has(f.item.linkId) &&
          containerExists(generated.answers, f),
      ),
    );
    if (!fact || (fact.item.type !== 'string' && fact.item.type !== 'text')) return undefined;
    const max =
      fact.item.maxLength ??
      (fact.item.type === 'string' ? FORM_LIMITS.stringMaxLength : FORM_LIMITS.textMaxLength);
    return {
      answers: edit(generated.answers, fact.path, (parent, key) => {
        parent[key] = 'x'.repeat(max + 1);
      }),
      expected: { path: dotted(fact.path), code: 'TOO_LONG', params: { max } },
    };
  },
  'add an unknown field': (g, { generated }) => {
    const containers: Path[] = [
      [],
      ...generated.facts
        .filter((f) => f.item.type === 'group' && typeof at(generated.answers, f.path) === 'object')
        .flatMap((f) => {
          const value = at(generated.answers, f.path);
          return Array.isArray(value) ? value.map((_, i) => [...f.path, i]) : [f.path];
        }),
    ];
    const container = pick(g, containers) ?? [];
    const path = [...container, 'unknownField'];
    return {
      answers: edit(generated.answers, path, (parent, key) => {
        parent[key] = g(() => fc.oneof(fc.string(), fc.integer(), fc.boolean()));
      }),
      expected: { path: dotted(path), code: 'UNKNOWN_FIELD' },
    };
  },
  'add an occurrence beyond maxOccurs': (g, { generated }) => {
    const fact = pick(
      g,
      generated.facts.filter(
        (f) =>
          f.item.type === 'group' &&
          f.item.repeats === true &&
          Array.isArray(at(generated.answers, f.path)),
      ),
    );
    if (fact?.item.type !== 'group') return undefined;
    const max = fact.item.maxOccurs ?? FORM_LIMITS.maxOccurs;
    return {
      answers: edit(generated.answers, fact.path, (parent, key) => {
        const list = parent[key] as FormAnswers[];
        while (list.length <= max) list.push(structuredClone(list[list.length - 1] as FormAnswers));
      }),
      expected: { path: dotted(fact.path), code: 'TOO_MANY', params: { max } },
    };
  },
  'pick a non-option': (g, { generated }, definition) => {
    const refs = referenced(definition);
    const fact = pick(
      g,
      generated.facts.filter(
        (f) =>
          f.enabled &&
          (f.item.type === 'choice' || f.item.type === 'multi-choice') &&
          !refs.has(f.item.linkId) &&
          containerExists(generated.answers, f),
      ),
    );
    if (!fact) return undefined;
    const current = at(generated.answers, fact.path);
    if (fact.item.type === 'multi-choice') {
      const list = Array.isArray(current) ? (current as string[]) : [];
      return {
        answers: edit(generated.answers, fact.path, (parent, key) => {
          parent[key] = [...list, 'not-an-option'];
        }),
        expected: { path: dotted([...fact.path, list.length]), code: 'NOT_AN_OPTION' },
      };
    }
    return {
      answers: edit(generated.answers, fact.path, (parent, key) => {
        parent[key] = 'not-an-option';
      }),
      expected: { path: dotted(fact.path), code: 'NOT_AN_OPTION' },
    };
  },
  'move a date past one of its rules': (g, { generated, today }, definition) => {
    const refs = referenced(definition);
    const named = namedByDateRules(definition);
    const fact = pick(
      g,
      generated.facts.filter(
        (f) =>
          f.enabled &&
          f.item.type === 'date' &&
          (f.item.dateRules ?? []).length > 0 &&
          !refs.has(f.item.linkId) &&
          !named.has(f.item.linkId) &&
          containerExists(generated.answers, f),
      ),
    );
    if (fact?.item.type !== 'date') return undefined;
    const item = fact.item;
    const reference = (question: string) => answerNear(generated.answers, fact.container, question);
    const rule = pick(
      g,
      (item.dateRules ?? []).filter(
        (r) => r.relativeTo === 'today' || typeof reference(r.question) === 'string',
      ),
    );
    if (!rule) return undefined;
    const from = (rule.relativeTo === 'today' ? today : reference(rule.question)) as CalendarDate;
    const limit = addDays(from, rule.days ?? 0);
    const outside = addDays(limit, rule.limit === 'earliest' ? -1 : 1);
    const problem = expectedDateProblem(item, outside, today, reference);
    if (!problem) throw new Error(`${outside} breaks no rule of ${item.linkId}`);
    return {
      answers: edit(generated.answers, fact.path, (parent, key) => {
        parent[key] = outside;
      }),
      expected: { path: dotted(fact.path), ...problem },
    };
  },
  'write a formatted answer that is not of its format': (g, { generated }, definition) => {
    const refs = referenced(definition);
    const fact = pick(
      g,
      generated.facts.filter(
        (f) =>
          f.enabled &&
          f.item.type === 'string' &&
          f.item.format !== undefined &&
          !refs.has(f.item.linkId) &&
          containerExists(generated.answers, f),
      ),
    );
    if (fact?.item.type !== 'string' || fact.item.format === undefined) return undefined;
    const wrong = {
      phone: ['070', '12345', '+46 70 123'],
      personnummer: ['19121212-1213', '1912121212', '19121312-1212'],
      'postal-code': ['1234', '012 34', '123 456'],
      'street-address': ['Box 123', 'Postbox 12', 'PL 1234'],
    }[fact.item.format];
    const code = {
      phone: 'INVALID_PHONE',
      personnummer: 'INVALID_PERSONNUMMER',
      'postal-code': 'INVALID_POSTAL_CODE',
      'street-address': 'BOX_ADDRESS',
    }[fact.item.format] as FormProblem['code'];
    const value = g(() => fc.constantFrom(...wrong));
    return {
      answers: edit(generated.answers, fact.path, (parent, key) => {
        parent[key] = value;
      }),
      expected: { path: dotted(fact.path), code },
    };
  },
  'answer a disabled item': (g, { generated, options }) => {
    const fact = pick(
      g,
      generated.facts.filter(
        (f) =>
          !f.enabled &&
          f.item.type !== 'group' &&
          containerExists(generated.answers, f) &&
          (codesOf(f.item, options).length > 0 ||
            (f.item.type !== 'choice' && f.item.type !== 'multi-choice')),
      ),
    );
    if (!fact || fact.item.type === 'group') return undefined;
    const value = generateValue(g, fact.item, options);
    return {
      answers: edit(generated.answers, fact.path, (parent, key) => {
        parent[key] = value;
      }),
      expected: { path: dotted(fact.path), code: 'NOT_ENABLED' },
    };
  },
};
