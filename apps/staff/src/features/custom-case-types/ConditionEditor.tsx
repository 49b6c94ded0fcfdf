import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { type TFunction } from 'i18next';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  type BuilderCondition,
  type BuilderItem,
  type BuilderItemType,
  hasOptions,
  newCondition,
  type QuestionRef,
  writtenIn,
} from './builder-state.ts';

/** What the operator select offers; `exists` is split into "answered" and "not answered". */
type OperatorChoice = 'answered' | 'unanswered' | '=' | '!=' | 'in';

const operatorChoices = (type: BuilderItemType | undefined): OperatorChoice[] =>
  type !== undefined && hasOptions(type)
    ? ['answered', 'unanswered', '=', '!=', 'in']
    : ['answered', 'unanswered', '=', '!='];

const choiceOf = (condition: BuilderCondition): OperatorChoice =>
  condition.operator === 'exists'
    ? condition.answer === 'false'
      ? 'unanswered'
      : 'answered'
    : condition.operator;

const firstValue = (ref: QuestionRef | undefined) =>
  ref?.type === 'boolean'
    ? 'true'
    : hasOptions(ref?.type ?? 'string')
      ? (ref?.options[0]?.code ?? '')
      : '';

/** The condition with another operator, its value reset to what the operator takes. */
function withOperator(
  condition: BuilderCondition,
  choice: OperatorChoice,
  ref: QuestionRef | undefined,
): BuilderCondition {
  if (choice === 'answered' || choice === 'unanswered') {
    return { ...condition, operator: 'exists', answer: String(choice === 'answered'), answers: [] };
  }
  if (choice === 'in') return { ...condition, operator: 'in', answer: '', answers: [] };
  const keep = condition.operator === '=' || condition.operator === '!=';
  return {
    ...condition,
    operator: choice,
    answer: keep ? condition.answer : firstValue(ref),
    answers: [],
  };
}

/** The condition looking at another question; an operator the new question cannot take falls back. */
function withQuestion(condition: BuilderCondition, ref: QuestionRef | undefined): BuilderCondition {
  const moved = { ...condition, question: ref?.linkId ?? '' };
  const choice = choiceOf(condition);
  return withOperator(
    moved,
    operatorChoices(ref?.type).includes(choice) ? choice : 'answered',
    ref,
  );
}

export const questionName = (t: TFunction, ref: QuestionRef, language: 'sv' | 'en') => {
  const text =
    writtenIn({ sv: ref.textSv, en: ref.textEn }, language) || t('customCaseTypes.item.untitled');
  return ref.number === null
    ? text
    : `${t('customCaseTypes.item.position', { n: ref.number })}: ${text}`;
};

export type ConditionEditorProps = {
  item: BuilderItem;
  /** The answerable items above this one: what its conditions may look at. */
  earlier: QuestionRef[];
  onChange: (change: Partial<BuilderItem>) => void;
  errorFor: (id: string) => string | undefined;
};

