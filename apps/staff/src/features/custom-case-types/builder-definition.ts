import {
  type AnswerOption,
  type ClinicOptionDeclaration,
  type DateRule,
  type EnableWhen,
  FORM_FORMAT_VERSION,
  type FormItem,
  type LocalizedText,
} from '@etj/domain';
import {
  type BuilderClinicOption,
  type BuilderCondition,
  type BuilderDateRule,
  type BuilderItem,
  type BuilderOption,
  type BuilderState,
  CHILD_ITEM_TYPES,
  emptyItemFields,
  NEW_GROUP_OCCURS,
} from './builder-state.ts';

// Conversion between a stored definition and the builder's state. Everything the format can
// say has a place in the state, so a definition loaded and saved unchanged comes back equal.

const isChildType = (type: string) => CHILD_ITEM_TYPES.some((known) => known === type);

const fromOption = (o: AnswerOption): BuilderOption => ({
  code: o.code,
  sv: o.display.sv,
  en: o.display.en ?? '',
});

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The builder's state for a definition as the API stores it. */
export function builderState(
  name: { sv: string; en?: string | null },
  definition: Record<string, unknown>,
): BuilderState {
  const items = Array.isArray(definition['items']) ? (definition['items'] as FormItem[]) : [];
  const declared = Array.isArray(definition['clinicOptions'])
    ? (definition['clinicOptions'] as ClinicOptionDeclaration[])
    : [];
  const description = definition['description'];
  return {
    nameSv: name.sv,
    nameEn: name.en ?? '',
    description: typeof description === 'string' ? description : '',
    clinicOptions: declared.map(fromClinicOption),
    items: items.map(fromFormItem),
  };
}

function fromClinicOption(option: ClinicOptionDeclaration): BuilderClinicOption {
  const base = {
    key: option.key,
    kind: option.kind,
    labelSv: option.label.sv,
    labelEn: option.label.en ?? '',
    description: option.description ?? '',
    flagDefault: false,
    options: [],
    chosen: [],
  };
  switch (option.kind) {
    case 'flag':
      return { ...base, flagDefault: option.default };
    case 'selection':
      return { ...base, options: option.choices.map(fromOption), chosen: option.default };
    case 'options':
      return { ...base, options: option.default.map(fromOption) };
  }
}

function fromCondition(condition: EnableWhen, index: number): BuilderCondition {
  const key = `c${String(index + 1)}`;
  const { question, operator } = condition;
  if (condition.operator === 'in') {
    return { key, question, operator, answer: '', answers: condition.answer };
  }
  return { key, question, operator, answer: String(condition.answer), answers: [] };
}

function fromDateRule(rule: DateRule, index: number): BuilderDateRule {
  return {
    key: `r${String(index + 1)}`,
    limit: rule.limit,
    relativeTo: rule.relativeTo,
    question: rule.relativeTo === 'answer' ? rule.question : '',
    days: numberText(rule.days),
  };
}

