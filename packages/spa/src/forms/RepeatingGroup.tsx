import {
  Button,
  Fieldset,
  Heading,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { FORM_LIMITS, type GroupItem, type Lang, localize } from '@etj/domain';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { type Answers, type AnswerPath, answerAt, fieldId, join } from './form-answers.ts';

/**
 * A repeating group: its occurrences, each with a remove button while above `minOccurs`, and an
 * add button up to `maxOccurs`. `renderItems` draws the group's items of one occurrence.
 */
export function RepeatingGroup({
  item,
  path,
  label,
  hint,
  error,
  language,
  answers,
  onAnswer,
  announce,
  renderItems,
}: {
  item: GroupItem;
  path: AnswerPath;
  label: ReactNode;
  hint: string | undefined;
  error: string | undefined;
  language: Lang;
  answers: Answers;
  onAnswer: (path: AnswerPath, value: unknown) => void;
  announce: (text: string) => void;
  renderItems: (occurrencePath: AnswerPath) => ReactNode;
}) {
  const { t } = useTranslation('common');
  const list = answerAt(answers, path);
  const occurrences = Array.isArray(list) ? (list as unknown[]) : [];
  const min = item.minOccurs ?? 0;
  const max = item.maxOccurs ?? FORM_LIMITS.maxOccurs;
  const groupName = localize(item.text, language);
  const addId = fieldId(path);

  const add = () => {
    const number = occurrences.length + 1;
    flushSync(() => {
      onAnswer(path, [...occurrences, {}]);
    });
    announce(t('answerForm.occurrenceAdded', { group: groupName, number }));
    focusFirstField(`${fieldId(join(path, number - 1))}-occurrence`);
  };
  const remove = (index: number) => {
    flushSync(() => {
      onAnswer(
        path,
        occurrences.filter((_, i) => i !== index),
      );
    });
    announce(t('answerForm.occurrenceRemoved', { group: groupName, number: index + 1 }));
    document.getElementById(addId)?.focus();
  };

  return (
    <section aria-labelledby={`${addId}-heading`} className="etj-repeating-group">
      <Heading level={2} data-size="xs" id={`${addId}-heading`}>
        {label}
      </Heading>
      {hint ? <Paragraph>{hint}</Paragraph> : null}
      {occurrences.map((_, index) => {
        const at = join(path, index);
        const number = index + 1;
        return (
          <div key={index} className="etj-occurrence" id={`${fieldId(at)}-occurrence`}>
            <Fieldset>
              <Fieldset.Legend>
                {t('answerForm.occurrence', { group: groupName, number })}
              </Fieldset.Legend>
              {renderItems(at)}
              {occurrences.length > min ? (
                <div>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => {
                      remove(index);
                    }}
                  >
                    <TrashIcon aria-hidden />
                    {t('answerForm.remove', { group: groupName.toLowerCase(), number })}
                  </Button>
                </div>
              ) : null}
            </Fieldset>
          </div>
        );
      })}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      {occurrences.length < max ? (
        <Button id={addId} variant="secondary" onClick={add}>
          <PlusIcon aria-hidden />
          {t('answerForm.add', { group: groupName.toLowerCase() })}
        </Button>
      ) : (
        <Paragraph id={addId} tabIndex={-1}>
          {t('answerForm.maxReached', { max })}
        </Paragraph>
      )}
    </section>
  );
}

function focusFirstField(containerId: string) {
  document
    .getElementById(containerId)
    ?.querySelector<HTMLElement>('input, textarea, select')
    ?.focus();
}
