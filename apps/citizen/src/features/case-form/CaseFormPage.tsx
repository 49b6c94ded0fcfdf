import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import {
  type AnswerValidator,
  buildAnswerValidator,
  type ClinicOptions,
  type FormDefinition,
  parseFormDefinition,
} from '@etj/domain';
import { AppPage, FormRenderer, useLanguage } from '@etj/spa';
import { AppLink, ErrorSummary, LoadingState, ProblemNotice } from '@etj/ui';
import { type SubmitEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../common/format.ts';
import { inLanguage } from '../../common/localized.ts';
import { useCaseDraft, type CaseDraft } from './use-case-draft.ts';
import { useCaseFormEditor } from './use-case-form-editor.ts';
import { type CaseTypeForm, useCaseTypeForm } from './use-case-type-form.ts';

/** Where the form of a clinic's case type is; `draftId` reopens a saved draft. */
export function caseFormPath(clinicId: string, caseTypeId: string, draftId?: string): string {
  const path = `/clinics/${clinicId}/case-types/${caseTypeId}`;
  return draftId ? `${path}?draft=${encodeURIComponent(draftId)}` : path;
}

/** `/clinics/:clinicId/case-types/:caseTypeId[?draft=id]`: fill in a case type's form. */
export function CaseFormPage() {
  const { clinicId = '', caseTypeId = '' } = useParams();
  const [params] = useSearchParams();
  const draftId = params.get('draft');
  const formQuery = useCaseTypeForm(clinicId, caseTypeId);
  const draftQuery = useCaseDraft(draftId);
  const problem = formQuery.problem ?? draftQuery.problem;
  if (problem) return <ProblemNotice problem={problem} />;
  if (formQuery.loading || draftQuery.loading || !formQuery.form) return <LoadingState />;
  return (
    <LoadedForm
      key={draftQuery.draft?.id ?? 'new'}
      form={formQuery.form}
      draft={draftQuery.draft}
    />
  );
}

function useValidator(form: CaseTypeForm): {
  definition: FormDefinition;
  validator: AnswerValidator;
} | null {
  return useMemo(() => {
    const parsed = parseFormDefinition(form.definition);
    if (!parsed.ok) return null;
    try {
      return {
        definition: parsed.value,
        validator: buildAnswerValidator(parsed.value, form.clinicOptions as ClinicOptions),
      };
    } catch {
      return null;
    }
  }, [form]);
}

function LoadedForm({ form, draft }: { form: CaseTypeForm; draft: CaseDraft | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const built = useValidator(form);
  const title = inLanguage(form.name, language);
  return (
    <AppPage title={title}>
      <Paragraph className="etj-eyebrow">{form.clinicName}</Paragraph>
      <Alert data-color="warning">
        <Paragraph>{t('caseForm.emergency')}</Paragraph>
        <Paragraph>
          {t('caseForm.responseTime', {
            clinic: form.clinicName,
            count: form.expectedResponseDays,
          })}
        </Paragraph>
      </Alert>
      {form.notice ? (
        <Alert data-color="info">
          <Paragraph>{inLanguage(form.notice, language)}</Paragraph>
        </Alert>
      ) : null}
      {form.closed ? (
        <Paragraph>{t('caseForm.closed')}</Paragraph>
      ) : built ? (
        <Editor form={form} draft={draft} {...built} />
      ) : (
        <Alert data-color="danger">
          <Paragraph>{t('caseForm.formProblem')}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <AppLink href={`/clinics/${form.clinicId}`}>
          {t('caseForm.backToClinic', { clinic: form.clinicName })}
        </AppLink>
      </Paragraph>
    </AppPage>
  );
}

function Editor({
  form,
  draft,
  definition,
  validator,
}: {
  form: CaseTypeForm;
  draft: CaseDraft | null;
  definition: FormDefinition;
  validator: AnswerValidator;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const editor = useCaseFormEditor({
    definition,
    validator,
    clinicId: form.clinicId,
    caseTypeId: form.caseTypeId,
    draft,
  });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void editor.review();
  };
  return (
    <>
      <ErrorSummary attempt={editor.summary.attempt} problems={editor.summary.problems} />
      <form onSubmit={submit} noValidate className="etj-form">
        <FormRenderer
          items={definition.items}
          validator={validator}
          answers={editor.answers}
          enabled={editor.enabled}
          language={language}
          onAnswer={editor.setAnswer}
          errorFor={editor.errorFor}
          onLeaveField={editor.leaveField}
        />
        {editor.problem ? <ProblemNotice problem={editor.problem} /> : null}
        <div className="etj-actions">
          <Button type="submit" loading={editor.reviewing}>
            {t('caseForm.review')}
          </Button>
          <Button
            type="button"
            variant="secondary"
            loading={editor.saving && !editor.reviewing}
            onClick={() => {
              void editor.save();
            }}
          >
            {t('caseForm.save')}
          </Button>
        </div>
        <p role="status" className="etj-muted">
          {editor.savedAt
            ? t('caseForm.saved', { time: formatDateTime(editor.savedAt, language) })
            : null}
        </p>
      </form>
    </>
  );
}
