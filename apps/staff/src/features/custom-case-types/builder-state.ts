import {
  FORM_FORMAT_VERSION,
  FORM_ITEM_TYPES,
  FORM_LIMITS,
  type FormItem,
  type FormItemType,
  type LocalizedText,
  parseFormDefinition,
} from '@etj/domain';
import { type AdminFieldCode, type AdminFieldProblem } from '../admin/admin-field-problems.ts';

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

/** One question as the administrator edits it; numbers as typed. */
export type BuilderItem = {
  linkId: string;
  type: BuilderItemType;
  textSv: string;
  textEn: string;
  hintSv: string;
  hintEn: string;
  required: boolean;
  maxLength: string;
  options: BuilderOption[];
  /** Groups only: whether the citizen can add the group several times, and how often. */
  repeats: boolean;
  minOccurs: string;
  maxOccurs: string;
  /** Groups only: the group's items (simple types, one level deep). */
  children: BuilderItem[];
  /** An item the builder cannot edit (a group holding a group): kept unchanged, can be moved or removed. */
  kept?: FormItem;
};

export type BuilderState = { nameSv: string; nameEn: string; items: BuilderItem[] };

const isChildType = (type: string) => CHILD_ITEM_TYPES.some((known) => known === type);

const hasOptions = (type: BuilderItemType) => type === 'choice' || type === 'multi-choice';
const hasMaxLength = (type: BuilderItemType) => type === 'string' || type === 'text';

/** The builder's state for a definition as the API stores it. */
export function builderState(
  name: { sv: string; en?: string | null },
  definition: Record<string, unknown>,
): BuilderState {
  const items = Array.isArray(definition['items']) ? (definition['items'] as FormItem[]) : [];
  return {
    nameSv: name.sv,
    nameEn: name.en ?? '',
    items: items.map(fromFormItem),
  };
}

const groupDefaults = {
  repeats: false,
  minOccurs: String(NEW_GROUP_OCCURS.min),
  maxOccurs: String(NEW_GROUP_OCCURS.max),
  children: [],
};

function fromFormItem(item: FormItem): BuilderItem {
  const base = {
    linkId: item.linkId,
    textSv: item.text.sv,
    textEn: item.text.en ?? '',
    hintSv: item.hint?.sv ?? '',
    hintEn: item.hint?.en ?? '',
    required: false,
    maxLength: '',
    options: [],
  };
  if (item.type === 'group') {
    if (!item.items.every((child) => isChildType(child.type))) {
      return { ...base, ...groupDefaults, type: 'display', kept: item };
    }
    return {
      ...base,
      type: 'group',
      repeats: item.repeats === true,
      minOccurs: item.repeats === true ? String(item.minOccurs ?? 0) : String(NEW_GROUP_OCCURS.min),
      maxOccurs:
        item.maxOccurs !== undefined ? String(item.maxOccurs) : String(NEW_GROUP_OCCURS.max),
      children: item.items.map(fromFormItem),
    };
  }
  return {
    ...base,
    ...groupDefaults,
    type: item.type,
    required: 'required' in item ? item.required === true : false,
    maxLength: 'maxLength' in item && item.maxLength !== undefined ? String(item.maxLength) : '',
    options:
      'answerOptions' in item && item.answerOptions
        ? item.answerOptions.map((o) => ({
            code: o.code,
            sv: o.display.sv,
            en: o.display.en ?? '',
          }))
        : [],
  };
}

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

