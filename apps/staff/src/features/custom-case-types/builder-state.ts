import {
  type DateRule,
  type EnableWhen,
  FORM_ITEM_TYPES,
  type FormItem,
  type FormItemType,
  type TextFormat,
} from '@etj/domain';

/** The item types the builder edits: every type of the domain format. */
export const BUILDER_ITEM_TYPES = FORM_ITEM_TYPES;

/** The types a group's items may have: groups hold simple items only, one level deep. */
export const CHILD_ITEM_TYPES = FORM_ITEM_TYPES.filter(
  (type): type is Exclude<FormItemType, 'group'> => type !== 'group',
);

export type BuilderItemType = FormItemType;

/** One answer option as edited; its code is made by the builder and never shown. */
export type BuilderOption = { code: string; sv: string; en: string };

/** A new group's occurrences, as the administrator first sees them. */
export const NEW_GROUP_OCCURS = { min: 1, max: 10 } as const;

/**
 * One condition of "show this question when": an earlier question, an operator and the value as
 * typed (`exists` keeps `'true'` or `'false'`); `in` keeps its codes in `answers`.
 */
export type BuilderCondition = {
  /** Stable within the item, for React keys and control ids. */
  key: string;
  question: string;
  operator: EnableWhen['operator'];
  answer: string;
  answers: string[];
};

/**
 * One date rule: the earliest or latest date, counted from today or from the answer to an
 * earlier date question (`question`), `days` as typed ('' leaves it out, which means 0).
 */
export type BuilderDateRule = {
  key: string;
  limit: DateRule['limit'];
  relativeTo: DateRule['relativeTo'];
  question: string;
  days: string;
};

/**
 * A per-clinic setting the form declares. `options` holds a selection's choices or the default
 * list of an `options` setting; `chosen` a selection's default codes.
 */
export type BuilderClinicOption = {
  key: string;
  kind: 'flag' | 'selection' | 'options';
  labelSv: string;
  labelEn: string;
  description: string;
  flagDefault: boolean;
  options: BuilderOption[];
  chosen: string[];
};

/** One question as the administrator edits it; numbers as typed. */
export type BuilderItem = {
  linkId: string;
  type: BuilderItemType;
  textSv: string;
  textEn: string;
  hintSv: string;
  hintEn: string;
  /** The design note for administrators (not shown to citizens). */
  description: string;
  /** Left out of the definition when undefined, so a stored `false` stays `false`. */
  required?: boolean;
  maxLength: string;
  /** One-line text only: the answer's format ('' for any text). */
  format: TextFormat | '';
  /** Dates only: limits on the date. */
  dateRules: BuilderDateRule[];
  /** Integers: the smallest and largest answer. */
  minValue: string;
  maxValue: string;
  /** Multiple choice: how many the citizen must and may choose. */
  minSelected: string;
  maxSelected: string;
  options: BuilderOption[];
  /** The key of a clinic option of kind `options` the choices come from; '' for own options. */
  optionsFrom: string;
  /** The clinic option that switches the item on ('' for none) and the selection code it needs. */
  gateOption: string;
  gateIncludes: string;
  conditions: BuilderCondition[];
  /** '' when the definition leaves it out (which means `all`). */
  enableBehavior: '' | 'all' | 'any';
  /** Groups only: whether the citizen can add the group several times, and how often. */
  repeats?: boolean;
  /** '' leaves minOccurs out (which means 0). */
  minOccurs: string;
  maxOccurs: string;
  /** Groups only: the group's items (simple types, one level deep). */
  children: BuilderItem[];
  /** An item the builder cannot edit (a group holding a group): kept unchanged, can be moved or removed. */
  kept?: FormItem;
};

export type BuilderState = {
  nameSv: string;
  nameEn: string;
  /** The form's design note. */
  description: string;
  clinicOptions: BuilderClinicOption[];
  items: BuilderItem[];
};

export const hasOptions = (type: BuilderItemType) => type === 'choice' || type === 'multi-choice';
export const hasMaxLength = (type: BuilderItemType) => type === 'string' || type === 'text';
export const takesAnswer = (type: BuilderItemType) => type !== 'display' && type !== 'group';

/** The fields every item has, empty. */
export const emptyItemFields = {
  textSv: '',
  textEn: '',
  hintSv: '',
  hintEn: '',
  description: '',
  maxLength: '',
  format: '',
  dateRules: [],
  minValue: '',
  maxValue: '',
  minSelected: '',
  maxSelected: '',
  options: [],
  optionsFrom: '',
  gateOption: '',
  gateIncludes: '',
  conditions: [],
  enableBehavior: '',
  minOccurs: String(NEW_GROUP_OCCURS.min),
  maxOccurs: String(NEW_GROUP_OCCURS.max),
  children: [],
} satisfies Omit<BuilderItem, 'linkId' | 'type'>;

/** Every linkId in use, at every level (linkIds are unique across the whole definition). */
export function allLinkIds(items: BuilderItem[]): string[] {
  return items.flatMap((item) => [
    item.linkId,
    ...allLinkIds(item.children),
    ...(item.kept ? linkIdsIn([item.kept]) : []),
  ]);
}

function linkIdsIn(items: FormItem[]): string[] {
  return items.flatMap((item) => [
    item.linkId,
    ...(item.type === 'group' ? linkIdsIn(item.items) : []),
  ]);
}

