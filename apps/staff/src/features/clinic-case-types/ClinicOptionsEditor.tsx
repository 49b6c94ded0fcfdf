import { useLanguage } from '@etj/spa';
import {
  Button,
  Checkbox,
  Fieldset,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type ClinicOptionDeclaration, localize } from '@etj/domain';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { type OptionFormValue, type OptionRow } from './settings-form.ts';

export type ClinicOptionsEditorProps = {
  declarations: ClinicOptionDeclaration[];
  values: Record<string, OptionFormValue>;
  onChange: (key: string, value: OptionFormValue) => void;
  /** The inline error for the control with this id, if any. */
  errorFor: (id: string) => string | undefined;
};

const asRows = (value: OptionFormValue | undefined): OptionRow[] =>
  Array.isArray(value) ? value.filter((v): v is OptionRow => typeof v === 'object') : [];

const asCodes = (value: OptionFormValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The clinic's choices for one case type, one control per declaration: a checkbox for a flag,
 * a checkbox group for a selection, an editable list (code, Swedish, English) for options.
 */
export function ClinicOptionsEditor({
  declarations,
  values,
  onChange,
  errorFor,
}: ClinicOptionsEditorProps) {
  const language = useLanguage();
  return (
    <>
      {declarations.map((declaration) => {
        const label = localize(declaration.label, language);
        const id = `option-${declaration.key}`;
        switch (declaration.kind) {
          case 'flag':
            return (
              <Checkbox
                key={declaration.key}
                id={id}
                label={label}
                checked={values[declaration.key] === true}
                error={errorFor(id)}
                onChange={(event) => {
                  onChange(declaration.key, event.target.checked);
                }}
              />
            );
          case 'selection':
            return (
              <SelectionOption
                key={declaration.key}
                id={id}
                label={label}
                declaration={declaration}
                chosen={asCodes(values[declaration.key])}
                error={errorFor(id)}
                onChange={(codes) => {
                  onChange(declaration.key, codes);
                }}
              />
            );
          case 'options':
            return (
              <OptionList
                key={declaration.key}
                id={id}
                label={label}
                rows={asRows(values[declaration.key])}
                errorFor={errorFor}
                onChange={(rows) => {
                  onChange(declaration.key, rows);
                }}
              />
            );
        }
      })}
    </>
  );
}

function SelectionOption({
  id,
  label,
  declaration,
  chosen,
  error,
  onChange,
}: {
  id: string;
  label: string;
  declaration: Extract<ClinicOptionDeclaration, { kind: 'selection' }>;
  chosen: string[];
  error: string | undefined;
  onChange: (codes: string[]) => void;
}) {
  const language = useLanguage();
  const errorId = `${id}-error`;
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      {declaration.choices.map((choice, index) => (
        <Checkbox
          key={choice.code}
          id={index === 0 ? id : `${id}-${choice.code}`}
          value={choice.code}
          label={localize(choice.display, language)}
          checked={chosen.includes(choice.code)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            // Keep the declaration's order, whatever order the boxes were ticked in.
            const next = event.target.checked
              ? [...chosen, choice.code]
              : chosen.filter((code) => code !== choice.code);
            onChange(declaration.choices.map((c) => c.code).filter((code) => next.includes(code)));
          }}
        />
      ))}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

function OptionList({
  id,
  label,
  rows,
  errorFor,
  onChange,
}: {
  id: string;
  label: string;
  rows: OptionRow[];
  errorFor: (id: string) => string | undefined;
  onChange: (rows: OptionRow[]) => void;
}) {
  const { t } = useTranslation();
  const listError = errorFor(id);
  const errorId = `${id}-error`;
  const update = (index: number, change: Partial<OptionRow>) => {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  };
  const focus = (elementId: string) => {
    document.getElementById(elementId)?.focus();
  };
  return (
    <Fieldset aria-describedby={listError ? errorId : undefined}>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      <Fieldset.Description>{t('clinicCaseTypes.optionList.description')}</Fieldset.Description>
      <ol className="etj-option-rows">
        {rows.map((row, index) => {
          const rowLabel = row.sv.trim() || t('clinicCaseTypes.optionList.row', { n: index + 1 });
          return (
            // Rows have no stable id of their own while the code is being typed.
            <li key={index} className="etj-option-row">
              <Textfield
                id={`${id}-${index}-code`}
                label={t('clinicCaseTypes.optionList.code')}
                value={row.code}
                error={errorFor(`${id}-${index}-code`)}
                onChange={(event) => {
                  update(index, { code: event.target.value });
                }}
              />
              <Textfield
                id={`${id}-${index}-sv`}
                label={t('clinicCaseTypes.optionList.sv')}
                value={row.sv}
                error={errorFor(`${id}-${index}-sv`)}
                onChange={(event) => {
                  update(index, { sv: event.target.value });
                }}
              />
              <Textfield
                id={`${id}-${index}-en`}
                label={t('clinicCaseTypes.optionList.en')}
                value={row.en}
                error={errorFor(`${id}-${index}-en`)}
                onChange={(event) => {
                  update(index, { en: event.target.value });
                }}
              />
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                onClick={() => {
                  flushSync(() => {
                    onChange(rows.filter((_, i) => i !== index));
                  });
                  focus(id);
                }}
              >
                {t('clinicCaseTypes.optionList.remove', { name: rowLabel })}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button
        type="button"
        variant="secondary"
        id={id}
        aria-describedby={listError ? errorId : undefined}
        onClick={() => {
          flushSync(() => {
            onChange([...rows, { code: '', sv: '', en: '' }]);
          });
          focus(`${id}-${rows.length}-code`);
        }}
      >
        {t('clinicCaseTypes.optionList.add')}
      </Button>
      {listError ? <ValidationMessage id={errorId}>{listError}</ValidationMessage> : null}
    </Fieldset>
  );
}
