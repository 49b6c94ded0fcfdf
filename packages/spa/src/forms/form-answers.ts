import {
  type FormDefinition,
  type FormItem,
  type FormProblem,
  type GroupItem,
  type Lang,
  localize,
} from '@etj/domain';

/** The answers as the form holds them while the citizen types (integers stay text until saved). */
export type Answers = Record<string, unknown>;

/** A path into the answers: linkIds and occurrence indexes, `medicines.0.name`. */
export type AnswerPath = string;

const isRecord = (value: unknown): value is Answers =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const join = (path: AnswerPath, key: string | number): AnswerPath =>
  path === '' ? String(key) : `${path}.${key}`;

/** The value at `path`, or undefined. */
export function answerAt(answers: Answers, path: AnswerPath): unknown {
  let value: unknown = answers;
  for (const key of path.split('.')) {
    if (Array.isArray(value)) value = (value as unknown[])[Number(key)];
    else if (isRecord(value)) value = value[key];
    else return undefined;
  }
  return value;
}

/** A copy of `answers` with `value` at `path` (undefined removes it); missing levels are created. */
export function withAnswer(answers: Answers, path: AnswerPath, value: unknown): Answers {
  const [head = '', ...rest] = path.split('.');
  const put = (container: unknown, keys: string[], next: unknown): unknown => {
    const [key = '', ...more] = keys;
    if (Array.isArray(container)) {
      const copy = [...(container as unknown[])];
      copy[Number(key)] = more.length === 0 ? next : put(copy[Number(key)], more, next);
      return copy;
    }
    const record = isRecord(container) ? { ...container } : {};
    const value = more.length === 0 ? next : put(record[key], more, next);
    if (value === undefined) Reflect.deleteProperty(record, key);
    else record[key] = value;
    return record;
  };
  return put(answers, [head, ...rest], value) as Answers;
}

/** Repeating groups padded to their minimum occurrences, so their fields show from the start. */
export function withMinimumOccurrences(items: FormItem[], answers: Answers): Answers {
  const result: Answers = { ...answers };
  for (const item of items) {
    if (item.type !== 'group') continue;
    const value = result[item.linkId];
    if (item.repeats) {
      const list = Array.isArray(value) ? (value as unknown[]) : [];
      const padded = [...list];
      while (padded.length < (item.minOccurs ?? 0)) padded.push({});
      result[item.linkId] = padded.map((occurrence) =>
        withMinimumOccurrences(item.items, isRecord(occurrence) ? occurrence : {}),
      );
    } else if (isRecord(value) || value === undefined) {
      result[item.linkId] = withMinimumOccurrences(item.items, isRecord(value) ? value : {});
    }
  }
  return result;
}

/**
 * The answers without those to items that are switched off (by enableWhen or a clinic option),
 * so a change of mind never leaves a hidden answer behind to be refused as NOT_ENABLED.
 */
export function withoutDisabled(
  items: FormItem[],
  answers: Answers,
  enabled: ReadonlySet<string>,
  path: AnswerPath = '',
): Answers {
  const result: Answers = {};
  for (const item of items) {
    if (item.type === 'display') continue;
    const at = join(path, item.linkId);
    const value = answers[item.linkId];
    if (!enabled.has(at) || value === undefined) continue;
    if (item.type === 'group' && item.repeats && Array.isArray(value)) {
      result[item.linkId] = (value as unknown[]).map((occurrence, i) =>
        withoutDisabled(item.items, isRecord(occurrence) ? occurrence : {}, enabled, join(at, i)),
      );
    } else if (item.type === 'group' && isRecord(value)) {
      result[item.linkId] = withoutDisabled(item.items, value, enabled, at);
    } else {
      result[item.linkId] = value;
    }
  }
  return result;
}

/** The id of the control for the answer at `path` (also the error summary's link target). */
export function fieldId(path: AnswerPath): string {
  return `q-${path.replace(/\./g, '-')}`;
}

/** A field the citizen can fix: its path and the words that name it in the error summary. */
export type FieldRef = {
  path: AnswerPath;
  item: FormItem;
  occurrences: { group: GroupItem; index: number }[];
};

/**
 * The field a problem path points at (`answers.` prefix allowed): multi-choice entries point at
 * their item, problems under a group occurrence at the field inside it. Null when no field fits.
 */
export function fieldOf(definition: FormDefinition, problemPath: string): FieldRef | null {
  const keys = problemPath.replace(/^answers\.?/, '').split('.');
  let items = definition.items;
  const path: string[] = [];
  const occurrences: FieldRef['occurrences'] = [];
  while (keys.length > 0) {
    const key = keys.shift() ?? '';
    const item = items.find((candidate) => candidate.linkId === key);
    if (!item) return null;
    path.push(key);
    if (item.type !== 'group' || keys.length === 0)
      return { path: path.join('.'), item, occurrences };
    if (item.repeats) {
      const index = Number(keys.shift());
      if (!Number.isInteger(index)) return { path: path.join('.'), item, occurrences };
      path.push(String(index));
      occurrences.push({ group: item, index });
      if (keys.length === 0) return { path: path.join('.'), item, occurrences };
    }
    items = item.items;
  }
  return null;
}

/** One problem per field, keyed by field path, in form order as the validator walks it. */
export function problemsByField(
  definition: FormDefinition,
  problems: readonly FormProblem[],
): Map<AnswerPath, { field: FieldRef; problem: FormProblem }> {
  const byField = new Map<AnswerPath, { field: FieldRef; problem: FormProblem }>();
  for (const problem of problems) {
    const field = fieldOf(definition, problem.path);
    if (field && !byField.has(field.path)) byField.set(field.path, { field, problem });
  }
  return byField;
}

/** The field's name for the error summary, e.g. "Läkemedlets namn (Läkemedel 2)". */
export function fieldName(
  field: FieldRef,
  lang: Lang,
  occurrenceName: (group: string, number: number) => string,
): { label: string; occurrence: string | null } {
  const last = field.occurrences.at(-1);
  const label = localize(field.item.text, lang);
  if (!last || last.group === field.item) return { label, occurrence: null };
  return { label, occurrence: occurrenceName(localize(last.group.text, lang), last.index + 1) };
}
