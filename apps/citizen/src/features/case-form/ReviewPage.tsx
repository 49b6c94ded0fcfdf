import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AnswerSummary, AppPage, useLanguage } from '@etj/spa';
import { AppLink, LoadingState, ProblemNotice } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { inLanguage } from '../../common/localized.ts';
import { SendCase } from '../cases/SendCase.tsx';
import { AttachmentList } from '../inbox/AttachmentList.tsx';
import { useSubmitCase } from '../cases/use-submit-case.ts';
import { caseFormPath } from './CaseFormPage.tsx';
import { type CaseDraft, useCaseDraft } from './use-case-draft.ts';
import { type CaseTypeForm, useCaseTypeForm } from './use-case-type-form.ts';
import { useDraftAttachments } from './use-draft-attachments.ts';

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
        <AnswerSummary
          definition={form.definition}
          clinicOptions={form.clinicOptions}
          answers={draft.answers}
        />
        {form.attachmentsAllowed ? <ReviewAttachments draftId={draft.id} /> : null}
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

/** The files attached to the draft, if any, as download links. */
function ReviewAttachments({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const { attachments } = useDraftAttachments(draftId);
  if (!attachments || attachments.length === 0) return null;
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('review.attachmentsTitle')}
      </Heading>
      <AttachmentList attachments={attachments} />
    </>
  );
}
