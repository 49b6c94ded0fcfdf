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
import { useTranslation } from 'react-i18next';
import {
  BUILDER_ITEM_TYPES,
  type BuilderItem,
  type BuilderItemType,
  changeType,
  newOption,
} from './builder-state.ts';

export type ItemEditorProps = {
  item: BuilderItem;
  index: number;
  count: number;
  onChange: (item: BuilderItem) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  /** The inline error for the control with this id, if any. */
  errorFor: (id: string) => string | undefined;
};

/** One question of the form being built: its type, texts, whether required, its options. */
export function ItemEditor({
  item,
  index,
  count,
  onChange,
  onMove,
  onRemove,
  errorFor,
}: ItemEditorProps) {
  const { t } = useTranslation();
  const id = (suffix: string) => `item-${item.linkId}-${suffix}`;
  const headingId = id('heading');
  const position = t('customCaseTypes.item.position', { n: index + 1 });
  const summary = item.textSv.trim() || t('customCaseTypes.item.untitled');
  const set = (change: Partial<BuilderItem>) => {
    onChange({ ...item, ...change });
  };
  const optionsError = errorFor(id('addOption'));

  return (
    <section aria-labelledby={headingId} className="etj-item-editor">
      <Heading level={3} data-size="xs" id={headingId} tabIndex={-1}>
        {position}: {summary}
      </Heading>
      {item.kept ? (
        <Paragraph>{t('customCaseTypes.item.kept')}</Paragraph>
      ) : (
        <>
          <Field>
            <Label htmlFor={id('type')}>{t('customCaseTypes.item.type')}</Label>
            <Select
              id={id('type')}
              value={item.type}
              onChange={(event) => {
                onChange(changeType(item, event.target.value as BuilderItemType));
              }}
            >
              {BUILDER_ITEM_TYPES.map((type) => (
                <Select.Option key={type} value={type}>
                  {t(`customCaseTypes.types.${type}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div className="etj-two-columns">
            <Textfield
              id={id('textSv')}
              label={t(
                item.type === 'display'
                  ? 'customCaseTypes.item.displaySv'
                  : 'customCaseTypes.item.labelSv',
              )}
              value={item.textSv}
              error={errorFor(id('textSv'))}
              onChange={(event) => {
                set({ textSv: event.target.value });
              }}
            />
            <Textfield
              id={id('textEn')}
              label={t(
                item.type === 'display'
                  ? 'customCaseTypes.item.displayEn'
                  : 'customCaseTypes.item.labelEn',
              )}
              value={item.textEn}
              onChange={(event) => {
                set({ textEn: event.target.value });
              }}
            />
          </div>
          {item.type !== 'display' ? (
            <div className="etj-two-columns">
              <Textfield
                id={id('hintSv')}
                label={t('customCaseTypes.item.hintSv')}
                description={t('customCaseTypes.item.hintHint')}
                value={item.hintSv}
                error={errorFor(id('hintSv'))}
                onChange={(event) => {
                  set({ hintSv: event.target.value });
                }}
              />
              <Textfield
                id={id('hintEn')}
                label={t('customCaseTypes.item.hintEn')}
                description={t('customCaseTypes.item.hintHint')}
                value={item.hintEn}
                onChange={(event) => {
                  set({ hintEn: event.target.value });
                }}
              />
            </div>
          ) : null}
          {item.type !== 'display' ? (
            <Checkbox
              id={id('required')}
              label={t('customCaseTypes.item.required')}
              checked={item.required}
              onChange={(event) => {
                set({ required: event.target.checked });
              }}
            />
          ) : null}
          {item.type === 'string' || item.type === 'text' ? (
            <Textfield
              id={id('maxLength')}
              className="etj-narrow-field"
              inputMode="numeric"
              label={t('customCaseTypes.item.maxLength')}
              description={t('customCaseTypes.item.maxLengthHint', {
                max: item.type === 'string' ? 200 : 4000,
              })}
              value={item.maxLength}
              error={errorFor(id('maxLength'))}
              onChange={(event) => {
                set({ maxLength: event.target.value });
              }}
            />
          ) : null}
          {item.type === 'choice' || item.type === 'multi-choice' ? (
            <Fieldset aria-describedby={optionsError ? id('options-error') : undefined}>
              <Fieldset.Legend>{t('customCaseTypes.item.options')}</Fieldset.Legend>
              <ol className="etj-option-rows">
                {item.options.map((option, optionIndex) => {
                  const name =
                    option.sv.trim() || t('customCaseTypes.item.optionN', { n: optionIndex + 1 });
                  return (
                    <li key={option.code} className="etj-option-row">
                      <Textfield
                        id={id(`option-${String(optionIndex)}-sv`)}
                        label={t('customCaseTypes.item.optionSv', { n: optionIndex + 1 })}
                        value={option.sv}
                        error={errorFor(id(`option-${String(optionIndex)}-sv`))}
                        onChange={(event) => {
                          set({
                            options: item.options.map((o) =>
                              o.code === option.code ? { ...o, sv: event.target.value } : o,
                            ),
                          });
                        }}
                      />
                      <Textfield
                        id={id(`option-${String(optionIndex)}-en`)}
                        label={t('customCaseTypes.item.optionEn', { n: optionIndex + 1 })}
                        value={option.en}
                        onChange={(event) => {
                          set({
                            options: item.options.map((o) =>
                              o.code === option.code ? { ...o, en: event.target.value } : o,
                            ),
                          });
                        }}
                      />
                      <Button
                        type="button"
                        variant="tertiary"
                        data-color="danger"
                        onClick={() => {
                          set({ options: item.options.filter((o) => o.code !== option.code) });
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
                aria-describedby={optionsError ? id('options-error') : undefined}
                onClick={() => {
                  set({ options: [...item.options, newOption(item.options)] });
                }}
              >
                {t('customCaseTypes.item.addOption')}
              </Button>
              {optionsError ? (
                <ValidationMessage id={id('options-error')}>{optionsError}</ValidationMessage>
              ) : null}
            </Fieldset>
          ) : null}
        </>
      )}
      <div className="etj-actions">
        <Button
          type="button"
          variant="tertiary"
          id={id('move-up')}
          onClick={() => {
            onMove(-1);
          }}
          disabled={index === 0}
        >
          {t('customCaseTypes.item.moveUp', { position })}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          id={id('move-down')}
          onClick={() => {
            onMove(1);
          }}
          disabled={index === count - 1}
        >
          {t('customCaseTypes.item.moveDown', { position })}
        </Button>
        <Button type="button" variant="tertiary" data-color="danger" onClick={onRemove}>
          {t('customCaseTypes.item.remove', { position })}
        </Button>
      </div>
    </section>
  );
}