/** "Show this question when …": conditions on earlier answers, combined with all or any. */
export function ConditionEditor({ item, earlier, onChange, errorFor }: ConditionEditorProps) {
  const { t } = useTranslation();
  const id = (suffix: string) => `item-${item.linkId}-${suffix}`;
  const { conditions } = item;
  const setConditions = (next: BuilderCondition[]) => {
    flushSync(() => {
      onChange({ conditions: next });
    });
  };
  const add = () => {
    const added = newCondition(conditions, earlier[earlier.length - 1]?.linkId ?? '');
    setConditions([...conditions, withQuestion(added, earlier[earlier.length - 1])]);
    document.getElementById(id(`condition-${added.key}-question`))?.focus();
  };
  const behavior = item.enableBehavior === 'any' ? 'any' : 'all';

  return (
    <Fieldset>
      <Fieldset.Legend>{t('customCaseTypes.conditions.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('customCaseTypes.conditions.hint')}</Fieldset.Description>
      {conditions.length > 0 ? (
        <ol className="etj-option-rows">
          {conditions.map((condition, index) => (
            <ConditionRow
              key={condition.key}
              idPrefix={id(`condition-${condition.key}`)}
              n={index + 1}
              condition={condition}
              earlier={earlier}
              errorFor={errorFor}
              onChange={(changed) => {
                onChange({
                  conditions: conditions.map((c) => (c.key === condition.key ? changed : c)),
                });
              }}
              onRemove={() => {
                setConditions(conditions.filter((c) => c.key !== condition.key));
                document.getElementById(id('addCondition'))?.focus();
              }}
            />
          ))}
        </ol>
      ) : null}
      {conditions.length > 1 ? (
        <Fieldset>
          <Fieldset.Legend>{t('customCaseTypes.conditions.behavior')}</Fieldset.Legend>
          {(['all', 'any'] as const).map((value) => (
            <Radio
              key={value}
              id={id(`behavior-${value}`)}
              name={id('behavior')}
              value={value}
              label={t(`customCaseTypes.conditions.behaviors.${value}`)}
              checked={behavior === value}
              onChange={() => {
                onChange({ enableBehavior: value });
              }}
            />
          ))}
        </Fieldset>
      ) : null}
      {earlier.length > 0 ? (
        <Button type="button" variant="secondary" id={id('addCondition')} onClick={add}>
          {t('customCaseTypes.conditions.add')}
        </Button>
      ) : (
        <Paragraph id={id('addCondition')} tabIndex={-1}>
          {t('customCaseTypes.conditions.noEarlier')}
        </Paragraph>
      )}
    </Fieldset>
  );
}

function ConditionRow({
  idPrefix,
  n,
  condition,
  earlier,
  errorFor,
  onChange,
  onRemove,
}: {
  idPrefix: string;
  n: number;
  condition: BuilderCondition;
  earlier: QuestionRef[];
  errorFor: (id: string) => string | undefined;
  onChange: (condition: BuilderCondition) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = (suffix: string) => `${idPrefix}-${suffix}`;
  const ref = earlier.find((q) => q.linkId === condition.question);
  const questionError = errorFor(id('question'));
  const choice = choiceOf(condition);
  // One that no longer fits the question (its type changed) stays visible until changed.
  const fitting = operatorChoices(ref?.type);
  const choices = fitting.includes(choice) ? fitting : [...fitting, choice];
  const operatorError = errorFor(id('operator'));
  return (
    <li className="etj-option-row">
      <Field>
        <Label htmlFor={id('question')}>{t('customCaseTypes.conditions.question', { n })}</Label>
        <Select
          id={id('question')}
          value={condition.question}
          aria-invalid={questionError ? true : undefined}
          onChange={(event) => {
            onChange(
              withQuestion(
                condition,
                earlier.find((q) => q.linkId === event.target.value),
              ),
            );
          }}
        >
          {ref ? null : (
            <Select.Option value={condition.question}>
              {condition.question === ''
                ? t('customCaseTypes.conditions.pick')
                : t('customCaseTypes.conditions.unknown', { linkId: condition.question })}
            </Select.Option>
          )}
          {earlier.map((q) => (
            <Select.Option key={q.linkId} value={q.linkId}>
              {questionName(t, q, language)}
            </Select.Option>
          ))}
        </Select>
        {questionError ? <ValidationMessage>{questionError}</ValidationMessage> : null}
      </Field>
      <Field>
        <Label htmlFor={id('operator')}>{t('customCaseTypes.conditions.operator', { n })}</Label>
        <Select
          id={id('operator')}
          value={choice}
          aria-invalid={operatorError ? true : undefined}
          onChange={(event) => {
            onChange(withOperator(condition, event.target.value as OperatorChoice, ref));
          }}
        >
          {choices.map((value) => (
            <Select.Option key={value} value={value}>
              {t(
                `customCaseTypes.conditions.operators.${value === '!=' ? 'not' : value === '=' ? 'is' : value}`,
              )}
            </Select.Option>
          ))}
        </Select>
        {operatorError ? <ValidationMessage>{operatorError}</ValidationMessage> : null}
      </Field>
      <ConditionValue
        id={id('answer')}
        n={n}
        condition={condition}
        question={ref}
        error={errorFor(id('answer'))}
        onChange={onChange}
      />
      <Button type="button" variant="tertiary" data-color="danger" onClick={onRemove}>
        {t('customCaseTypes.conditions.remove', { n })}
      </Button>
    </li>
  );
}

/** The value a condition compares with, in a control that fits the question's type. */
function ConditionValue({
  id,
  n,
  condition,
  question,
  error,
  onChange,
}: {
  id: string;
  n: number;
  condition: BuilderCondition;
  question: QuestionRef | undefined;
  error: string | undefined;
  onChange: (condition: BuilderCondition) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = t('customCaseTypes.conditions.value', { n });
  const optionName = (o: { sv: string; en: string }, index: number) =>
    writtenIn(o, language) || t('customCaseTypes.item.optionN', { n: index + 1 });
  if (condition.operator === 'exists') return <span aria-hidden="true" />;
  if (condition.operator === 'in') {
    return (
      <Fieldset>
        <Fieldset.Legend>{label}</Fieldset.Legend>
        {(question?.options ?? []).map((o, index) => (
          <Checkbox
            key={o.code}
            id={index === 0 ? id : `${id}-${o.code}`}
            label={optionName(o, index)}
            checked={condition.answers.includes(o.code)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              const answers = event.target.checked
                ? [...condition.answers, o.code]
                : condition.answers.filter((code) => code !== o.code);
              onChange({ ...condition, answers });
            }}
          />
        ))}
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Fieldset>
    );
  }
  const set = (answer: string) => {
    onChange({ ...condition, answer });
  };
  if (question?.type === 'boolean' || (question && hasOptions(question.type))) {
    const values =
      question.type === 'boolean'
        ? [
            { value: 'true', name: t('customCaseTypes.conditions.yes') },
            { value: 'false', name: t('customCaseTypes.conditions.no') },
          ]
        : question.options.map((o, index) => ({ value: o.code, name: optionName(o, index) }));
    const known = values.some((v) => v.value === condition.answer);
    return (
      <Field>
        <Label htmlFor={id}>{label}</Label>
        <Select
          id={id}
          value={condition.answer}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            set(event.target.value);
          }}
        >
          {known ? null : (
            <Select.Option value={condition.answer}>{condition.answer || '–'}</Select.Option>
          )}
          {values.map((v) => (
            <Select.Option key={v.value} value={v.value}>
              {v.name}
            </Select.Option>
          ))}
        </Select>
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Field>
    );
  }
  return (
    <Textfield
      id={id}
      label={label}
      type={question?.type === 'date' ? 'date' : 'text'}
      inputMode={question?.type === 'integer' ? 'numeric' : undefined}
      value={condition.answer}
      error={error}
      onChange={(event) => {
        set(event.target.value);
      }}
    />
  );
}
