import { z } from 'zod';
import {
  FORM_FORMAT_VERSION,
  FORM_LIMITS,
  MAX_DATE_RULES,
  MAX_DATE_RULE_DAYS,
  TEXT_FORMATS,
  type AnswerOption,
  type ClinicOptionDeclaration,
  type DateRule,
  type EnableWhen,
  type FormDefinition,
  type FormItem,
} from './form-definition.ts';
import type { LocalizedText } from './localized-text.ts';

const LINK_ID = /^[a-z][a-zA-Z0-9]{0,63}$/;
const CODE = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/;

export const localizedTextSchema: z.ZodType<LocalizedText> = z.strictObject({
  sv: z.string().min(1),
  en: z.string().min(1).optional(),
});

export const answerOptionSchema: z.ZodType<AnswerOption> = z.strictObject({
  code: z.string().regex(CODE),
  display: localizedTextSchema,
});

const enableWhenSchema: z.ZodType<EnableWhen> = z.union([
  z.strictObject({
    question: z.string().regex(LINK_ID),
    operator: z.literal('exists'),
    answer: z.boolean(),
  }),
  z.strictObject({
    question: z.string().regex(LINK_ID),
    operator: z.enum(['=', '!=']),
    answer: z.union([z.string(), z.number(), z.boolean()]),
  }),
  z.strictObject({
    question: z.string().regex(LINK_ID),
    operator: z.literal('in'),
    answer: z.array(z.string()).min(1),
  }),
]);

const ruleDays = z.number().int().min(-MAX_DATE_RULE_DAYS).max(MAX_DATE_RULE_DAYS).optional();

const dateRuleSchema: z.ZodType<DateRule> = z.discriminatedUnion('relativeTo', [
  z.strictObject({
    limit: z.enum(['earliest', 'latest']),
    relativeTo: z.literal('today'),
    days: ruleDays,
  }),
  z.strictObject({
    limit: z.enum(['earliest', 'latest']),
    relativeTo: z.literal('answer'),
    question: z.string().regex(LINK_ID),
    days: ruleDays,
  }),
]);

const base = {
  linkId: z.string().regex(LINK_ID),
  text: localizedTextSchema,
  hint: localizedTextSchema.optional(),
  description: z.string().optional(),
  enableWhen: z.array(enableWhenSchema).min(1).optional(),
  enableBehavior: z.enum(['all', 'any']).optional(),
  clinicOption: z
    .strictObject({ option: z.string().min(1), includes: z.string().min(1).optional() })
    .optional(),
};

const options = {
  answerOptions: z.array(answerOptionSchema).min(1).max(FORM_LIMITS.maxOptions).optional(),
  answerOptionsFrom: z.strictObject({ clinicOption: z.string().min(1) }).optional(),
};

const count = z.number().int().min(0);

const itemSchema: z.ZodType<FormItem> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      ...base,
      type: z.enum(['string', 'text']),
      required: z.boolean().optional(),
      maxLength: z.number().int().min(1).optional(),
      format: z.enum(TEXT_FORMATS).optional(),
    }),
    z.strictObject({ ...base, type: z.literal('boolean'), required: z.boolean().optional() }),
    z.strictObject({
      ...base,
      type: z.literal('date'),
      required: z.boolean().optional(),
      dateRules: z.array(dateRuleSchema).min(1).max(MAX_DATE_RULES).optional(),
    }),
    z.strictObject({
      ...base,
      type: z.literal('integer'),
      required: z.boolean().optional(),
      minValue: z.number().int().optional(),
      maxValue: z.number().int().optional(),
    }),
    z.strictObject({
      ...base,
      ...options,
      type: z.literal('choice'),
      required: z.boolean().optional(),
    }),
    z.strictObject({
      ...base,
      ...options,
      type: z.literal('multi-choice'),
      required: z.boolean().optional(),
      minSelected: count.optional(),
      maxSelected: count.min(1).optional(),
    }),
    z.strictObject({ ...base, type: z.literal('display') }),
    z.strictObject({
      ...base,
      type: z.literal('group'),
      repeats: z.boolean().optional(),
      minOccurs: count.optional(),
      maxOccurs: count.min(1).max(FORM_LIMITS.maxOccurs).optional(),
      items: z.array(itemSchema).min(1),
    }),
  ]),
);

