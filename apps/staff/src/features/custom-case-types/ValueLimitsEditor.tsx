import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { TEXT_FORMATS, type TextFormat } from '@etj/domain';
import { useTranslation } from 'react-i18next';
import { type BuilderItem } from './builder-state.ts';

type LimitField = 'minValue' | 'maxValue' | 'minSelected' | 'maxSelected';

const FIELDS: Partial<Record<BuilderItem['type'], [LimitField, LimitField]>> = {
  integer: ['minValue', 'maxValue'],
  'multi-choice': ['minSelected', 'maxSelected'],
};

/** The smallest and largest integer answer, or how many choices must and may be made. */
export function ValueLimitsEditor({
  item,
  onChange,
  errorFor,
}: {
  item: BuilderItem;
  onChange: (change: Partial<BuilderItem>) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const fields = FIELDS[item.type];
  if (!fields) return null;
  return (
    <div className="etj-two-columns">
      {fields.map((field) => {
        const id = `item-${item.linkId}-${field}`;
        return (
          <Textfield
            key={field}
            id={id}
            className="etj-narrow-field"
            inputMode="numeric"
            label={t(`customCaseTypes.item.${field}`)}
            description={t(`customCaseTypes.item.${field}Hint`)}
            value={item[field]}
            error={errorFor(id)}
            onChange={(event) => {
              onChange({ [field]: event.target.value });
            }}
          />
        );
      })}
    </div>
  );
}

/** A one-line text's format (phone number, personnummer, postcode, street address) or none. */
export function TextFormatField({
  item,
  onChange,
}: {
  item: BuilderItem;
  onChange: (change: Partial<BuilderItem>) => void;
}) {
  const { t } = useTranslation();
  if (item.type !== 'string') return null;
  const id = `item-${item.linkId}-format`;
  return (
    <Field>
      <Label htmlFor={id}>{t('customCaseTypes.item.format')}</Label>
      <Select
        id={id}
        value={item.format}
        onChange={(event) => {
          onChange({ format: event.target.value as TextFormat | '' });
        }}
      >
        <Select.Option value="">{t('customCaseTypes.item.formats.none')}</Select.Option>
        {TEXT_FORMATS.map((format) => (
          <Select.Option key={format} value={format}>
            {t(`customCaseTypes.item.formats.${format}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
