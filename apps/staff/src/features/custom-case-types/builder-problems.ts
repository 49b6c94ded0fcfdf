import { FORM_LIMITS, MAX_DATE_RULE_DAYS, parseFormDefinition } from '@etj/domain';
import { type AdminFieldCode, type AdminFieldProblem } from '../admin/admin-field-problems.ts';
import {
  type BuilderItem,
  type BuilderState,
  hasMaxLength,
  documentOrder,
  hasOptions,
  questionRefs,
} from './builder-state.ts';

const WHOLE = /^-?\d+$/;
const COUNT = /^\d+$/;

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
  const refs = questionRefs(state);
  const types = new Map(refs.map((ref) => [ref.linkId, ref.type]));
  const groupsOf = new Map(refs.map((ref) => [ref.linkId, ref.groups]));
  const order = documentOrder(state.items);
  if (state.nameSv.trim() === '') add('nameSv', 'REQUIRED');
  if (state.items.length === 0) add('definition.items', 'REQUIRED');
  state.clinicOptions.forEach((option, index) => {
    const at = `definition.clinicOptions.${String(index)}`;
    if (option.labelSv.trim() === '') add(`${at}.label.sv`, 'REQUIRED');
    option.options.forEach((choice, choiceIndex) => {
      if (choice.sv.trim() === '') add(`${at}.options.${String(choiceIndex)}.sv`, 'REQUIRED');
    });
  });
  /** A typed whole number: empty is fine, otherwise it must match and lie from `floor`. */
  const whole = (typed: string, path: string, pattern = WHOLE, floor = -Infinity) => {
    const trimmed = typed.trim();
    if (trimmed === '') return null;
    if (!pattern.test(trimmed) || Number(trimmed) < floor) {
      add(path, 'INVALID_FORMAT');
      return null;
    }
    return Number(trimmed);
  };
  const check = (item: BuilderItem, at: string) => {
    if (item.kept) return;
    if (item.textSv.trim() === '') add(`${at}.text.sv`, 'REQUIRED');
    if (item.hintSv.trim() === '' && item.hintEn.trim() !== '') add(`${at}.hint.sv`, 'REQUIRED');
    if (hasMaxLength(item.type) && item.maxLength.trim() !== '') {
      const limit =
        item.type === 'string' ? FORM_LIMITS.stringMaxLength : FORM_LIMITS.textMaxLength;
      const max = Number(item.maxLength.trim());
      if (!COUNT.test(item.maxLength.trim()) || max < 1 || max > limit) {
        add(`${at}.maxLength`, 'INVALID_FORMAT');
      }
    }
    if (item.type === 'integer') {
      const min = whole(item.minValue, `${at}.minValue`);
      const max = whole(item.maxValue, `${at}.maxValue`);
      if (min !== null && max !== null && min > max) add(`${at}.maxValue`, 'INVALID_FORMAT');
    }
    if (item.type === 'multi-choice') {
      const min = whole(item.minSelected, `${at}.minSelected`, COUNT);
      const max = whole(item.maxSelected, `${at}.maxSelected`, COUNT, 1);
      if (min !== null && max !== null && min > max) add(`${at}.maxSelected`, 'INVALID_FORMAT');
    }
    if (hasOptions(item.type) && item.optionsFrom === '') {
      if (item.options.length === 0) add(`${at}.answerOptions`, 'REQUIRED');
      item.options.forEach((option, optionIndex) => {
        if (option.sv.trim() === '') {
          add(`${at}.answerOptions.${String(optionIndex)}.display.sv`, 'REQUIRED');
        }
      });
    }
    item.conditions.forEach((condition, conditionIndex) => {
      const path = `${at}.enableWhen.${String(conditionIndex)}`;
      if (condition.question === '') {
        add(`${path}.question`, 'REQUIRED');
        return;
      }
      // Only questions above this one: conditions can then never go round in a circle.
      const target = order.indexOf(condition.question);
      if (target < 0 || target >= order.indexOf(item.linkId) || !types.has(condition.question)) {
        add(`${path}.question`, 'INVALID_FORMAT');
        return;
      }
      const type = types.get(condition.question);
      // A question whose type changed since the condition was made no longer fits it.
      const misfit =
        (condition.operator === 'in' && !hasOptions(type ?? 'string')) ||
        (type === 'boolean' &&
          condition.operator !== 'exists' &&
          condition.operator !== 'in' &&
          condition.answer !== 'true' &&
          condition.answer !== 'false');
      if (misfit) {
        add(`${path}.operator`, 'NOT_ALLOWED');
        return;
      }
      if (condition.operator === 'in' && condition.answers.length === 0) {
        add(`${path}.answer`, 'REQUIRED');
      }
      if (condition.operator === '=' || condition.operator === '!=') {
        if (condition.answer.trim() === '') add(`${path}.answer`, 'REQUIRED');
        else if (type === 'integer' && !WHOLE.test(condition.answer.trim())) {
          add(`${path}.answer`, 'INVALID_FORMAT');
        }
      }
    });
    if (item.type === 'date') {
      const own = groupsOf.get(item.linkId) ?? [];
      const fromToday = { earliest: -Infinity, latest: Infinity };
      item.dateRules.forEach((rule, ruleIndex) => {
        const path = `${at}.dateRules.${String(ruleIndex)}`;
        const days = whole(rule.days, `${path}.days`);
        if (days !== null && Math.abs(days) > MAX_DATE_RULE_DAYS)
          add(`${path}.days`, 'INVALID_FORMAT');
        if (rule.relativeTo === 'today') {
          const offset = days ?? 0;
          if (rule.limit === 'earliest') fromToday.earliest = Math.max(fromToday.earliest, offset);
          else fromToday.latest = Math.min(fromToday.latest, offset);
          return;
        }
        const target = order.indexOf(rule.question);
        const above = (groupsOf.get(rule.question) ?? []).every((g, i) => own[i] === g);
        if (
          types.get(rule.question) !== 'date' ||
          target < 0 ||
          target >= order.indexOf(item.linkId) ||
          !above
        ) {
          add(`${path}.question`, 'INVALID_FORMAT');
        }
      });
      if (fromToday.earliest > fromToday.latest) add(`${at}.dateRules`, 'INVALID_FORMAT');
    }
    if (item.type === 'group') {
      if (item.repeats === true) {
        const min = occurs(item.minOccurs, 0, true);
        const max = occurs(item.maxOccurs, 1, false);
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

/** A typed number of occurrences from `floor` up to the domain's ceiling (0 when empty and allowed), or null. */
function occurs(typed: string, floor: number, emptyAllowed: boolean): number | null {
  const trimmed = typed.trim();
  if (trimmed === '' && emptyAllowed) return 0;
  if (!COUNT.test(trimmed)) return null;
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
  state: Pick<BuilderState, 'items' | 'clinicOptions'>,
): BuilderProblemTarget {
  const { items } = state;
  const parts = problem.path.split('.');
  if (parts[0] === 'nameSv' || (parts[0] === 'definition' && parts[1] === 'title')) {
    return { targetId: 'custom-nameSv', position: null, key: 'nameRequired' };
  }
  if (parts[0] === 'nameEn') return { targetId: 'custom-nameEn', position: null, key: 'invalid' };
  if (parts[1] === 'description') {
    return { targetId: 'custom-description', position: null, key: 'invalid' };
  }
  if (parts[1] === 'clinicOptions') return clinicOptionTarget(problem, parts.slice(2), state);
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
    return fieldTarget(child, rest.slice(2), problem, {
      ...position,
      child: { n: childIndex + 1, display: child.type === 'display' },
    });
  }
  return fieldTarget(item, rest, problem, position);
}

function clinicOptionTarget(
  problem: AdminFieldProblem,
  rest: string[],
  state: Pick<BuilderState, 'clinicOptions'>,
): BuilderProblemTarget {
  const option = rest[0] === undefined ? undefined : state.clinicOptions[Number(rest[0])];
  if (!option) {
    const key = problem.code === 'NOT_ALLOWED' ? 'clinicOptionsNotAllowed' : 'invalid';
    return { targetId: 'clinic-options-add', position: null, key };
  }
  const id = (suffix: string) => `clinic-option-${option.key}-${suffix}`;
  if (rest[1] === 'label') return { targetId: id('labelSv'), position: null, key: 'optionLabel' };
  if (rest[1] === 'options' && rest[2] !== undefined) {
    return { targetId: id(`option-${rest[2]}-sv`), position: null, key: 'optionTextRequired' };
  }
  return { targetId: id('labelSv'), position: null, key: 'invalid' };
}

const NUMBER_FIELDS = [
  'maxLength',
  'minOccurs',
  'maxOccurs',
  'minValue',
  'maxValue',
  'minSelected',
  'maxSelected',
];

function fieldTarget(
  item: BuilderItem,
  rest: string[],
  problem: AdminFieldProblem,
  position: BuilderItemPosition,
): BuilderProblemTarget {
  const id = (suffix: string) => `item-${item.linkId}-${suffix}`;
  const field = rest[0] ?? '';
  if (NUMBER_FIELDS.includes(field)) return { targetId: id(field), position, key: field };
  switch (field) {
    case 'text':
      return {
        targetId: id('textSv'),
        position,
        key: item.type === 'display' ? 'displayRequired' : 'labelRequired',
      };
    case 'hint':
      return { targetId: id('hintSv'), position, key: 'hintRequired' };
    case 'answerOptions': {
      const optionIndex = rest[1];
      if (optionIndex === undefined)
        return { targetId: id('addOption'), position, key: 'optionsEmpty' };
      return { targetId: id(`option-${optionIndex}-sv`), position, key: 'optionTextRequired' };
    }
    case 'enableWhen': {
      const condition = item.conditions[Number(rest[1])];
      if (!condition) return { targetId: id('addCondition'), position, key: 'conditionInvalid' };
      const part =
        rest[2] === 'question' ? 'question' : rest[2] === 'operator' ? 'operator' : 'answer';
      const key =
        part === 'question'
          ? problem.code === 'REQUIRED'
            ? 'conditionQuestion'
            : 'conditionEarlier'
          : part === 'answer' && problem.code === 'INVALID_FORMAT'
            ? 'conditionNumber'
            : part === 'answer' && problem.code === 'REQUIRED'
              ? 'conditionAnswer'
              : 'conditionInvalid';
      return { targetId: id(`condition-${condition.key}-${part}`), position, key };
    }
    case 'clinicOption':
      return { targetId: id('gate'), position, key: 'invalid' };
    case 'dateRules': {
      const rule = item.dateRules[Number(rest[1])];
      if (!rule) return { targetId: id('addDateRule'), position, key: 'dateRulesClosed' };
      return rest[2] === 'days'
        ? { targetId: id(`date-rule-${rule.key}-days`), position, key: 'dateRuleDays' }
        : { targetId: id(`date-rule-${rule.key}-from`), position, key: 'dateRuleFrom' };
    }
    default:
      return { targetId: id(item.kept ? 'move-up' : 'textSv'), position, key: 'invalid' };
  }
}
