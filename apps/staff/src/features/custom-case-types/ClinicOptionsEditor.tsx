import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useLanguage } from '@etj/spa';
import { useTranslation } from 'react-i18next';
import { type BuilderClinicOption, newClinicOption, writtenIn } from './builder-state.ts';
import { OptionListEditor } from './OptionListEditor.tsx';

const KINDS = ['flag', 'selection', 'options'] as const;

/**
 * The settings each clinic chooses when it activates the form (on/off switches, a selection
 * among fixed choices, or a list the clinic writes), with their defaults.
 */
export function ClinicOptionsEditor({
  options,
  onChange,
  errorFor,
}: {
  options: BuilderClinicOption[];
  onChange: (options: BuilderClinicOption[]) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const [addKind, setAddKind] = useState<BuilderClinicOption['kind']>('flag');
  const addError = errorFor('clinic-options-add');
  const add = () => {
    const added = newClinicOption(addKind, options);
    flushSync(() => {
      onChange([...options, added]);
    });
    document.getElementById(`clinic-option-${added.key}-labelSv`)?.focus();
  };
  return (
    <section aria-labelledby="clinic-options-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="clinic-options-heading" tabIndex={-1}>
        {t('customCaseTypes.clinicOptions.title')}
      </Heading>
      <Paragraph>{t('customCaseTypes.clinicOptions.lead')}</Paragraph>
      {options.length > 0 ? (
        <ol className="etj-item-list">
          {options.map((option, index) => (
            <li key={option.key}>
              <ClinicOptionFields
                option={option}
                n={index + 1}
                errorFor={errorFor}
                onChange={(changed) => {
                  onChange(options.map((o) => (o.key === option.key ? changed : o)));
                }}
                onRemove={() => {
                  flushSync(() => {
                    onChange(options.filter((o) => o.key !== option.key));
                  });
                  document.getElementById('clinic-options-heading')?.focus();
                }}
              />
            </li>
          ))}
        </ol>
      ) : null}
      <div className="etj-add-item">
        <Field>
          <Label htmlFor="clinic-options-kind">{t('customCaseTypes.clinicOptions.addKind')}</Label>
          <Select
            id="clinic-options-kind"
            value={addKind}
            onChange={(event) => {
              setAddKind(event.target.value as BuilderClinicOption['kind']);
            }}
          >
            {KINDS.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(`customCaseTypes.clinicOptions.kinds.${kind}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button
          type="button"
          variant="secondary"
          id="clinic-options-add"
          aria-describedby={addError ? 'clinic-options-error' : undefined}
          onClick={add}
        >
          {t('customCaseTypes.clinicOptions.add')}
        </Button>
      </div>
      {addError ? (
        <ValidationMessage id="clinic-options-error">{addError}</ValidationMessage>
      ) : null}
    </section>
  );
}

function ClinicOptionFields({
  option,
  n,
  errorFor,
  onChange,
  onRemove,
}: {
  option: BuilderClinicOption;
  n: number;
  errorFor: (id: string) => string | undefined;
  onChange: (option: BuilderClinicOption) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = (suffix: string) => `clinic-option-${option.key}-${suffix}`;
  const name = t('customCaseTypes.clinicOptions.position', { n });
  const set = (change: Partial<BuilderClinicOption>) => {
    onChange({ ...option, ...change });
  };
  return (
    <Fieldset className="etj-item-editor">
      <Fieldset.Legend>
        {name}:{' '}
        {writtenIn({ sv: option.labelSv, en: option.labelEn }, language) ||
          t('customCaseTypes.item.untitled')}{' '}
        ({t(`customCaseTypes.clinicOptions.kinds.${option.kind}`)})
      </Fieldset.Legend>
      <div className="etj-two-columns">
        <Textfield
          id={id('labelSv')}
          label={t('customCaseTypes.clinicOptions.labelSv')}
          value={option.labelSv}
          error={errorFor(id('labelSv'))}
          onChange={(event) => {
            set({ labelSv: event.target.value });
          }}
        />
        <Textfield
          id={id('labelEn')}
          label={t('customCaseTypes.clinicOptions.labelEn')}
          value={option.labelEn}
          onChange={(event) => {
            set({ labelEn: event.target.value });
          }}
        />
      </div>
      <Textfield
        id={id('description')}
        multiline
        rows={2}
        label={t('customCaseTypes.item.description')}
        description={t('customCaseTypes.item.descriptionHint')}
        value={option.description}
        onChange={(event) => {
          set({ description: event.target.value });
        }}
      />
      {option.kind === 'flag' ? (
        <Checkbox
          id={id('default')}
          label={t('customCaseTypes.clinicOptions.flagDefault')}
          checked={option.flagDefault}
          onChange={(event) => {
            set({ flagDefault: event.target.checked });
          }}
        />
      ) : (
        <OptionListEditor
          idPrefix={`clinic-option-${option.key}`}
          legend={t(
            option.kind === 'selection'
              ? 'customCaseTypes.clinicOptions.choices'
              : 'customCaseTypes.clinicOptions.list',
          )}
          options={option.options}
          errorFor={errorFor}
          onChange={(options) => {
            const codes = options.map((o) => o.code);
            set({ options, chosen: option.chosen.filter((code) => codes.includes(code)) });
          }}
        />
      )}
      {option.kind === 'selection' ? (
        <Fieldset>
          <Fieldset.Legend>{t('customCaseTypes.clinicOptions.chosen')}</Fieldset.Legend>
          {option.options.map((choice, index) => (
            <Checkbox
              key={choice.code}
              id={id(`chosen-${choice.code}`)}
              label={
                writtenIn(choice, language) || t('customCaseTypes.item.optionN', { n: index + 1 })
              }
              checked={option.chosen.includes(choice.code)}
              onChange={(event) => {
                set({
                  chosen: event.target.checked
                    ? [...option.chosen, choice.code]
                    : option.chosen.filter((code) => code !== choice.code),
                });
              }}
            />
          ))}
        </Fieldset>
      ) : null}
      <div className="etj-actions">
        <Button type="button" variant="tertiary" data-color="danger" onClick={onRemove}>
          {t('customCaseTypes.clinicOptions.remove', { position: name })}
        </Button>
      </div>
    </Fieldset>
  );
}
