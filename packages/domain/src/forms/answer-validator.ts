import { parseCalendarDate, type CalendarDate } from '../calendar/calendar-date.ts';
import { clinicOptionsSchema, type ClinicOptions } from './clinic-options.ts';
import {
  FORM_LIMITS,
  type AnswerItem,
  type AnswerOption,
  type AnswerValue,
  type EnableWhen,
  type FormAnswers,
  type FormDefinition,
  type FormItem,
  type GroupItem,
} from './form-definition.ts';
import { formDefinitionSchema } from './form-definition.schema.ts';
import { brokenDateRule, type AnswerContext } from './date-rules.ts';
import { formatText } from './text-formats.ts';
import type { FormProblem } from './form-problems.ts';

export type AnswerValidation =
  { ok: true; value: FormAnswers } | { ok: false; problems: FormProblem[] };

export type AnswerValidator = {
  /**
   * Checks a whole answers object on the Stockholm calendar date `context.today` (date rules
   * relative to today count from it); on success `value` is the answers with text trimmed and
   * empty answers left out.
   */
  validate: (answers: unknown, context: AnswerContext) => AnswerValidation;
  /** Paths of the items enabled by these answers (for the SPA to show), e.g. `aids.0.size`. */
  enabledPaths: (answers: unknown) => ReadonlySet<string>;
  /** The options of a choice item as this clinic offers them. */
  optionsFor: (linkId: string) => AnswerOption[];
  /** The clinic options in force, defaults filled in. */
  clinicOptions: ClinicOptions;
};

type Values = Record<string, AnswerValue>;

/** One level being walked: the enclosing groups' linkIds and the answers accepted so far. */
type Scope = { groups: readonly string[]; values: Values; parent: Scope | undefined };

type Walk = { problems: FormProblem[]; enabled: Set<string>; today: CalendarDate | undefined };

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/** No answer: missing, null, blank text, an empty list, or an object of such. */
function isAbsent(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.length === 0;
  if (isRecord(raw)) return Object.values(raw).every(isAbsent);
  return false;
}

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

function ownValue(raw: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(raw, key) ? raw[key] : undefined;
}

/**
 * Builds the validator of answers to `definition` at a clinic with `clinicOptions` (missing keys
 * take the defaults); throws when the definition or the options are malformed.
 */
