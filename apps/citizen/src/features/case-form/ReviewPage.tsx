import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  type AnswerValidator,
  buildAnswerValidator,
  type ClinicOptions,
  type FormItem,
  type Lang,
  localize,
  parseFormDefinition,
} from '@etj/domain';
import { type Answers, AppPage, join, useLanguage } from '@etj/spa';
import { AppLink, LoadingState, ProblemNotice } from '@etj/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatCalendarDate } from '../../common/format.ts';
import { inLanguage } from '../../common/localized.ts';
import { SendCase } from '../cases/SendCase.tsx';
import { useSubmitCase } from '../cases/use-submit-case.ts';
import { caseFormPath } from './CaseFormPage.tsx';
import { type CaseDraft, useCaseDraft } from './use-case-draft.ts';
import { type CaseTypeForm, useCaseTypeForm } from './use-case-type-form.ts';

/** `/drafts/:draftId/review`: the reviewed answers, read-only, with a way back to change them. */
export function ReviewPage() {
  const { draftId = '' } = useParams();
  const draftQuery = useCaseDraft(draftId);
  if (draftQuery.problem) return <ProblemNotice problem={draftQuery.problem} />;
  if (!draftQuery.draft) return <LoadingState />;
  return <ReviewOfDraft draft={draftQuery.draft} />;
}

function ReviewOfDraft({ draft }: { draft: CaseDraft }) {
  const formQuery = useCaseTypeForm(draft.clinicId, draft.caseTypeId);
  if (formQuery.problem) return <ProblemNotice problem={formQuery.problem} />;
  if (!formQuery.form) return <LoadingState />;
  return <Review draft={draft} form={formQuery.form} />;
}

function Review({ draft, form }: { draft: CaseDraft; form: CaseTypeForm }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const validator = useMemo(() => {
    const parsed = parseFormDefinition(form.definition);
    if (!parsed.ok) return null;
    return {
      items: parsed.value.items,
      validator: buildAnswerValidator(parsed.value, form.clinicOptions as ClinicOptions),
    };
  }, [form]);
  const changeHref = caseFormPath(draft.clinicId, draft.caseTypeId, draft.id);
  const sender = useSubmitCase(draft.id);
  return (
    <AppPage title={t('review.title')}>
      <Paragraph className="etj-eyebrow">
        {inLanguage(draft.caseTypeName, language)}, {draft.clinicName}
      </Paragraph>
      <Alert data-color="success">
        {sender.sent ? (
          <Paragraph>{t('review.sent')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('review.done')}</Paragraph>
            <Paragraph>{t('review.notSentYet')}</Paragraph>
          </>
        )}
      </Alert>
      <section aria-labelledby="review-answers" className="etj-panel">
        <Heading level={2} data-size="sm" id="review-answers">
          {t('review.answersTitle')}
        </Heading>
        {validator ? (
          <AnswerList
            items={validator.items}
            answers={draft.answers}
            enabled={validator.validator.enabledPaths(draft.answers)}
            validator={validator.validator}
            path=""
            language={language}
          />
        ) : null}
        <Paragraph>
          <AppLink href={changeHref} aria-label={t('review.changeLabel')}>
            {t('review.change')}
          </AppLink>
        </Paragraph>
      </section>
      <SendCase
        clinicName={form.clinicName}
        expectedResponseDays={form.expectedResponseDays}
        closed={form.closed}
        formHref={changeHref}
        sending={sender.sending}
        refusal={sender.refusal}
        onSend={() => {
          void sender.submit();
        }}
      />
      <Paragraph>
        <AppLink href="/">{t('review.toStart')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}

function AnswerList({
  items,
  answers,
  enabled,
  validator,
  path,
  language,
}: {
  items: FormItem[];
  answers: Answers;
  enabled: ReadonlySet<string>;
  validator: AnswerValidator;
  path: string;
  language: Lang;
}) {
  const { t } = useTranslation();
  const shown = items.filter(
    (item) => item.type !== 'display' && enabled.has(join(path, item.linkId)),
  );
  const text = (item: FormItem, value: unknown): string => {
    if (
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    )
      return t('review.notAnswered');
    switch (item.type) {
      case 'boolean':
        return value === true ? t('caseForm.yes') : t('caseForm.no');
      case 'choice':
      case 'multi-choice': {
        const codes = (Array.isArray(value) ? (value as unknown[]) : [value]).filter(
          (code): code is string => typeof code === 'string',
        );
        const options = validator.optionsFor(item.linkId);
        return codes
          .map((code) => {
            const option = options.find((candidate) => candidate.code === code);
            return option ? localize(option.display, language) : code;
          })
          .join(', ');
      }
      case 'date':
        return typeof value === 'string' ? formatCalendarDate(value, language) : '';
      case 'string':
      case 'text':
      case 'integer':
      case 'display':
      case 'group':
        return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    }
  };
  return (
    <dl className="etj-answers">
      {shown.map((item) => {
        const at = join(path, item.linkId);
        const value = answers[item.linkId];
        const label = localize(item.text, language);
        if (item.type === 'group') {
          const occurrences = item.repeats
            ? Array.isArray(value)
              ? (value as Answers[])
              : []
            : [value && typeof value === 'object' ? (value as Answers) : {}];
          return occurrences.map((occurrence, index) => (
            <div key={`${item.linkId}-${index}`}>
              <dt>
                {item.repeats
                  ? t('caseForm.occurrence', { group: label, number: index + 1 })
                  : label}
              </dt>
              <dd>
                <AnswerList
                  items={item.items}
                  answers={occurrence}
                  enabled={enabled}
                  validator={validator}
                  path={item.repeats ? join(at, index) : at}
                  language={language}
                />
              </dd>
            </div>
          ));
        }
        return (
          <div key={item.linkId}>
            <dt>{label}</dt>
            <dd>{text(item, value)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