function fromFormItem(item: FormItem): BuilderItem {
  const base = {
    ...emptyItemFields,
    linkId: item.linkId,
    textSv: item.text.sv,
    textEn: item.text.en ?? '',
    hintSv: item.hint?.sv ?? '',
    hintEn: item.hint?.en ?? '',
    description: item.description ?? '',
    gateOption: item.clinicOption?.option ?? '',
    gateIncludes: item.clinicOption?.includes ?? '',
    conditions: (item.enableWhen ?? []).map(fromCondition),
    enableBehavior: item.enableBehavior ?? '',
  } satisfies Omit<BuilderItem, 'linkId' | 'type'> & { linkId: string };
  const required =
    'required' in item && item.required !== undefined ? { required: item.required } : {};
  switch (item.type) {
    case 'group':
      if (!item.items.every((child) => isChildType(child.type))) {
        return { ...emptyItemFields, linkId: item.linkId, type: 'display', kept: item };
      }
      return {
        ...base,
        type: 'group',
        ...(item.repeats === undefined ? {} : { repeats: item.repeats }),
        minOccurs:
          item.repeats === true ? numberText(item.minOccurs) : String(NEW_GROUP_OCCURS.min),
        maxOccurs: String(item.maxOccurs ?? NEW_GROUP_OCCURS.max),
        children: item.items.map(fromFormItem),
      };
    case 'display':
      return { ...base, type: 'display' };
    case 'string':
    case 'text':
      return {
        ...base,
        type: item.type,
        ...required,
        maxLength: numberText(item.maxLength),
        format: item.format ?? '',
      };
    case 'integer':
      return {
        ...base,
        type: 'integer',
        ...required,
        minValue: numberText(item.minValue),
        maxValue: numberText(item.maxValue),
      };
    case 'choice':
    case 'multi-choice':
      return {
        ...base,
        type: item.type,
        ...required,
        options: (item.answerOptions ?? []).map(fromOption),
        optionsFrom: item.answerOptionsFrom?.clinicOption ?? '',
        ...(item.type === 'multi-choice'
          ? {
              minSelected: numberText(item.minSelected),
              maxSelected: numberText(item.maxSelected),
            }
          : {}),
      };
    case 'boolean':
      return { ...base, type: item.type, ...required };
    case 'date':
      return {
        ...base,
        type: item.type,
        ...required,
        dateRules: (item.dateRules ?? []).map(fromDateRule),
      };
  }
}

function text(sv: string, en: string): LocalizedText | undefined {
  if (sv.trim() === '' && en.trim() === '') return undefined;
  return en.trim() === '' ? { sv: sv.trim() } : { sv: sv.trim(), en: en.trim() };
}

const toOption = (o: BuilderOption): AnswerOption => ({
  code: o.code,
  display: text(o.sv, o.en) ?? { sv: '' },
});

/** `{ [key]: number }` for a typed number, `{}` when the field is empty. */
function typedNumber<K extends string>(key: K, typed: string): Partial<Record<K, number>> {
  const trimmed = typed.trim();
  return trimmed === '' ? {} : ({ [key]: Number(trimmed) } as Record<K, number>);
}

function toClinicOption(option: BuilderClinicOption): ClinicOptionDeclaration {
  const note = option.description.trim();
  const base = {
    key: option.key,
    label: text(option.labelSv, option.labelEn) ?? { sv: '' },
    ...(note === '' ? {} : { description: note }),
  };
  switch (option.kind) {
    case 'flag':
      return { ...base, kind: 'flag', default: option.flagDefault };
    case 'selection':
      return {
        ...base,
        kind: 'selection',
        choices: option.options.map(toOption),
        default: option.chosen,
      };
    case 'options':
      return { ...base, kind: 'options', default: option.options.map(toOption) };
  }
}

function toDateRule(rule: BuilderDateRule): DateRule {
  const days = typedNumber('days', rule.days);
  return rule.relativeTo === 'today'
    ? { limit: rule.limit, relativeTo: 'today', ...days }
    : { limit: rule.limit, relativeTo: 'answer', question: rule.question, ...days };
}

/** The condition as the format has it; the value is typed after the question it looks at. */
function toCondition(condition: BuilderCondition, typeOf: (linkId: string) => string | undefined) {
  const { question, operator, answer } = condition;
  switch (operator) {
    case 'exists':
      return { question, operator, answer: answer === 'true' };
    case 'in':
      return { question, operator, answer: condition.answers };
    case '=':
    case '!=': {
      const type = typeOf(question);
      const typed =
        type === 'boolean'
          ? answer === 'true'
          : type === 'integer' && /^-?\d+(\.\d+)?$/.test(answer.trim())
            ? Number(answer.trim())
            : answer;
      return { question, operator, answer: typed } satisfies EnableWhen;
    }
  }
}