const clinicOptionSchema: z.ZodType<ClinicOptionDeclaration> = z.discriminatedUnion('kind', [
  z.strictObject({
    key: z.string().regex(LINK_ID),
    kind: z.literal('flag'),
    label: localizedTextSchema,
    description: z.string().optional(),
    default: z.boolean(),
  }),
  z.strictObject({
    key: z.string().regex(LINK_ID),
    kind: z.literal('selection'),
    label: localizedTextSchema,
    description: z.string().optional(),
    choices: z.array(answerOptionSchema).min(1).max(FORM_LIMITS.maxOptions),
    default: z.array(z.string()),
  }),
  z.strictObject({
    key: z.string().regex(LINK_ID),
    kind: z.literal('options'),
    label: localizedTextSchema,
    description: z.string().optional(),
    default: z.array(answerOptionSchema).min(1).max(FORM_LIMITS.maxOptions),
  }),
]);

/** Where an item sits: the linkIds of its enclosing groups and its document-order index. */
type Placement = { item: FormItem; groups: string[]; order: number; path: (string | number)[] };

function place(items: FormItem[]): Placement[] {
  const placements: Placement[] = [];
  const walk = (list: FormItem[], groups: string[], path: (string | number)[]) => {
    list.forEach((item, index) => {
      const itemPath = [...path, index];
      placements.push({ item, groups, order: placements.length, path: itemPath });
      if (item.type === 'group') walk(item.items, [...groups, item.linkId], [...itemPath, 'items']);
    });
  };
  walk(items, [], ['items']);
  return placements;
}

type Issue = { message: string; path: (string | number)[] };

function checkOptions(
  item: FormItem,
  options: ReadonlyMap<string, ClinicOptionDeclaration>,
  issue: (message: string) => void,
) {
  if (item.type !== 'choice' && item.type !== 'multi-choice') return;
  const fromClinic = item.answerOptionsFrom;
  if ((item.answerOptions === undefined) === (fromClinic === undefined)) {
    issue('a choice needs exactly one of answerOptions and answerOptionsFrom');
  }
  if (item.answerOptions) {
    const codes = item.answerOptions.map((option) => option.code);
    if (new Set(codes).size !== codes.length) issue('duplicate option code');
  }
  if (fromClinic && options.get(fromClinic.clinicOption)?.kind !== 'options') {
    issue(`answerOptionsFrom must name a clinic option of kind "options"`);
  }
  if (item.type === 'multi-choice') {
    const { minSelected = 0, maxSelected } = item;
    if (maxSelected !== undefined && minSelected > maxSelected) {
      issue('minSelected is above maxSelected');
    }
  }
}

function checkItem(
  placement: Placement,
  byLinkId: ReadonlyMap<string, Placement>,
  options: ReadonlyMap<string, ClinicOptionDeclaration>,
  issues: Issue[],
) {
  const { item } = placement;
  const issue = (message: string) => issues.push({ message, path: placement.path });
  if ((item.type === 'string' || item.type === 'text') && item.maxLength !== undefined) {
    const ceiling =
      item.type === 'string' ? FORM_LIMITS.stringMaxLength : FORM_LIMITS.textMaxLength;
    if (item.maxLength > ceiling) issue(`maxLength is above the global ${ceiling}`);
  }
  if (item.type === 'text' && item.format !== undefined) {
    issue('a format belongs to one-line text (string) items');
  }
  if (item.type === 'integer' && item.minValue !== undefined && item.maxValue !== undefined) {
    if (item.minValue > item.maxValue) issue('minValue is above maxValue');
  }
  if (item.type === 'group') {
    const { repeats = false, minOccurs, maxOccurs } = item;
    if (!repeats && (minOccurs !== undefined || maxOccurs !== undefined)) {
      issue('minOccurs and maxOccurs belong to repeating groups');
    }
    if (repeats && maxOccurs === undefined) issue('a repeating group needs maxOccurs');
    if (minOccurs !== undefined && maxOccurs !== undefined && minOccurs > maxOccurs) {
      issue('minOccurs is above maxOccurs');
    }
  }
  checkOptions(item, options, issue);
  if (item.clinicOption) {
    const declared = options.get(item.clinicOption.option);
    const { includes } = item.clinicOption;
    if (declared?.kind === 'flag' && includes !== undefined) {
      issue('a flag clinic option takes no "includes"');
    } else if (declared?.kind === 'selection') {
      if (!declared.choices.some((choice) => choice.code === includes)) {
        issue('"includes" must be one of the selection clinic option\'s choices');
      }
    } else if (declared?.kind !== 'flag') {
      issue(`clinicOption must name a declared flag or selection option`);
    }
  }
  for (const condition of item.enableWhen ?? []) {
    checkCondition(placement, condition, byLinkId, issue);
  }
  if (item.type === 'date') checkDateRules(placement, item.dateRules ?? [], byLinkId, issue);
}

