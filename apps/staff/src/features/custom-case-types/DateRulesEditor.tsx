import {
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { MAX_DATE_RULE_DAYS, MAX_DATE_RULES } from '@etj/domain';
import { useLanguage } from '@etj/spa';
import { type TFunction } from 'i18next';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  type BuilderDateRule,
  type BuilderItem,
  newDateRule,
  type QuestionRef,
} from './builder-state.ts';
import { questionName } from './ConditionEditor.tsx';

/** The rule in words: "Tidigast 30 dagar före dagens datum". */
function ruleInWords(
  t: TFunction,
  rule: BuilderDateRule,
  from: QuestionRef | undefined,
  language: 'sv' | 'en',
): string {
  const typed = rule.days.trim();
  const days = /^-?\d+$/.test(typed) ? Number(typed) : 0;
  const reference =
    rule.relativeTo === 'today'
      ? t('customCaseTypes.dateRules.todayRef')
      : t('customCaseTypes.dateRules.answerRef', {
          question: from ? questionName(t, from, language) : rule.question,
        });
  const offset =
    days === 0
      ? t('customCaseTypes.dateRules.same', { reference })
      : t(days < 0 ? 'customCaseTypes.dateRules.before' : 'customCaseTypes.dateRules.after', {
          count: Math.abs(days),
          reference,
        });
  return t(`customCaseTypes.dateRules.words.${rule.limit}`, { offset });
}

/**
 * Limits on a date answer: the earliest or latest date, counted from today or from an earlier
 * date answer at the same level or above (the only answers the format lets a rule name).
 */
export function DateRulesEditor({
  item,
  dates,
  onChange,
  errorFor,
}: {
  item: BuilderItem;
  /** The earlier date questions a rule may count from. */
  dates: QuestionRef[];
  onChange: (change: Partial<BuilderItem>) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = (suffix: string) => `item-${item.linkId}-${suffix}`;
  const rules = item.dateRules;
  const setRules = (next: BuilderDateRule[]) => {
    flushSync(() => {
      onChange({ dateRules: next });
    });
  };
  const change = (key: string, patch: Partial<BuilderDateRule>) => {
    onChange({ dateRules: rules.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  };
  const add = () => {
    const added = newDateRule(rules);
    setRules([...rules, added]);
    document.getElementById(id(`date-rule-${added.key}-limit`))?.focus();
  };
  const addError = errorFor(id('addDateRule'));
  return (
    <Fieldset>
      <Fieldset.Legend>{t('customCaseTypes.dateRules.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('customCaseTypes.dateRules.hint')}</Fieldset.Description>
      {rules.length > 0 ? (
        <ol className="etj-option-rows">
          {rules.map((rule, index) => {
            const n = index + 1;
            const rid = (suffix: string) => id(`date-rule-${rule.key}-${suffix}`);
            const from = dates.find((d) => d.linkId === rule.question);
            const fromValue = rule.relativeTo === 'today' ? 'today' : `answer:${rule.question}`;
            const fromError = errorFor(rid('from'));
            return (
              <li key={rule.key} className="etj-option-row">
                <Field>
                  <Label htmlFor={rid('limit')}>
                    {t('customCaseTypes.dateRules.limit', { n })}
                  </Label>
                  <Select
                    id={rid('limit')}
                    value={rule.limit}
                    onChange={(event) => {
                      change(rule.key, { limit: event.target.value as BuilderDateRule['limit'] });
                    }}
                  >
                    <Select.Option value="earliest">
                      {t('customCaseTypes.dateRules.earliest')}
                    </Select.Option>
                    <Select.Option value="latest">
                      {t('customCaseTypes.dateRules.latest')}
                    </Select.Option>
                  </Select>
                </Field>
                <Field>
                  <Label htmlFor={rid('from')}>{t('customCaseTypes.dateRules.from', { n })}</Label>
                  <Select
                    id={rid('from')}
                    value={fromValue}
                    aria-invalid={fromError ? true : undefined}
                    onChange={(event) => {
                      const value = event.target.value;
                      change(
                        rule.key,
                        value === 'today'
                          ? { relativeTo: 'today', question: '' }
                          : { relativeTo: 'answer', question: value.slice('answer:'.length) },
                      );
                    }}
                  >
                    <Select.Option value="today">
                      {t('customCaseTypes.dateRules.todayRef')}
                    </Select.Option>
                    {rule.relativeTo === 'answer' && !from ? (
                      <Select.Option value={fromValue}>
                        {t('customCaseTypes.conditions.unknown', { linkId: rule.question })}
                      </Select.Option>
                    ) : null}
                    {dates.map((d) => (
                      <Select.Option key={d.linkId} value={`answer:${d.linkId}`}>
                        {t('customCaseTypes.dateRules.answerRef', {
                          question: questionName(t, d, language),
                        })}
                      </Select.Option>
                    ))}
                  </Select>
                  {fromError ? <ValidationMessage>{fromError}</ValidationMessage> : null}
                </Field>
                <Textfield
                  id={rid('days')}
                  className="etj-narrow-field"
                  inputMode="numeric"
                  label={t('customCaseTypes.dateRules.days', { n })}
                  description={t('customCaseTypes.dateRules.daysHint', { max: MAX_DATE_RULE_DAYS })}
                  value={rule.days}
                  error={errorFor(rid('days'))}
                  onChange={(event) => {
                    change(rule.key, { days: event.target.value });
                  }}
                />
                <Paragraph data-size="sm" aria-live="polite">
                  {ruleInWords(t, rule, from, language)}
                </Paragraph>
                <Button
                  type="button"
                  variant="tertiary"
                  data-color="danger"
                  onClick={() => {
                    setRules(rules.filter((r) => r.key !== rule.key));
                    document.getElementById(id('addDateRule'))?.focus();
                  }}
                >
                  {t('customCaseTypes.dateRules.remove', { n })}
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      {rules.length < MAX_DATE_RULES ? (
        <Button
          type="button"
          variant="secondary"
          id={id('addDateRule')}
          aria-describedby={addError ? id('date-rules-error') : undefined}
          onClick={add}
        >
          {t('customCaseTypes.dateRules.add')}
        </Button>
      ) : (
        <Paragraph id={id('addDateRule')} tabIndex={-1}>
          {t('customCaseTypes.dateRules.full', { max: MAX_DATE_RULES })}
        </Paragraph>
      )}
      {addError ? (
        <ValidationMessage id={id('date-rules-error')}>{addError}</ValidationMessage>
      ) : null}
    </Fieldset>
  );
}
