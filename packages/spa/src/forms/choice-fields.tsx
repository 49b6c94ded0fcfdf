import {
  Checkbox,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type ChoiceItem, type Lang, localize, type MultiChoiceItem } from '@etj/domain';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Choices with more options than this are a select instead of radios. */
const MAX_RADIOS = 6;

type ChoiceOption = { code: string; label: string };

export function Choices({
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

export function SingleChoice({
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

export function MultiChoice({
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
