import {
  Field,
  Label,
  Paragraph,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type DateItem, stockholmDate, type TextFormat, todayDateLimits } from '@etj/domain';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A textarea with its own character counter. The design system's `Field.Counter` is not used:
 * its web component clears `aria-invalid` on every keystroke while under the limit, which hid
 * an inline error (such as a required answer) from assistive technology.
 */
export function LongText({
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

/**
 * A date input. Limits relative to today become its `min` and `max` (today in Stockholm by the
 * browser's clock; the API checks again on its own), so the date picker offers only those days.
 */
export function DateField({
  item,
  id,
  label,
  description,
  error,
  value,
  onBlur,
  onChange,
}: {
  item: DateItem;
  id: string;
  label: ReactNode;
  description: string | undefined;
  error: string | undefined;
  value: string;
  onBlur: () => void;
  onChange: (date: string | undefined) => void;
}) {
  const { t } = useTranslation('common');
  const { earliest, latest } = todayDateLimits(item, stockholmDate(new Date()));
  return (
    <Textfield
      id={id}
      type="date"
      label={label}
      description={description ?? t('answerForm.dateHint')}
      error={error}
      value={value}
      min={earliest}
      max={latest}
      onBlur={onBlur}
      onChange={(event) => {
        onChange(event.target.value === '' ? undefined : event.target.value);
      }}
    />
  );
}

/**
 * Input attributes for a text format: the keyboard a phone shows and the autofill purpose
 * (WCAG 1.3.5). The answer is checked and normalised by the validator, not by the input.
 */
export function formatInputProps(format: TextFormat | undefined): {
  type?: 'tel';
  inputMode?: 'tel' | 'numeric';
  autoComplete: string;
} {
  switch (format) {
    case 'phone':
      return { type: 'tel', inputMode: 'tel', autoComplete: 'tel' };
    case 'postal-code':
      return { inputMode: 'numeric', autoComplete: 'postal-code' };
    case 'street-address':
      return { autoComplete: 'street-address' };
    case 'personnummer':
      return { inputMode: 'numeric', autoComplete: 'off' };
    case undefined:
      return { autoComplete: 'off' };
  }
}
