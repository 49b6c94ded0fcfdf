import {
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { FORM_LIMITS } from '@etj/domain';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  type BuilderItem,
  type BuilderItemType,
  CHILD_ITEM_TYPES,
  moveItem,
  NEW_GROUP_OCCURS,
} from './builder-state.ts';
import { type BuilderContext, ItemEditor } from './ItemEditor.tsx';

const focusById = (id: string) => {
  document.getElementById(id)?.focus();
};

/** A group's own settings (repeats, how often) and its items, each edited like a question. */
export function GroupFields({
  item,
  position,
  groupNumber,
  onChange,
  newChild,
  errorFor,
  context,
}: {
  item: BuilderItem;
  position: string;
  groupNumber: number;
  onChange: (item: BuilderItem) => void;
  newChild: (type: BuilderItemType) => BuilderItem;
  errorFor: (id: string) => string | undefined;
  context: BuilderContext;
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
        checked={item.repeats === true}
        onChange={(event) => {
          set({
            repeats: event.target.checked,
            minOccurs: item.minOccurs.trim() === '' ? String(NEW_GROUP_OCCURS.min) : item.minOccurs,
            maxOccurs: item.maxOccurs.trim() === '' ? String(NEW_GROUP_OCCURS.max) : item.maxOccurs,
          });
        }}
      />
      {item.repeats === true ? (
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
                context={context}
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
