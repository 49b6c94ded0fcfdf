import {
  FORM_FORMAT_VERSION,
  FORM_LIMITS,
  type FormItem,
  type LocalizedText,
  parseFormDefinition,
} from '@etj/domain';
import { type AdminFieldCode, type AdminFieldProblem } from '../admin/admin-field-problems.ts';

/** The item types the builder edits (a group made elsewhere is kept as it is). */
export const BUILDER_ITEM_TYPES = [
  'string',
  'text',
  'boolean',
  'choice',
  'multi-choice',
  'date',
  'integer',
  'display',
] as const;

export type BuilderItemType = (typeof BUILDER_ITEM_TYPES)[number];

/** One answer option as edited; its code is made by the builder and never shown. */
export type BuilderOption = { code: string; sv: string; en: string };

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
  /** An item the builder cannot edit (a group): kept unchanged, can be moved or removed. */
  kept?: FormItem;
};

export type BuilderState = { nameSv: string; nameEn: string; items: BuilderItem[] };

const isBuilderType = (type: string): type is BuilderItemType =>
  BUILDER_ITEM_TYPES.some((known) => known === type);

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
    items: items.map((item): BuilderItem => {
      const base = {
        linkId: item.linkId,
        textSv: item.text.sv,
        textEn: item.text.en ?? '',
        hintSv: item.hint?.sv ?? '',
        hintEn: item.hint?.en ?? '',
      };
      if (item.type === 'group' || !isBuilderType(item.type)) {
        return {
          ...base,
          type: 'display',
          required: false,
          maxLength: '',
          options: [],
          kept: item,
        };
      }
      return {
        ...base,
        type: item.type,
        required: 'required' in item ? item.required === true : false,
        maxLength:
          'maxLength' in item && item.maxLength !== undefined ? String(item.maxLength) : '',
        options:
          'answerOptions' in item && item.answerOptions
            ? item.answerOptions.map((o) => ({
                code: o.code,
                sv: o.display.sv,
                en: o.display.en ?? '',
              }))
            : [],
      };
    }),
  };
}

function nextId(prefix: string, taken: string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${String(n)}`)) n += 1;
  return `${prefix}${String(n)}`;
}

/** A new, empty question of `type` with a linkId no other item has. */
export function newItem(type: BuilderItemType, items: BuilderItem[]): BuilderItem {
  return {
    linkId: nextId(
      'q',
      items.map((item) => item.linkId),
    ),
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
    required: type === 'display' ? false : item.required,
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
  state.items.forEach((item, index) => {
    if (item.kept) return;
    const at = `definition.items.${String(index)}`;
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

export type BuilderProblemTarget = {
  /** The id of the control to fix. */
  targetId: string;
  /** The question's position (1-based), when the problem is inside one. */
  itemNumber: number | null;
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
    return { targetId: 'custom-nameSv', itemNumber: null, key: 'nameRequired' };
  }
  if (parts[0] === 'nameEn') return { targetId: 'custom-nameEn', itemNumber: null, key: 'invalid' };
  const index = parts[1] === 'items' && parts[2] !== undefined ? Number(parts[2]) : NaN;
  const item = Number.isInteger(index) ? items[index] : undefined;
  if (!item) {
    const key =
      problem.code === 'NOT_ALLOWED'
        ? 'notAllowed'
        : parts[1] === 'items'
          ? 'itemsEmpty'
          : 'invalid';
    return { targetId: 'add-item-type', itemNumber: null, key };
  }
  const id = (suffix: string) => `item-${item.linkId}-${suffix}`;
  const itemNumber = index + 1;
  switch (parts[3] ?? '') {
    case 'text':
      return { targetId: id('textSv'), itemNumber, key: 'labelRequired' };
    case 'hint':
      return { targetId: id('hintSv'), itemNumber, key: 'hintRequired' };
    case 'maxLength':
      return { targetId: id('maxLength'), itemNumber, key: 'maxLength' };
    case 'answerOptions': {
      const optionIndex = parts[4];
      if (optionIndex === undefined)
        return { targetId: id('addOption'), itemNumber, key: 'optionsEmpty' };
      return { targetId: id(`option-${optionIndex}-sv`), itemNumber, key: 'optionTextRequired' };
    }
    default:
      return { targetId: id(item.kept ? 'move-up' : 'textSv'), itemNumber, key: 'invalid' };
  }
}
