import { Textfield } from '@digdir/designsystemet-react';
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
