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
import { FORM_LIMITS } from '@etj/domain';
import { type TFunction } from 'i18next';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  BUILDER_ITEM_TYPES,
  type BuilderItem,
  type BuilderItemPosition,
  type BuilderItemType,
  CHILD_ITEM_TYPES,
  changeType,
  moveItem,
  NEW_GROUP_OCCURS,
  newOption,
} from './builder-state.ts';

/** "Fråga 2", "Text 3", or within a group "Fråga 2.1". */
export function positionText(t: TFunction, position: BuilderItemPosition): string {
  const { child } = position;
  if (!child) {
    return t(
      position.display ? 'customCaseTypes.item.displayPosition' : 'customCaseTypes.item.position',
      { n: position.n },
    );
  }
  return t(
    child.display
      ? 'customCaseTypes.item.childDisplayPosition'
      : 'customCaseTypes.item.childPosition',
    { n: position.n, m: child.n },
  );
}

export type ItemEditorProps = {
  item: BuilderItem;
  index: number;
  count: number;
  /** Set for a group's item: the group's number. */
  groupNumber?: number;
  onChange: (item: BuilderItem) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  /** A new item for a group, with a linkId unique in the whole form. */
  newChild: (type: BuilderItemType) => BuilderItem;
  /** The inline error for the control with this id, if any. */
  errorFor: (id: string) => string | undefined;
};

const focusById = (id: string) => {
  document.getElementById(id)?.focus();
};

/** One question of the form being built: its type, texts, whether required, its options. */
export function ItemEditor({
  item,
  index,
  count,
  groupNumber,
  onChange,
  onMove,
  onRemove,
  newChild,
  errorFor,
}: ItemEditorProps) {
  const { t } = useTranslation();
  const id = (suffix: string) => `item-${item.linkId}-${suffix}`;
  const headingId = id('heading');
  const display = item.type === 'display' && !item.kept;
  const position = positionText(
    t,
    groupNumber === undefined
      ? { n: index + 1, display }
      : { n: groupNumber, display: false, child: { n: index + 1, display } },
  );
  const types = groupNumber === undefined ? BUILDER_ITEM_TYPES : CHILD_ITEM_TYPES;
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
              {types.map((type) => (
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
          {item.type !== 'display' && item.type !== 'group' ? (
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
          {item.type === 'group' ? (
            <GroupFields
              item={item}
              position={position}
              groupNumber={index + 1}
              onChange={onChange}
              newChild={newChild}
              errorFor={errorFor}
            />
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

/** A group's own settings (repeats, how often) and its items, each edited like a question. */
function GroupFields({
  item,
  position,
  groupNumber,
  onChange,
  newChild,
  errorFor,
}: {
  item: BuilderItem;
  position: string;
  groupNumber: number;
  onChange: (item: BuilderItem) => void;
  newChild: (type: BuilderItemType) => BuilderItem;
  errorFor: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const [addType, setAddType] = useState<BuilderItemType>('string');
  const id = (suffix: string) => `item-${item.linkId}-${suffix}`;
  const set = (change: Partial<BuilderItem>) => {
    onChange({ ...item, ...change });
  };
  const childrenError = errorFor(id('addChild'));

  const setChildren = (children: BuilderItem[]) => {
    flushSync(() => {
      onChange({ ...item, children });
    });
  };
  const addChild = () => {
    const child = newChild(addType);
    setChildren([...item.children, child]);
    focusById(`item-${child.linkId}-textSv`);
  };
  const moveChild = (childIndex: number, step: -1 | 1) => {
    const child = item.children[childIndex];
    if (!child) return;
    setChildren(moveItem(item.children, childIndex, step));
    const target = childIndex + step;
    const atEnd = target === 0 || target === item.children.length - 1;
    const same = step === -1 ? 'move-up' : 'move-down';
    const other = step === -1 ? 'move-down' : 'move-up';
    focusById(`item-${child.linkId}-${atEnd ? other : same}`);
  };
  const removeChild = (childIndex: number) => {
    setChildren(item.children.filter((_, i) => i !== childIndex));
    focusById(id('children-heading'));
  };

  return (
    <>
      <Checkbox
        id={id('repeats')}
        label={t('customCaseTypes.item.repeats')}
        description={t('customCaseTypes.item.repeatsHint')}
        checked={item.repeats}
        onChange={(event) => {
          set({
            repeats: event.target.checked,
            minOccurs: item.minOccurs.trim() === '' ? String(NEW_GROUP_OCCURS.min) : item.minOccurs,
            maxOccurs: item.maxOccurs.trim() === '' ? String(NEW_GROUP_OCCURS.max) : item.maxOccurs,
          });
        }}
      />
      {item.repeats ? (
        <div className="etj-two-columns">
          <Textfield
            id={id('minOccurs')}
            className="etj-narrow-field"
            inputMode="numeric"
            label={t('customCaseTypes.item.minOccurs')}
            description={t('customCaseTypes.item.minOccursHint')}
            value={item.minOccurs}
            error={errorFor(id('minOccurs'))}
            onChange={(event) => {
              set({ minOccurs: event.target.value });
            }}
          />
          <Textfield
            id={id('maxOccurs')}
            className="etj-narrow-field"
            inputMode="numeric"
            label={t('customCaseTypes.item.maxOccurs')}
            description={t('customCaseTypes.item.maxOccursHint', { max: FORM_LIMITS.maxOccurs })}
            value={item.maxOccurs}
            error={errorFor(id('maxOccurs'))}
            onChange={(event) => {
              set({ maxOccurs: event.target.value });
            }}
          />
        </div>
      ) : null}
      <Heading level={4} data-size="2xs" id={id('children-heading')} tabIndex={-1}>
        {t('customCaseTypes.item.children', { position })}
      </Heading>
      {item.children.length === 0 ? (
        <Paragraph>{t('customCaseTypes.item.noChildren')}</Paragraph>
      ) : (
        <ol className="etj-item-list">
          {item.children.map((child, childIndex) => (
            <li key={child.linkId}>
              <ItemEditor
                item={child}
                index={childIndex}
                count={item.children.length}
                groupNumber={groupNumber}
                errorFor={errorFor}
                newChild={newChild}
                onChange={(changed) => {
                  onChange({
                    ...item,
                    children: item.children.map((c) => (c.linkId === child.linkId ? changed : c)),
                  });
                }}
                onMove={(step) => {
                  moveChild(childIndex, step);
                }}
                onRemove={() => {
                  removeChild(childIndex);
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="etj-add-item">
        <Field>
          <Label htmlFor={id('addChildType')}>
            {t('customCaseTypes.item.addChildType', { position })}
          </Label>
          <Select
            id={id('addChildType')}
            value={addType}
            onChange={(event) => {
              setAddType(event.target.value as BuilderItemType);
            }}
          >
            {CHILD_ITEM_TYPES.map((type) => (
              <Select.Option key={type} value={type}>
                {t(`customCaseTypes.types.${type}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button
          type="button"
          variant="secondary"
          id={id('addChild')}
          aria-describedby={childrenError ? id('children-error') : undefined}
          onClick={addChild}
        >
          {t('customCaseTypes.item.addChild', { position })}
        </Button>
      </div>
      {childrenError ? (
        <ValidationMessage id={id('children-error')}>{childrenError}</ValidationMessage>
      ) : null}
    </>
  );
}