function toFormItem(item: BuilderItem, typeOf: (linkId: string) => string | undefined): FormItem {
  if (item.kept) return item.kept;
  const hint = text(item.hintSv, item.hintEn);
  const note = item.description.trim();
  const gate =
    item.gateOption === ''
      ? {}
      : {
          clinicOption: {
            option: item.gateOption,
            ...(item.gateIncludes === '' ? {} : { includes: item.gateIncludes }),
          },
        };
  const base = {
    linkId: item.linkId,
    text: text(item.textSv, item.textEn) ?? { sv: '' },
    ...(hint ? { hint } : {}),
    ...(note === '' ? {} : { description: note }),
    ...(item.conditions.length === 0
      ? {}
      : { enableWhen: item.conditions.map((c) => toCondition(c, typeOf)) }),
    ...(item.enableBehavior === '' ? {} : { enableBehavior: item.enableBehavior }),
    ...gate,
  };
  const required = item.required === undefined ? {} : { required: item.required };
  switch (item.type) {
    case 'group':
      return {
        ...base,
        type: 'group',
        ...(item.repeats === undefined ? {} : { repeats: item.repeats }),
        ...(item.repeats === true
          ? {
              ...typedNumber('minOccurs', item.minOccurs),
              ...typedNumber('maxOccurs', item.maxOccurs),
            }
          : {}),
        items: item.children.map((child) => toFormItem(child, typeOf)),
      };
    case 'display':
      return { ...base, type: 'display' };
    case 'string':
    case 'text':
      return {
        ...base,
        type: item.type,
        ...required,
        ...typedNumber('maxLength', item.maxLength),
        ...(item.type === 'string' && item.format !== '' ? { format: item.format } : {}),
      };
    case 'integer':
      return {
        ...base,
        type: 'integer',
        ...required,
        ...typedNumber('minValue', item.minValue),
        ...typedNumber('maxValue', item.maxValue),
      };
    case 'choice':
    case 'multi-choice': {
      const source =
        item.optionsFrom === ''
          ? { answerOptions: item.options.map(toOption) }
          : { answerOptionsFrom: { clinicOption: item.optionsFrom } };
      if (item.type === 'choice') return { ...base, type: 'choice', ...required, ...source };
      return {
        ...base,
        type: 'multi-choice',
        ...required,
        ...source,
        ...typedNumber('minSelected', item.minSelected),
        ...typedNumber('maxSelected', item.maxSelected),
      };
    }
    case 'boolean':
      return { ...base, type: item.type, ...required };
    case 'date':
      return {
        ...base,
        type: item.type,
        ...required,
        ...(item.dateRules.length === 0 ? {} : { dateRules: item.dateRules.map(toDateRule) }),
      };
  }
}

/** The type of every item by linkId, kept groups included, for typing condition values. */
function typesByLinkId(items: BuilderItem[]): Map<string, string> {
  const types = new Map<string, string>();
  const fromKept = (list: FormItem[]) => {
    for (const item of list) {
      types.set(item.linkId, item.type);
      if (item.type === 'group') fromKept(item.items);
    }
  };
  const walk = (list: BuilderItem[]) => {
    for (const item of list) {
      if (item.kept) fromKept([item.kept]);
      else types.set(item.linkId, item.type);
      walk(item.children);
    }
  };
  walk(items);
  return types;
}

/** The definition to send; the API sets key, version and title itself. */
export function toDefinition(
  state: BuilderState,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const nameSv = state.nameSv.trim();
  const nameEn = state.nameEn.trim();
  const note = state.description.trim();
  const types = typesByLinkId(state.items);
  const typeOf = (linkId: string) => types.get(linkId);
  return {
    formatVersion: FORM_FORMAT_VERSION,
    key: typeof stored['key'] === 'string' ? stored['key'] : 'egen',
    version: typeof stored['version'] === 'number' ? stored['version'] : 1,
    title: nameEn === '' ? { sv: nameSv } : { sv: nameSv, en: nameEn },
    ...(note === '' ? {} : { description: note }),
    clinicOptions: state.clinicOptions.map(toClinicOption),
    items: state.items.map((item) => toFormItem(item, typeOf)),
  };
}
