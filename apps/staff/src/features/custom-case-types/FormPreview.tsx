import { useLanguage } from '@etj/spa';
import {
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormItem, type LocalizedText, localize } from '@etj/domain';
import { useTranslation } from 'react-i18next';

const noop = () => undefined;

/**
 * A read-only rendering of a form definition's items, as the citizen will meet them. No
 * shared citizen form renderer exists in @etj/spa yet, so this is the staff app's own.
 */
export function FormPreview({ title, items }: { title: LocalizedText; items: FormItem[] }) {
  const language = useLanguage();
  return (
    <div className="etj-preview">
      <Heading level={3} data-size="sm">
        {localize(title, language)}
      </Heading>
      {items.map((item) => (
        <PreviewItem key={item.linkId} item={item} />
      ))}
    </div>
  );
}

function PreviewItem({ item }: { item: FormItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = `preview-${item.linkId}`;
  const text = localize(item.text, language);
  const required = 'required' in item && item.required === true;
  const label = required ? text : `${text} ${t('customCaseTypes.preview.optional')}`;
  const hint = item.hint ? localize(item.hint, language) : undefined;
  switch (item.type) {
    case 'display':
      return <Paragraph>{text}</Paragraph>;
    case 'string':
    case 'integer':
      return (
        <Textfield
          id={id}
          label={label}
          description={hint}
          readOnly
          inputMode={item.type === 'integer' ? 'numeric' : undefined}
          value=""
        />
      );
    case 'date':
      return <Textfield id={id} type="date" label={label} description={hint} readOnly value="" />;
    case 'text':
      return (
        <Textfield id={id} multiline rows={4} label={label} description={hint} readOnly value="" />
      );
    case 'boolean':
      return (
        <Fieldset>
          <Fieldset.Legend>{label}</Fieldset.Legend>
          {hint ? <Fieldset.Description>{hint}</Fieldset.Description> : null}
          <Radio
            id={`${id}-yes`}
            name={id}
            label={t('customCaseTypes.preview.yes')}
            readOnly
            checked={false}
            onChange={noop}
          />
          <Radio
            id={`${id}-no`}
            name={id}
            label={t('customCaseTypes.preview.no')}
            readOnly
            checked={false}
            onChange={noop}
          />
        </Fieldset>
      );
    case 'choice':
    case 'multi-choice': {
      const options = item.answerOptions ?? [];
      return (
        <Fieldset>
          <Fieldset.Legend>{label}</Fieldset.Legend>
          {hint ? <Fieldset.Description>{hint}</Fieldset.Description> : null}
          {options.map((option) =>
            item.type === 'choice' ? (
              <Radio
                key={option.code}
                id={`${id}-${option.code}`}
                name={id}
                label={localize(option.display, language)}
                readOnly
                checked={false}
                onChange={noop}
              />
            ) : (
              <Checkbox
                key={option.code}
                id={`${id}-${option.code}`}
                label={localize(option.display, language)}
                readOnly
                checked={false}
                onChange={noop}
              />
            ),
          )}
        </Fieldset>
      );
    }
    case 'group':
      return (
        <Fieldset>
          <Fieldset.Legend>{label}</Fieldset.Legend>
          {item.items.map((child) => (
            <PreviewItem key={child.linkId} item={child} />
          ))}
        </Fieldset>
      );
  }
}
