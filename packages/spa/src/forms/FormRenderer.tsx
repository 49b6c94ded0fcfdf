import { Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type AnswerValidator, FORM_LIMITS, type FormItem, type Lang, localize } from '@etj/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices, MultiChoice, SingleChoice } from './choice-fields.tsx';
import { type Answers, type AnswerPath, answerAt, fieldId, join } from './form-answers.ts';
import { RepeatingGroup } from './RepeatingGroup.tsx';
import { DateField, formatInputProps, LongText } from './text-fields.tsx';

/** Shown by the page itself above every form, so the renderer leaves this item out. */
const PAGE_LEVEL_ITEMS: ReadonlySet<string> = new Set(['notForEmergencies']);

export type FormRendererProps = {
  items: FormItem[];
  validator: AnswerValidator;
  answers: Answers;
  /** Paths switched on by enableWhen and clinic options (`validator.enabledPaths(answers)`). */
  enabled: ReadonlySet<string>;
  language: Lang;
  onAnswer: (path: AnswerPath, value: unknown) => void;
  /** The inline error to show at a field, if any (the page decides when errors show). */
  errorFor: (path: AnswerPath) => string | undefined;
  onLeaveField: (path: AnswerPath) => void;
};

/** Renders a form definition's items with their answers: every item type of the domain format. */
export function FormRenderer(props: FormRendererProps) {
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      <div className="etj-form-items">
        <Items {...props} path="" announce={setAnnouncement} />
      </div>
      <p role="status" className="etj-visually-hidden">
        {announcement}
      </p>
    </>
  );
}

type ItemsProps = Omit<FormRendererProps, 'items'> & {
  path: AnswerPath;
  announce: (text: string) => void;
};

function Items({ items, path, ...props }: ItemsProps & { items: FormItem[] }) {
  return items.map((item) => {
    const at = join(path, item.linkId);
    if (item.type === 'display') {
      if (PAGE_LEVEL_ITEMS.has(item.linkId)) return null;
      return (
        <Paragraph key={item.linkId} className="etj-display-text">
          {localize(item.text, props.language)}
        </Paragraph>
      );
    }
    if (!props.enabled.has(at)) return null;
    return <Item key={item.linkId} {...props} item={item} path={at} />;
  });
}

function Item({ item, path, ...props }: ItemsProps & { item: FormItem }) {
  const { t } = useTranslation('common');
  const { language, answers, onAnswer, errorFor, onLeaveField } = props;
  const value = answerAt(answers, path);
  const error = errorFor(path);
  const id = fieldId(path);
  const required = 'required' in item && item.required === true;
  const label = (
    <>
      {localize(item.text, language)}
      {required || item.type === 'group' ? null : (
        <span className="etj-optional"> {t('answerForm.optional')}</span>
      )}
    </>
  );
  const hint = item.hint ? localize(item.hint, language) : undefined;
  const leave = () => {
    onLeaveField(path);
  };

  switch (item.type) {
    case 'display':
      return null;
    case 'string':
    case 'text': {
      const limit = Math.min(
        item.maxLength ?? Number.POSITIVE_INFINITY,
        item.type === 'string' ? FORM_LIMITS.stringMaxLength : FORM_LIMITS.textMaxLength,
      );
      const shared = {
        id,
        label,
        description: hint,
        error,
        value: typeof value === 'string' ? value : '',
        onBlur: leave,
      };
      return item.type === 'text' ? (
        <LongText
          {...shared}
          limit={limit}
          onChange={(text) => {
            onAnswer(path, text);
          }}
        />
      ) : (
        <Textfield
          {...shared}
          {...formatInputProps(item.format)}
          onChange={(event) => {
            onAnswer(path, event.target.value);
          }}
        />
      );
    }
    case 'integer':
      return (
        <Textfield
          id={id}
          label={label}
          description={hint}
          error={error}
          inputMode="numeric"
          autoComplete="off"
          value={typeof value === 'number' ? String(value) : typeof value === 'string' ? value : ''}
          onBlur={leave}
          onChange={(event) => {
            onAnswer(path, event.target.value);
          }}
        />
      );
    case 'date':
      return (
        <DateField
          item={item}
          id={id}
          label={label}
          description={hint}
          error={error}
          value={typeof value === 'string' ? value : ''}
          onBlur={leave}
          onChange={(date) => {
            onAnswer(path, date);
          }}
        />
      );
    case 'boolean':
      return (
        <Choices
          id={id}
          legend={label}
          hint={hint}
          error={error}
          name={id}
          options={[
            { code: 'true', label: t('answerForm.yes') },
            { code: 'false', label: t('answerForm.no') },
          ]}
          chosen={value === true ? 'true' : value === false ? 'false' : undefined}
          onChoose={(code) => {
            onAnswer(path, code === 'true');
          }}
          onLeave={leave}
        />
      );
    case 'choice':
      return (
        <SingleChoice
          item={item}
          id={id}
          label={label}
          hint={hint}
          error={error}
          value={value}
          options={props.validator.optionsFor(item.linkId)}
          language={language}
          onChoose={(code) => {
            onAnswer(path, code);
          }}
          onLeave={leave}
        />
      );
    case 'multi-choice':
      return (
        <MultiChoice
          item={item}
          id={id}
          label={label}
          hint={hint}
          error={error}
          value={value}
          options={props.validator.optionsFor(item.linkId)}
          language={language}
          onChange={(codes) => {
            onAnswer(path, codes.length === 0 ? undefined : codes);
          }}
          onLeave={leave}
        />
      );
    case 'group':
      return item.repeats ? (
        <RepeatingGroup
          item={item}
          path={path}
          label={label}
          hint={hint}
          error={error}
          language={language}
          answers={answers}
          onAnswer={onAnswer}
          announce={props.announce}
          renderItems={(at) => <Items {...props} items={item.items} path={at} />}
        />
      ) : (
        <Fieldset id={id} className="etj-occurrence">
          <Fieldset.Legend>
            <Heading level={2} data-size="xs">
              {label}
            </Heading>
          </Fieldset.Legend>
          {hint ? <Fieldset.Description>{hint}</Fieldset.Description> : null}
          <Items {...props} items={item.items} path={path} />
        </Fieldset>
      );
  }
}
