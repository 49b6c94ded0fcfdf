import { Button, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { useTranslation } from 'react-i18next';
import { type BuilderOption, newOption, writtenIn } from './builder-state.ts';

export type OptionListEditorProps = {
  /** Prefix of the control ids: `<prefix>-option-<n>-sv`, `<prefix>-addOption`. */
  idPrefix: string;
  legend: string;
  options: BuilderOption[];
  onChange: (options: BuilderOption[]) => void;
  errorFor: (id: string) => string | undefined;
};

/** A list of answer options, each in Swedish and English, that can grow and shrink. */
export function OptionListEditor({
  idPrefix,
  legend,
  options,
  onChange,
  errorFor,
}: OptionListEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = (suffix: string) => `${idPrefix}-${suffix}`;
  const listError = errorFor(id('addOption'));
  const change = (code: string, field: 'sv' | 'en', value: string) => {
    onChange(options.map((o) => (o.code === code ? { ...o, [field]: value } : o)));
  };
  return (
    <Fieldset aria-describedby={listError ? id('options-error') : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <ol className="etj-option-rows">
        {options.map((option, index) => {
          const name =
            writtenIn(option, language) || t('customCaseTypes.item.optionN', { n: index + 1 });
          return (
            <li key={option.code} className="etj-option-row">
              <Textfield
                id={id(`option-${String(index)}-sv`)}
                label={t('customCaseTypes.item.optionSv', { n: index + 1 })}
                value={option.sv}
                error={errorFor(id(`option-${String(index)}-sv`))}
                onChange={(event) => {
                  change(option.code, 'sv', event.target.value);
                }}
              />
              <Textfield
                id={id(`option-${String(index)}-en`)}
                label={t('customCaseTypes.item.optionEn', { n: index + 1 })}
                value={option.en}
                onChange={(event) => {
                  change(option.code, 'en', event.target.value);
                }}
              />
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                onClick={() => {
                  onChange(options.filter((o) => o.code !== option.code));
                  document.getElementById(id('addOption'))?.focus();
                }}
              >
                {t('customCaseTypes.item.removeOption', { name })}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        type="button"
        variant="secondary"
        id={id('addOption')}
        aria-describedby={listError ? id('options-error') : undefined}
        onClick={() => {
          onChange([...options, newOption(options)]);
        }}
      >
        {t('customCaseTypes.item.addOption')}
      </Button>
      {listError ? (
        <ValidationMessage id={id('options-error')}>{listError}</ValidationMessage>
      ) : null}
    </Fieldset>
  );
}
