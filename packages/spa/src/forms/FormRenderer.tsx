import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  type AnswerValidator,
  type ChoiceItem,
  FORM_LIMITS,
  type FormItem,
  type GroupItem,
  type Lang,
  localize,
  type MultiChoiceItem,
} from '@etj/domain';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { type ReactNode, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { type Answers, type AnswerPath, answerAt, fieldId, join } from './form-answers.ts';

/** Choices with more options than this are a select instead of radios. */
const MAX_RADIOS = 6;

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
          autoComplete="off"
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
        <Textfield
          id={id}
          type="date"
          label={label}
          description={hint ?? t('answerForm.dateHint')}
          error={error}
          value={typeof value === 'string' ? value : ''}
          onBlur={leave}
          onChange={(event) => {
            onAnswer(path, event.target.value === '' ? undefined : event.target.value);
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
          {...props}
          item={item}
          path={path}
          label={label}
          hint={hint}
          error={error}
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

/**
 * A textarea with its own character counter. The design system's `Field.Counter` is not used:
 * its web component clears `aria-invalid` on every keystroke while under the limit, which hid
 * an inline error (such as a required answer) from assistive technology.
 */
function LongText({
  id,
  label,
  description,
  error,
  value,
  limit,
  onBlur,
  onChange,
}: {
  id: string;
  label: ReactNode;
  description: string | undefined;
  error: string | undefined;
  value: string;
  limit: number;
  onBlur: () => void;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation('common');
  const left = limit - value.length;
  const counterId = `${id}-counter`;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Textarea
        id={id}
        rows={5}
        value={value}
        aria-invalid={error || left < 0 ? true : undefined}
        aria-describedby={counterId}
        onBlur={onBlur}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <Paragraph id={counterId} data-size="sm">
        {t(left < 0 ? 'fieldCounter.over' : 'fieldCounter.under').replace(
          '%d',
          String(Math.abs(left)),
        )}
      </Paragraph>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

type ChoiceOption = { code: string; label: string };

function Choices({
  id,
  legend,
  hint,
  error,
  name,
  options,
  chosen,
  onChoose,
  onLeave,
}: {
  id: string;
  legend: ReactNode;
  hint: string | undefined;
  error: string | undefined;
  name: string;
  options: ChoiceOption[];
  chosen: string | undefined;
  onChoose: (code: string) => void;
  onLeave: () => void;
}) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {hint ? <Fieldset.Description>{hint}</Fieldset.Description> : null}
      {options.map((option, i) => (
        <Radio
          key={option.code}
          id={i === 0 ? id : `${id}-${option.code}`}
          name={name}
          value={option.code}
          label={option.label}
          checked={chosen === option.code}
          aria-invalid={error ? true : undefined}
          onChange={() => {
            onChoose(option.code);
          }}
          onBlur={onLeave}
        />
      ))}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

function SingleChoice({
  id,
  label,
  hint,
  error,
  value,
  options,
  language,
  onChoose,
  onLeave,
}: {
  item: ChoiceItem;
  id: string;
  label: ReactNode;
  hint: string | undefined;
  error: string | undefined;
  value: unknown;
  options: { code: string; display: { sv: string; en?: string } }[];
  language: Lang;
  onChoose: (code: string | undefined) => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation('common');
  const chosen = typeof value === 'string' ? value : undefined;
  if (options.length <= MAX_RADIOS) {
    return (
      <Choices
        id={id}
        legend={label}
        hint={hint}
        error={error}
        name={id}
        options={options.map((option) => ({
          code: option.code,
          label: localize(option.display, language),
        }))}
        chosen={chosen}
        onChoose={onChoose}
        onLeave={onLeave}
      />
    );
  }
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {hint ? <Field.Description>{hint}</Field.Description> : null}
      <Select
        id={id}
        value={chosen ?? ''}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onChoose(event.target.value === '' ? undefined : event.target.value);
        }}
        onBlur={onLeave}
      >
        <Select.Option value="">{t('answerForm.chooseOne')}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option.code} value={option.code}>
            {localize(option.display, language)}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

function MultiChoice({
  id,
  label,
  hint,
  error,
  value,
  options,
  language,
  onChange,
  onLeave,
}: {
  item: MultiChoiceItem;
  id: string;
  label: ReactNode;
  hint: string | undefined;
  error: string | undefined;
  value: unknown;
  options: { code: string; display: { sv: string; en?: string } }[];
  language: Lang;
  onChange: (codes: string[]) => void;
  onLeave: () => void;
}) {
  const chosen = Array.isArray(value) ? (value as unknown[]).map(String) : [];
  return (
    <Fieldset>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      {hint ? <Fieldset.Description>{hint}</Fieldset.Description> : null}
      {options.map((option, i) => (
        <Checkbox
          key={option.code}
          id={i === 0 ? id : `${id}-${option.code}`}
          value={option.code}
          label={localize(option.display, language)}
          checked={chosen.includes(option.code)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            // Kept in the options' order, whatever order they were ticked in.
            const next = event.target.checked
              ? options
                  .map((o) => o.code)
                  .filter((code) => code === option.code || chosen.includes(code))
              : chosen.filter((code) => code !== option.code);
            onChange(next);
          }}
          onBlur={onLeave}
        />
      ))}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

function RepeatingGroup({
  item,
  path,
  label,
  hint,
  error,
  ...props
}: ItemsProps & {
  item: GroupItem;
  label: ReactNode;
  hint: string | undefined;
  error: string | undefined;
}) {
  const { t } = useTranslation('common');
  const { language, answers, onAnswer, announce } = props;
  const list = answerAt(answers, path);
  const occurrences = Array.isArray(list) ? (list as unknown[]) : [];
  const min = item.minOccurs ?? 0;
  const max = item.maxOccurs ?? FORM_LIMITS.maxOccurs;
  const groupName = localize(item.text, language);
  const addId = fieldId(path);

  const add = () => {
    const number = occurrences.length + 1;
    flushSync(() => {
      onAnswer(path, [...occurrences, {}]);
    });
    announce(t('answerForm.occurrenceAdded', { group: groupName, number }));
    focusFirstField(`${fieldId(join(path, number - 1))}-occurrence`);
  };
  const remove = (index: number) => {
    flushSync(() => {
      onAnswer(
        path,
        occurrences.filter((_, i) => i !== index),
      );
    });
    announce(t('answerForm.occurrenceRemoved', { group: groupName, number: index + 1 }));
    document.getElementById(addId)?.focus();
  };

  return (
    <section aria-labelledby={`${addId}-heading`} className="etj-repeating-group">
      <Heading level={2} data-size="xs" id={`${addId}-heading`}>
        {label}
      </Heading>
      {hint ? <Paragraph>{hint}</Paragraph> : null}
      {occurrences.map((_, index) => {
        const at = join(path, index);
        const number = index + 1;
        return (
          <div key={index} className="etj-occurrence" id={`${fieldId(at)}-occurrence`}>
            <Fieldset>
              <Fieldset.Legend>
                {t('answerForm.occurrence', { group: groupName, number })}
              </Fieldset.Legend>
              <Items {...props} items={item.items} path={at} />
              {occurrences.length > min ? (
                <div>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => {
                      remove(index);
                    }}
                  >
                    <TrashIcon aria-hidden />
                    {t('answerForm.remove', { group: groupName.toLowerCase(), number })}
                  </Button>
                </div>
              ) : null}
            </Fieldset>
          </div>
        );
      })}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      {occurrences.length < max ? (
        <Button id={addId} variant="secondary" onClick={add}>
          <PlusIcon aria-hidden />
          {t('answerForm.add', { group: groupName.toLowerCase() })}
        </Button>
      ) : (
        <Paragraph id={addId} tabIndex={-1}>
          {t('answerForm.maxReached', { max })}
        </Paragraph>
      )}
    </section>
  );
}

function focusFirstField(containerId: string) {
  document
    .getElementById(containerId)
    ?.querySelector<HTMLElement>('input, textarea, select')
    ?.focus();
}
