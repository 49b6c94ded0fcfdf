import {
  type AnswerValidator,
  buildAnswerValidator,
  type ClinicOptions,
  type FormItem,
  type Lang,
  localize,
  parseFormDefinition,
} from '@etj/domain';
import { formatCalendarDate } from '@etj/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../routing/language.tsx';
import { type Answers, join } from './form-answers.ts';

/**
 * A form's answers, read-only, as a description list: what the citizen reviews before sending
 * and what the citizen and staff read once it is sent. Questions that were not enabled by the
 * answers are left out. Renders nothing for a definition it cannot read.
 */
export function AnswerSummary({
  definition,
  clinicOptions,
  answers,
}: {
  definition: unknown;
  clinicOptions: unknown;
  answers: Answers;
}) {
  const language = useLanguage();
  const parsed = useMemo(() => {
    const result = parseFormDefinition(definition);
    if (!result.ok) return null;
    const validator = buildAnswerValidator(result.value, clinicOptions as ClinicOptions);
    return { items: result.value.items, validator };
  }, [definition, clinicOptions]);
  if (!parsed) return null;
  return (
    <AnswerList
      items={parsed.items}
      answers={answers}
      enabled={parsed.validator.enabledPaths(answers)}
      validator={parsed.validator}
      path=""
      language={language}
    />
  );
}

function AnswerList({
  items,
  answers,
  enabled,
  validator,
  path,
  language,
}: {
  items: FormItem[];
  answers: Answers;
  enabled: ReadonlySet<string>;
  validator: AnswerValidator;
  path: string;
  language: Lang;
}) {
  const { t } = useTranslation('common');
  const shown = items.filter(
    (item) => item.type !== 'display' && enabled.has(join(path, item.linkId)),
  );
  const text = (item: FormItem, value: unknown): string => {
    if (
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    )
      return t('answerSummary.notAnswered');
    switch (item.type) {
      case 'boolean':
        return value === true ? t('answerForm.yes') : t('answerForm.no');
      case 'choice':
      case 'multi-choice': {
        const codes = (Array.isArray(value) ? (value as unknown[]) : [value]).filter(
          (code): code is string => typeof code === 'string',
        );
        const options = validator.optionsFor(item.linkId);
        return codes
          .map((code) => {
            const option = options.find((candidate) => candidate.code === code);
            return option ? localize(option.display, language) : code;
          })
          .join(', ');
      }
      case 'date':
        return typeof value === 'string' ? formatCalendarDate(value, language) : '';
      case 'string':
      case 'text':
      case 'integer':
      case 'display':
      case 'group':
        return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    }
  };
  return (
    <dl className="etj-answers">
      {shown.map((item) => {
        const at = join(path, item.linkId);
        const value = answers[item.linkId];
        const label = localize(item.text, language);
        if (item.type === 'group') {
          const occurrences = item.repeats
            ? Array.isArray(value)
              ? (value as Answers[])
              : []
            : [value && typeof value === 'object' ? (value as Answers) : {}];
          return occurrences.map((occurrence, index) => (
            <div key={`${item.linkId}-${index}`}>
              <dt>
                {item.repeats
                  ? t('answerForm.occurrence', { group: label, number: index + 1 })
                  : label}
              </dt>
              <dd>
                <AnswerList
                  items={item.items}
                  answers={occurrence}
                  enabled={enabled}
                  validator={validator}
                  path={item.repeats ? join(at, index) : at}
                  language={language}
                />
              </dd>
            </div>
          ));
        }
        return (
          <div key={item.linkId}>
            <dt>{label}</dt>
            <dd>{text(item, value)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
