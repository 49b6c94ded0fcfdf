import {
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type BuilderItemPosition } from './builder-problems.ts';
import {
  BUILDER_ITEM_TYPES,
  type BuilderClinicOption,
  type BuilderItem,
  type BuilderItemType,
  CHILD_ITEM_TYPES,
  changeType,
  hasOptions,
  type QuestionRef,
  takesAnswer,
  writtenIn,
} from './builder-state.ts';
import { ClinicGateFields } from './ClinicGateFields.tsx';
import { ConditionEditor } from './ConditionEditor.tsx';
import { GroupFields } from './GroupFields.tsx';
import { OptionListEditor } from './OptionListEditor.tsx';
import { DateRulesEditor } from './DateRulesEditor.tsx';
import { TextFormatField, ValueLimitsEditor } from './ValueLimitsEditor.tsx';

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
  context: BuilderContext;
};

/** What an item's editor needs to know about the rest of the form. */
export type BuilderContext = {
  /** Every answerable item in document order. */
  questions: QuestionRef[];
  /** Every linkId in document order, groups included. */
  order: string[];
  clinicOptions: BuilderClinicOption[];
};

/** The date items above `linkId` at its level or an enclosing one: what a date rule may name. */
export function earlierDates(context: BuilderContext, linkId: string): QuestionRef[] {
  const own = context.questions.find((q) => q.linkId === linkId);
  const groups = own?.groups ?? [];
  return earlierQuestions(context, linkId).filter(
    (q) => q.type === 'date' && q.groups.every((group, i) => groups[i] === group),
  );
}

/** The answerable items above `linkId`. */
export function earlierQuestions(context: BuilderContext, linkId: string): QuestionRef[] {
  const at = context.order.indexOf(linkId);
  return context.questions.filter((q) => context.order.indexOf(q.linkId) < at);
}

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
  context,
}: ItemEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
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
  const summary =
    writtenIn({ sv: item.textSv, en: item.textEn }, language) || t('customCaseTypes.item.untitled');
  const set = (change: Partial<BuilderItem>) => {
    onChange({ ...item, ...change });
  };

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
          {/* A text takes no help text of its own, but one a definition gives it stays editable. */}
          {item.type !== 'display' || item.hintSv !== '' || item.hintEn !== '' ? (
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
          <Textfield
            id={id('description')}
            multiline
            rows={2}
            label={t('customCaseTypes.item.description')}
            description={t('customCaseTypes.item.descriptionHint')}
            value={item.description}
            onChange={(event) => {
              set({ description: event.target.value });
            }}
          />
          {takesAnswer(item.type) ? (
            <Checkbox
              id={id('required')}
              label={t('customCaseTypes.item.required')}
              checked={item.required === true}
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
          <TextFormatField item={item} onChange={set} />
          <ValueLimitsEditor item={item} onChange={set} errorFor={errorFor} />
          {item.type === 'date' ? (
            <DateRulesEditor
              item={item}
              dates={earlierDates(context, item.linkId)}
              onChange={set}
              errorFor={errorFor}
            />
          ) : null}
          <ClinicGateFields
            item={item}
            clinicOptions={context.clinicOptions}
            onChange={set}
            errorFor={errorFor}
          />
          {hasOptions(item.type) && item.optionsFrom === '' ? (
            <OptionListEditor
              idPrefix={`item-${item.linkId}`}
              legend={t('customCaseTypes.item.options')}
              options={item.options}
              errorFor={errorFor}
              onChange={(options) => {
                set({ options });
              }}
            />
          ) : null}
          <ConditionEditor
            item={item}
            earlier={earlierQuestions(context, item.linkId)}
            onChange={set}
            errorFor={errorFor}
          />
          {item.type === 'group' ? (
            <GroupFields
              item={item}
              position={position}
              groupNumber={index + 1}
              onChange={onChange}
              newChild={newChild}
              errorFor={errorFor}
              context={context}
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