function nextId(prefix: string, taken: string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${String(n)}`)) n += 1;
  return `${prefix}${String(n)}`;
}

/** A new, empty question of `type` with a linkId no other item has, at any level of `items`. */
export function newItem(type: BuilderItemType, items: BuilderItem[]): BuilderItem {
  return {
    ...groupDefaults,
    linkId: nextId('q', allLinkIds(items)),
    type,
    textSv: '',
    textEn: '',
    hintSv: '',
    hintEn: '',
    required: false,
    maxLength: '',
    options: hasOptions(type) ? [newOption([]), newOption([{ code: 'a1', sv: '', en: '' }])] : [],
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

/** The item moved one step up (-1) or down (+1); unchanged at either end. */
export function moveItem(items: BuilderItem[], index: number, step: -1 | 1): BuilderItem[] {
  const target = index + step;
  if (target < 0 || target >= items.length) return items;
  const next = [...items];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}

/** A question changed to another type: what fits the new type is kept, the rest dropped. */
export function changeType(item: BuilderItem, type: BuilderItemType): BuilderItem {
  return {
    ...item,
    type,
    required: type === 'display' || type === 'group' ? false : item.required,
    maxLength: hasMaxLength(type) ? item.maxLength : '',
    options: hasOptions(type)
      ? item.options.length > 0
        ? item.options
        : [newOption([]), newOption([{ code: 'a1', sv: '', en: '' }])]
      : [],
  };
}

function text(sv: string, en: string): LocalizedText | undefined {
  if (sv.trim() === '' && en.trim() === '') return undefined;
  return en.trim() === '' ? { sv: sv.trim() } : { sv: sv.trim(), en: en.trim() };
}

function toFormItem(item: BuilderItem): FormItem {
  if (item.kept) return item.kept;
  if (item.type !== 'group') return toSimpleItem(item);
  const hint = text(item.hintSv, item.hintEn);
  return {
    linkId: item.linkId,
    text: text(item.textSv, item.textEn) ?? { sv: '' },
    ...(hint ? { hint } : {}),
    type: 'group',
    ...(item.repeats
      ? {
          repeats: true,
          minOccurs: Number(item.minOccurs.trim()),
          maxOccurs: Number(item.maxOccurs.trim()),
        }
      : {}),
    items: item.children.map(toFormItem),
  };
}

function toSimpleItem(item: BuilderItem): FormItem {
  const hint = text(item.hintSv, item.hintEn);
  const base = {
    linkId: item.linkId,
    text: text(item.textSv, item.textEn) ?? { sv: '' },
    ...(hint ? { hint } : {}),
  };
  const required = item.required ? { required: true } : {};
  switch (item.type) {
    case 'display':
      return { ...base, type: 'display' };
    case 'string':
    case 'text': {
      const max = item.maxLength.trim();
      return {
        ...base,
        type: item.type,
        ...required,
        ...(max === '' ? {} : { maxLength: Number(max) }),
      };
    }
    case 'choice':
    case 'multi-choice':
      return {
        ...base,
        type: item.type,
        ...required,
        answerOptions: item.options.map((o) => ({
          code: o.code,
          display: text(o.sv, o.en) ?? { sv: '' },
        })),
      };
    case 'boolean':
    case 'date':
    case 'integer':
      return { ...base, type: item.type, ...required };
    case 'group':
      return toFormItem(item);
  }
}

/** The definition to send; the API sets key, version and title itself. */
export function toDefinition(
  state: BuilderState,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const nameSv = state.nameSv.trim();
  const nameEn = state.nameEn.trim();
  return {
    formatVersion: FORM_FORMAT_VERSION,
    key: typeof stored['key'] === 'string' ? stored['key'] : 'egen',
    version: typeof stored['version'] === 'number' ? stored['version'] : 1,
    title: nameEn === '' ? { sv: nameSv } : { sv: nameSv, en: nameEn },
    clinicOptions: [],
    items: state.items.map(toFormItem),
  };
}

/**
 * The checks the SPA makes before saving, with the API's paths (`definition.items.2.text`);
 * the domain validator runs last for anything else. The API checks again and decides.
 */
export function builderProblems(
  state: BuilderState,
  definition: Record<string, unknown>,
): AdminFieldProblem[] {
  const problems: AdminFieldProblem[] = [];
  const add = (path: string, code: AdminFieldCode) => problems.push({ path, code });
  if (state.nameSv.trim() === '') add('nameSv', 'REQUIRED');
  if (state.items.length === 0) add('definition.items', 'REQUIRED');
  const check = (item: BuilderItem, at: string) => {
    if (item.kept) return;
    if (item.textSv.trim() === '') add(`${at}.text.sv`, 'REQUIRED');
    if (item.hintSv.trim() === '' && item.hintEn.trim() !== '') add(`${at}.hint.sv`, 'REQUIRED');
    if (hasMaxLength(item.type) && item.maxLength.trim() !== '') {
      const limit =
        item.type === 'string' ? FORM_LIMITS.stringMaxLength : FORM_LIMITS.textMaxLength;
      const max = Number(item.maxLength.trim());
      if (!/^\d+$/.test(item.maxLength.trim()) || max < 1 || max > limit) {
        add(`${at}.maxLength`, 'INVALID_FORMAT');
      }
    }
    if (hasOptions(item.type)) {
      if (item.options.length === 0) add(`${at}.answerOptions`, 'REQUIRED');
      item.options.forEach((option, optionIndex) => {
        if (option.sv.trim() === '') {
          add(`${at}.answerOptions.${String(optionIndex)}.display.sv`, 'REQUIRED');
        }
      });
    }
    if (item.type === 'group') {
      if (item.repeats) {
        const min = occurs(item.minOccurs, 0);
        const max = occurs(item.maxOccurs, 1);
        if (min === null) add(`${at}.minOccurs`, 'INVALID_FORMAT');
        if (max === null) add(`${at}.maxOccurs`, 'INVALID_FORMAT');
        if (min !== null && max !== null && min > max) add(`${at}.maxOccurs`, 'INVALID_FORMAT');
      }
      if (item.children.length === 0) add(`${at}.items`, 'REQUIRED');
      item.children.forEach((child, childIndex) => {
        check(child, `${at}.items.${String(childIndex)}`);
      });
    }
  };
  state.items.forEach((item, index) => {
    check(item, `definition.items.${String(index)}`);
  });
  if (problems.length > 0) return problems;
  const parsed = parseFormDefinition(definition);
  return parsed.ok
    ? []
    : parsed.problems.map((p) => ({
        path: p.path === '' ? 'definition' : `definition.${p.path}`,
        code: 'INVALID_DEFINITION',
      }));
}

/** A typed number of occurrences from `floor` up to the domain's ceiling, or null. */
function occurs(typed: string, floor: number): number | null {
  const trimmed = typed.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= floor && value <= FORM_LIMITS.maxOccurs ? value : null;
}

/** Where an item sits: its number, and its number within its group when it is a group's item. */
export type BuilderItemPosition = {
  n: number;
  display: boolean;
  child?: { n: number; display: boolean };
};

export type BuilderProblemTarget = {
  /** The id of the control to fix. */
  targetId: string;
  /** The question's position, when the problem is inside one. */
  position: BuilderItemPosition | null;
  /** The catalogue key (under `customCaseTypes.problems`). */
  key: string;
};

/** Where a problem points in the builder and which words explain it. */
export function builderProblemTarget(
  problem: AdminFieldProblem,
  items: BuilderItem[],
): BuilderProblemTarget {
  const parts = problem.path.split('.');
  if (parts[0] === 'nameSv' || (parts[0] === 'definition' && parts[1] === 'title')) {
    return { targetId: 'custom-nameSv', position: null, key: 'nameRequired' };
  }
  if (parts[0] === 'nameEn') return { targetId: 'custom-nameEn', position: null, key: 'invalid' };
  const index = parts[1] === 'items' && parts[2] !== undefined ? Number(parts[2]) : NaN;
  const item = Number.isInteger(index) ? items[index] : undefined;
  if (!item) {
    const key =
      problem.code === 'NOT_ALLOWED'
        ? 'notAllowed'
        : parts[1] === 'items'
          ? 'itemsEmpty'
          : 'invalid';
    return { targetId: 'add-item-type', position: null, key };
  }
  const position: BuilderItemPosition = { n: index + 1, display: item.type === 'display' };
  const rest = parts.slice(3);
  if (item.type === 'group' && !item.kept && rest[0] === 'items') {
    const childIndex = rest[1] === undefined ? NaN : Number(rest[1]);
    const child = Number.isInteger(childIndex) ? item.children[childIndex] : undefined;
    if (!child) {
      return { targetId: `item-${item.linkId}-addChild`, position, key: 'childrenEmpty' };
    }
    return fieldTarget(child, rest.slice(2), {
      ...position,
      child: { n: childIndex + 1, display: child.type === 'display' },
    });
  }
  return fieldTarget(item, rest, position);
}

function fieldTarget(
  item: BuilderItem,
  rest: string[],
  position: BuilderItemPosition,
): BuilderProblemTarget {
  const id = (suffix: string) => `item-${item.linkId}-${suffix}`;
  switch (rest[0] ?? '') {
    case 'text':
      return {
        targetId: id('textSv'),
        position,
        key: item.type === 'display' ? 'displayRequired' : 'labelRequired',
      };
    case 'hint':
      return { targetId: id('hintSv'), position, key: 'hintRequired' };
    case 'maxLength':
      return { targetId: id('maxLength'), position, key: 'maxLength' };
    case 'minOccurs':
      return { targetId: id('minOccurs'), position, key: 'minOccurs' };
    case 'maxOccurs':
      return { targetId: id('maxOccurs'), position, key: 'maxOccurs' };
    case 'answerOptions': {
      const optionIndex = rest[1];
      if (optionIndex === undefined)
        return { targetId: id('addOption'), position, key: 'optionsEmpty' };
      return { targetId: id(`option-${optionIndex}-sv`), position, key: 'optionTextRequired' };
    }
    default:
      return { targetId: id(item.kept ? 'move-up' : 'textSv'), position, key: 'invalid' };
  }
}
