import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { useTranslation } from 'react-i18next';
import {
  type BuilderClinicOption,
  type BuilderItem,
  hasOptions,
  writtenIn,
} from './builder-state.ts';

const label = (option: BuilderClinicOption, language: 'sv' | 'en') =>
  writtenIn({ sv: option.labelSv, en: option.labelEn }, language) || option.key;

/**
 * The clinic option that switches the item on, and for a choice where its options come from.
 * Shown only when the form declares clinic options (or the item already names one).
 */
export function ClinicGateFields({
  item,
  clinicOptions,
  onChange,
  errorFor,
}: {
  item: BuilderItem;
  clinicOptions: BuilderClinicOption[];
  onChange: (change: Partial<BuilderItem>) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = (suffix: string) => `item-${item.linkId}-${suffix}`;
  const gates = clinicOptions.flatMap((option) =>
    option.kind === 'flag'
      ? [{ value: JSON.stringify([option.key, '']), name: label(option, language) }]
      : option.kind === 'selection'
        ? option.options.map((choice) => ({
            value: JSON.stringify([option.key, choice.code]),
            name: `${label(option, language)}: ${writtenIn(choice, language) || choice.code}`,
          }))
        : [],
  );
  const lists = clinicOptions.filter((option) => option.kind === 'options');
  const gate = item.gateOption === '' ? '' : JSON.stringify([item.gateOption, item.gateIncludes]);
  const showGate = gates.length > 0 || gate !== '';
  const showSource = hasOptions(item.type) && (lists.length > 0 || item.optionsFrom !== '');
  const gateError = errorFor(id('gate'));
  return (
    <>
      {showGate ? (
        <Field>
          <Label htmlFor={id('gate')}>{t('customCaseTypes.gate.label')}</Label>
          <Select
            id={id('gate')}
            value={gate}
            aria-invalid={gateError ? true : undefined}
            onChange={(event) => {
              const [option = '', includes = ''] =
                event.target.value === ''
                  ? []
                  : (JSON.parse(event.target.value) as [string, string]);
              onChange({ gateOption: option, gateIncludes: includes });
            }}
          >
            <Select.Option value="">{t('customCaseTypes.gate.always')}</Select.Option>
            {gate !== '' && !gates.some((g) => g.value === gate) ? (
              <Select.Option value={gate}>
                {t('customCaseTypes.gate.unknown', { name: item.gateOption })}
              </Select.Option>
            ) : null}
            {gates.map((g) => (
              <Select.Option key={g.value} value={g.value}>
                {g.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      ) : null}
      {showSource ? (
        <Field>
          <Label htmlFor={id('optionsFrom')}>{t('customCaseTypes.gate.source')}</Label>
          <Select
            id={id('optionsFrom')}
            value={item.optionsFrom}
            onChange={(event) => {
              onChange({ optionsFrom: event.target.value });
            }}
          >
            <Select.Option value="">{t('customCaseTypes.gate.ownOptions')}</Select.Option>
            {item.optionsFrom !== '' && !lists.some((o) => o.key === item.optionsFrom) ? (
              <Select.Option value={item.optionsFrom}>
                {t('customCaseTypes.gate.unknown', { name: item.optionsFrom })}
              </Select.Option>
            ) : null}
            {lists.map((option) => (
              <Select.Option key={option.key} value={option.key}>
                {t('customCaseTypes.gate.clinicList', { name: label(option, language) })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      ) : null}
    </>
  );
}