export function nextId(prefix: string, taken: string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${String(n)}`)) n += 1;
  return `${prefix}${String(n)}`;
}

const twoOptions = (): BuilderOption[] => [
  newOption([]),
  newOption([{ code: 'a1', sv: '', en: '' }]),
];

/** A new, empty question of `type` with a linkId no other item has, at any level of `items`. */
export function newItem(type: BuilderItemType, items: BuilderItem[]): BuilderItem {
  return {
    ...emptyItemFields,
    linkId: nextId('q', allLinkIds(items)),
    type,
    options: hasOptions(type) ? twoOptions() : [],
  };
}

/** A new, empty answer option with a code no other option of the item has. */
export function newOption(options: BuilderOption[]): BuilderOption {
  return {
    code: nextId(
      'a',
      options.map((o) => o.code),
    ),
    sv: '',
    en: '',
  };
}

/** A new condition on `question`, with a key no other condition of the item has. */
export function newCondition(conditions: BuilderCondition[], question: string): BuilderCondition {
  return {
    key: nextId(
      'c',
      conditions.map((c) => c.key),
    ),
    question,
    operator: 'exists',
    answer: 'true',
    answers: [],
  };
}

/** The item moved one step up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(items: T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= items.length) return items;
  const next = [...items];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/** A question changed to another type: what fits the new type is kept, the rest dropped. */
export function changeType(item: BuilderItem, type: BuilderItemType): BuilderItem {
  const { required, ...rest } = item;
  return {
    ...rest,
    ...(takesAnswer(type) && required !== undefined ? { required } : {}),
    type,
    maxLength: hasMaxLength(type) ? item.maxLength : '',
    format: type === 'string' ? item.format : '',
    dateRules: type === 'date' ? item.dateRules : [],
    minValue: type === 'integer' ? item.minValue : '',
    maxValue: type === 'integer' ? item.maxValue : '',
    minSelected: type === 'multi-choice' ? item.minSelected : '',
    maxSelected: type === 'multi-choice' ? item.maxSelected : '',
    optionsFrom: hasOptions(type) ? item.optionsFrom : '',
    options: hasOptions(type) ? (item.options.length > 0 ? item.options : twoOptions()) : [],
  };
}

/**
 * A text the administrator wrote in both languages, as the builder names it on a page in
 * `language`: the English when it is written, else the Swedish ('' when neither is).
 */
export function writtenIn(text: { sv: string; en: string }, language: 'sv' | 'en'): string {
  return (language === 'en' ? text.en.trim() : '') || text.sv.trim();
}

/** An answerable item in document order, with where it sits, for conditions on it. */
export type QuestionRef = {
  linkId: string;
  type: BuilderItemType;
  textSv: string;
  textEn: string;
  /** "2" or "2.1"; null for an item inside a group the builder keeps unchanged. */
  number: string | null;
  /** The linkIds of its enclosing groups, outermost first. */
  groups: string[];
  /** The codes a condition may compare with: own options, or a clinic list's defaults. */
  options: BuilderOption[];
};

/** Every item that takes an answer, in document order, including those in kept groups. */
export function questionRefs(state: Pick<BuilderState, 'items' | 'clinicOptions'>): QuestionRef[] {
  const lists = new Map(
    state.clinicOptions.filter((o) => o.kind === 'options').map((o) => [o.key, o.options]),
  );
  const refs: QuestionRef[] = [];
  const fromKept = (items: FormItem[], groups: string[]) => {
    for (const item of items) {
      if (item.type === 'group') fromKept(item.items, [...groups, item.linkId]);
      else if (item.type !== 'display') {
        const own = 'answerOptions' in item ? item.answerOptions : undefined;
        refs.push({
          linkId: item.linkId,
          type: item.type,
          textSv: item.text.sv,
          textEn: item.text.en ?? '',
          number: null,
          groups,
          options: (own ?? []).map((o) => ({
            code: o.code,
            sv: o.display.sv,
            en: o.display.en ?? '',
          })),
        });
      }
    }
  };
  const walk = (items: BuilderItem[], prefix: string, groups: string[]) => {
    items.forEach((item, index) => {
      const number = `${prefix}${String(index + 1)}`;
      if (item.kept) fromKept([item.kept], groups);
      else if (item.type === 'group') walk(item.children, `${number}.`, [...groups, item.linkId]);
      else if (takesAnswer(item.type)) {
        refs.push({
          linkId: item.linkId,
          type: item.type,
          textSv: item.textSv,
          textEn: item.textEn,
          number,
          groups,
          options: item.optionsFrom === '' ? item.options : (lists.get(item.optionsFrom) ?? []),
        });
      }
    });
  };
  walk(state.items, '', []);
  return refs;
}

/** The linkIds of every item in document order (groups included), to tell earlier from later. */
export function documentOrder(items: BuilderItem[]): string[] {
  const order: string[] = [];
  const walk = (list: BuilderItem[]) => {
    for (const item of list) {
      order.push(item.linkId);
      if (item.kept) order.push(...linkIdsIn([item.kept]).slice(1));
      walk(item.children);
    }
  };
  walk(items);
  return order;
}

/** A new date rule with a key no other rule of the item has: at the earliest today. */
export function newDateRule(rules: BuilderDateRule[]): BuilderDateRule {
  return {
    key: nextId(
      'r',
      rules.map((r) => r.key),
    ),
    limit: 'earliest',
    relativeTo: 'today',
    question: '',
    days: '',
  };
}

/** A new clinic option of `kind` with a key no other clinic option has. */
export function newClinicOption(
  kind: BuilderClinicOption['kind'],
  existing: BuilderClinicOption[],
): BuilderClinicOption {
  return {
    key: nextId(
      'option',
      existing.map((o) => o.key),
    ),
    kind,
    labelSv: '',
    labelEn: '',
    description: '',
    flagDefault: false,
    options: kind === 'flag' ? [] : [newOption([])],
    chosen: [],
  };
}