function checkDateRules(
  placement: Placement,
  rules: DateRule[],
  byLinkId: ReadonlyMap<string, Placement>,
  issue: (message: string) => void,
) {
  for (const rule of rules) {
    if (rule.relativeTo !== 'answer') continue;
    const target = byLinkId.get(rule.question);
    if (!target) {
      issue(`a date rule names an unknown item "${rule.question}"`);
    } else if (target.item.type !== 'date') {
      issue(`a date rule must name a date item, "${rule.question}" is not one`);
    } else if (target.order >= placement.order) {
      issue('a date rule must name an earlier item');
    } else if (!target.groups.every((group, i) => placement.groups[i] === group)) {
      // The named answer must be one answer: at this level or an enclosing one.
      issue('a date rule must name an item at the same level or an enclosing one');
    }
  }
  // Limits relative to today must leave at least one day open.
  const offsets = (limit: DateRule['limit']) =>
    rules.filter((r) => r.relativeTo === 'today' && r.limit === limit).map((r) => r.days ?? 0);
  const earliest = Math.max(...offsets('earliest'));
  const latest = Math.min(...offsets('latest'));
  if (earliest > latest) issue('the date rules leave no date that could be answered');
}

function checkCondition(
  placement: Placement,
  condition: EnableWhen,
  byLinkId: ReadonlyMap<string, Placement>,
  issue: (message: string) => void,
) {
  const target = byLinkId.get(condition.question);
  if (!target) {
    issue(`enableWhen names an unknown item "${condition.question}"`);
    return;
  }
  const question = target.item;
  if (question.type === 'group' || question.type === 'display') {
    issue('enableWhen must name an item that takes an answer');
    return;
  }
  // Earlier items only, so conditions can never go round in a circle.
  if (target.order >= placement.order) {
    issue('enableWhen must name an earlier item');
    return;
  }
  if (condition.operator === 'exists') return;
  if (condition.operator === 'in') {
    if (question.type !== 'choice' && question.type !== 'multi-choice') {
      issue('"in" applies to choices only');
    }
    return;
  }
  const expected: Record<string, string> = {
    string: 'string',
    text: 'string',
    date: 'string',
    choice: 'string',
    'multi-choice': 'string',
    boolean: 'boolean',
    integer: 'number',
  };
  if (typeof condition.answer !== expected[question.type]) {
    issue(`enableWhen answer does not fit the type of "${condition.question}"`);
  }
}

function checkDefinition(definition: FormDefinition): Issue[] {
  const issues: Issue[] = [];
  const options = new Map<string, ClinicOptionDeclaration>();
  definition.clinicOptions.forEach((option, index) => {
    if (options.has(option.key)) {
      issues.push({ message: 'duplicate clinic option key', path: ['clinicOptions', index] });
    }
    options.set(option.key, option);
    if (option.kind === 'selection') {
      const codes = new Set(option.choices.map((choice) => choice.code));
      if (option.default.some((code) => !codes.has(code))) {
        issues.push({
          message: 'default is not among the choices',
          path: ['clinicOptions', index],
        });
      }
    }
  });
  const placements = place(definition.items);
  const byLinkId = new Map<string, Placement>();
  for (const placement of placements) {
    if (byLinkId.has(placement.item.linkId)) {
      issues.push({ message: 'duplicate linkId', path: [...placement.path, 'linkId'] });
    }
    byLinkId.set(placement.item.linkId, placement);
  }
  for (const placement of placements) checkItem(placement, byLinkId, options, issues);
  return issues;
}

/** Validates a form definition itself: its shape and its references (enableWhen, options). */
export const formDefinitionSchema: z.ZodType<FormDefinition> = z
  .strictObject({
    formatVersion: z.literal(FORM_FORMAT_VERSION),
    key: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
    version: z.number().int().min(1),
    title: localizedTextSchema,
    description: z.string().optional(),
    clinicOptions: z.array(clinicOptionSchema),
    items: z.array(itemSchema).min(1),
  })
  .superRefine((definition, ctx) => {
    for (const issue of checkDefinition(definition)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });

export type DefinitionResult =
  | { ok: true; value: FormDefinition }
  | { ok: false; problems: { path: string; message: string }[] };

/** Parses stored or uploaded JSON as a form definition, listing every problem with its path. */
export function parseFormDefinition(raw: unknown): DefinitionResult {
  const result = formDefinitionSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