export function buildAnswerValidator(
  definition: FormDefinition,
  clinicOptions: ClinicOptions = {},
): AnswerValidator {
  const checked = formDefinitionSchema.safeParse(definition);
  if (!checked.success) {
    throw new Error(`Malformed form definition ${definition.key}: ${checked.error.message}`);
  }
  const parsedOptions = clinicOptionsSchema(definition).safeParse(clinicOptions);
  if (!parsedOptions.success) {
    throw new Error(
      `Clinic options do not fit ${definition.key}: ${parsedOptions.error.issues
        .map((issue) => issue.path.join('.'))
        .join(', ')}`,
    );
  }
  const options = parsedOptions.data;

  const groupsOf = new Map<string, readonly string[]>();
  const itemsByLinkId = new Map<string, FormItem>();
  const index = (items: FormItem[], groups: readonly string[]) => {
    for (const item of items) {
      groupsOf.set(item.linkId, groups);
      itemsByLinkId.set(item.linkId, item);
      if (item.type === 'group') index(item.items, [...groups, item.linkId]);
    }
  };
  index(definition.items, []);

  const optionsFor = (linkId: string): AnswerOption[] => {
    const item = itemsByLinkId.get(linkId);
    if (item?.type !== 'choice' && item?.type !== 'multi-choice') return [];
    if (item.answerOptions) return item.answerOptions;
    const from = item.answerOptionsFrom?.clinicOption;
    return from === undefined ? [] : ((options[from] as AnswerOption[] | undefined) ?? []);
  };

  /** The answers to `question` reachable from `scope`: its own level or, across repeats, any occurrence. */
  const answersTo = (question: string, scope: Scope): unknown[] => {
    const target = groupsOf.get(question) ?? [];
    let level: Scope | undefined = scope;
    while (level && !level.groups.every((linkId, i) => target[i] === linkId)) level = level.parent;
    if (!level) return [];
    const listOf = (value: unknown): unknown[] =>
      value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value];
    let containers: unknown[] = [level.values];
    for (const group of target.slice(level.groups.length)) {
      containers = containers.flatMap((container) =>
        listOf(isRecord(container) ? container[group] : undefined),
      );
    }
    return containers.flatMap((container) =>
      listOf(isRecord(container) ? container[question] : undefined),
    );
  };

  const holds = (condition: EnableWhen, scope: Scope): boolean => {
    const answers = answersTo(condition.question, scope);
    switch (condition.operator) {
      case 'exists':
        return answers.length > 0 === condition.answer;
      case '=':
        return answers.some((answer) => answer === condition.answer);
      case '!=':
        return answers.some((answer) => answer !== condition.answer);
      case 'in':
        return answers.some((answer) => condition.answer.includes(String(answer)));
    }
  };

  const isEnabled = (item: FormItem, scope: Scope): boolean => {
    const gate = item.clinicOption;
    if (gate) {
      const value = options[gate.option];
      const on =
        gate.includes === undefined
          ? value === true
          : Array.isArray(value) && (value as unknown[]).includes(gate.includes);
      if (!on) return false;
    }
    const conditions = item.enableWhen ?? [];
    if (conditions.length === 0) return true;
    return item.enableBehavior === 'any'
      ? conditions.some((condition) => holds(condition, scope))
      : conditions.every((condition) => holds(condition, scope));
  };

  /** The valid answer of the date item `question`, at this level or an enclosing one. */
  const dateAnswer = (question: string, scope: Scope): CalendarDate | undefined => {
    const [answer] = answersTo(question, scope);
    return typeof answer === 'string' ? parseCalendarDate(answer) : undefined;
  };

  const leaf = (
    item: AnswerItem,
    raw: unknown,
    path: string,
    scope: Scope,
    walk: Walk,
  ): AnswerValue | null => {
    const problem = (code: FormProblem['code'], params?: FormProblem['params'], at = path) => {
      walk.problems.push(params ? { path: at, code, params } : { path: at, code });
      return null;
    };
    switch (item.type) {
      case 'string':
      case 'text': {
        if (typeof raw !== 'string') return problem('WRONG_TYPE');
        const text = raw.trim();
        const ceiling =
          item.type === 'string' ? FORM_LIMITS.stringMaxLength : FORM_LIMITS.textMaxLength;
        const max = Math.min(item.maxLength ?? ceiling, ceiling);
        if (text.length > max) return problem('TOO_LONG', { max });
        if (item.type !== 'string' || item.format === undefined) return text;
        const formatted = formatText(item.format, text, walk.today);
        return formatted.ok ? formatted.value : problem(formatted.code);
      }
      case 'boolean':
        return typeof raw === 'boolean' ? raw : problem('WRONG_TYPE');
      case 'date': {
        if (typeof raw !== 'string') return problem('WRONG_TYPE');
        const date = parseCalendarDate(raw.trim());
        if (date === undefined) return problem('INVALID_DATE');
        const broken = brokenDateRule(item, date, walk.today, (q) => dateAnswer(q, scope));
        return broken ? problem(broken.code, broken.params) : date;
      }
      case 'integer': {
        let number: number;
        if (typeof raw === 'number') number = raw;
        else if (typeof raw === 'string' && /^[+-]?\d{1,15}$/.test(raw.trim()))
          number = Number(raw.trim());
        else if (typeof raw === 'string') return problem('NOT_AN_INTEGER');
        else return problem('WRONG_TYPE');
        if (!Number.isSafeInteger(number)) return problem('NOT_AN_INTEGER');
        if (item.minValue !== undefined && number < item.minValue)
          return problem('TOO_SMALL', { min: item.minValue });
        if (item.maxValue !== undefined && number > item.maxValue)
          return problem('TOO_LARGE', { max: item.maxValue });
        return number;
      }
      case 'choice': {
        if (typeof raw !== 'string') return problem('WRONG_TYPE');
        const code = raw.trim();
        return optionsFor(item.linkId).some((option) => option.code === code)
          ? code
          : problem('NOT_AN_OPTION');
      }
      case 'multi-choice': {
        if (!Array.isArray(raw)) return problem('WRONG_TYPE');
        const codes = new Set(optionsFor(item.linkId).map((option) => option.code));
        const chosen: string[] = [];
        const before = walk.problems.length;
        for (const [i, entry] of (raw as unknown[]).entries()) {
          const at = join(path, i);
          if (typeof entry !== 'string') problem('WRONG_TYPE', undefined, at);
          else if (!codes.has(entry)) problem('NOT_AN_OPTION', undefined, at);
          else if (chosen.includes(entry)) problem('DUPLICATE_OPTION', undefined, at);
          else chosen.push(entry);
        }
        if (walk.problems.length > before) return null;
        if (item.minSelected !== undefined && chosen.length < item.minSelected)
          return problem('TOO_FEW', { min: item.minSelected });
        if (item.maxSelected !== undefined && chosen.length > item.maxSelected)
          return problem('TOO_MANY', { max: item.maxSelected });
        return chosen;
      }
    }
  };

  const group = (item: GroupItem, raw: unknown, path: string, scope: Scope, walk: Walk) => {
    const groups = [...scope.groups, item.linkId];
    if (!item.repeats) {
      if (raw !== undefined && raw !== null && !isRecord(raw)) {
        walk.problems.push({ path, code: 'WRONG_TYPE' });
        return undefined;
      }
      const values = level(
        item.items,
        raw ?? {},
        path,
        { groups, values: {}, parent: scope },
        walk,
      );
      return values && Object.keys(values).length > 0 ? values : undefined;
    }
    const list = raw === null ? [] : (raw ?? []);
    if (!Array.isArray(list)) {
      walk.problems.push({ path, code: 'WRONG_TYPE' });
      return undefined;
    }
    const { minOccurs = 0, maxOccurs = FORM_LIMITS.maxOccurs } = item;
    if (list.length < minOccurs)
      walk.problems.push({ path, code: 'TOO_FEW', params: { min: minOccurs } });
    if (list.length > maxOccurs)
      walk.problems.push({ path, code: 'TOO_MANY', params: { max: maxOccurs } });
    const occurrences: FormAnswers[] = [];
    list.forEach((occurrence: unknown, i) => {
      const at = join(path, i);
      if (!isRecord(occurrence)) {
        walk.problems.push({ path: at, code: 'WRONG_TYPE' });
        return;
      }
      const values = level(item.items, occurrence, at, { groups, values: {}, parent: scope }, walk);
      if (values) occurrences.push(values);
    });
    return occurrences.length > 0 ? occurrences : undefined;
  };

  /** Walks one answers object (the root, or one group occurrence); `scope.values` fills as it goes. */
  const level = (
    items: FormItem[],
    raw: unknown,
    path: string,
    scope: Scope,
    walk: Walk,
  ): FormAnswers | undefined => {
    if (!isRecord(raw)) {
      walk.problems.push({ path, code: 'WRONG_TYPE' });
      return undefined;
    }
    const known = new Set(items.filter((item) => item.type !== 'display').map((i) => i.linkId));
    for (const item of items) {
      if (item.type === 'display') continue;
      const at = join(path, item.linkId);
      const given = ownValue(raw, item.linkId);
      const absent = isAbsent(given);
      if (!isEnabled(item, scope)) {
        if (!absent) walk.problems.push({ path: at, code: 'NOT_ENABLED' });
        continue;
      }
      walk.enabled.add(at);
      if (item.type === 'group') {
        const value = group(item, given, at, scope, walk);
        if (value !== undefined) scope.values[item.linkId] = value;
        continue;
      }
      if (absent) {
        if (item.required) walk.problems.push({ path: at, code: 'REQUIRED' });
        continue;
      }
      const value = leaf(item, given, at, scope, walk);
      if (value !== null) scope.values[item.linkId] = value;
    }
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) walk.problems.push({ path: join(path, key), code: 'UNKNOWN_FIELD' });
    }
    return scope.values;
  };

  const run = (answers: unknown, today: CalendarDate | undefined) => {
    const walk: Walk = { problems: [], enabled: new Set(), today };
    const value = level(
      definition.items,
      answers,
      '',
      { groups: [], values: {}, parent: undefined },
      walk,
    );
    return { walk, value: value ?? {} };
  };

  return {
    validate: (answers, context) => {
      const { walk, value } = run(answers, context.today);
      return walk.problems.length > 0
        ? { ok: false, problems: walk.problems }
        : { ok: true, value };
    },
    enabledPaths: (answers) => run(answers, undefined).walk.enabled,
    optionsFor,
    clinicOptions: options,
  };
}
