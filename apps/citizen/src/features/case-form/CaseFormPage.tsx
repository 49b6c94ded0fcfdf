import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  type AnswerValidator,
  buildAnswerValidator,
  type ClinicOptions,
  DRAFT_RETENTION_DAYS,
  type FormDefinition,
  parseFormDefinition,
} from '@etj/domain';
import { AppPage, FormRenderer, readApiProblem, useLanguage } from '@etj/spa';
import {
  type ApiProblem,
  AppLink,
  ErrorSummary,
  LoadingState,
  ProblemNotice,
  formatDate,
} from '@etj/ui';
import { type SubmitEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { inLanguage } from '../../common/localized.ts';
import { useCitizenViewer } from '../identity/use-citizen-viewer.ts';
import { DraftAttachments } from './DraftAttachments.tsx';
import { useCaseDraft, type CaseDraft, useFetchCaseDraft } from './use-case-draft.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { useCaseFormEditor } from './use-case-form-editor.ts';
import { type CaseTypeForm, useCaseTypeForm } from './use-case-type-form.ts';

/** Where the form of a clinic's case type is; `draftId` reopens a saved draft. */
export function caseFormPath(clinicId: string, caseTypeId: string, draftId?: string): string {
  const path = `/clinics/${clinicId}/case-types/${caseTypeId}`;
  return draftId ? `${path}?draft=${encodeURIComponent(draftId)}` : path;
}

/** `/clinics/:clinicId/case-types/:caseTypeId[?draft=id]`: fill in a case type's form. */
export function CaseFormPage() {
  const { t } = useTranslation();
  const { clinicId = '', caseTypeId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const latestParams = useRef(params);
  useEffect(() => {
    latestParams.current = params;
  }, [params]);
  const draftId = params.get('draft');
  /** The draft this page made on its first save: already in memory, so it is not fetched. */
  const [createdHere, setCreatedHere] = useState<string | null>(null);
  const inMemory = draftId !== null && draftId === createdHere;
  const formQuery = useCaseTypeForm(clinicId, caseTypeId);
  const draftQuery = useCaseDraft(inMemory ? null : draftId);
  /** Which form the editor shows: a new one, or the draft named in the address. */
  const editing = inMemory || draftId === null ? 'new' : draftId;
  /** The editor's identity: a new form of another case type (Back, Forward) is another editor. */
  const target = `${clinicId}/${caseTypeId}/${editing}`;
  const arrived =
    editing === 'new' ? null : draftQuery.draft?.id === editing ? draftQuery.draft : undefined;
  /**
   * The draft the editor started from, kept once shown: answers given after that live in the
   * editor, and a later answer from the server (a refetch, a late response) never replaces them.
   */
  const [opened, setOpened] = useState<{ target: string; draft: CaseDraft | null } | null>(null);
  if (opened?.target !== target && formQuery.form && arrived !== undefined) {
    setOpened({ target, draft: arrived });
  }
  const shown = opened?.target === target ? opened : null;
  const problem = formQuery.problem ?? draftQuery.problem;
  if (formQuery.notForProxy) {
    return (
      <AppPage title={t('proxy.notForProxyTitle')}>
        <Alert data-color="warning">
          <Paragraph>{t('proxy.notForProxy')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink href={`/clinics/${clinicId}`}>{t('proxy.backToClinic')}</AppLink>
        </Paragraph>
      </AppPage>
    );
  }
  const form = formQuery.form;
  if (!shown || !form) {
    if (problem) return <ProblemNotice problem={problem} />;
    return <LoadingState />;
  }
  // The address gets `?draft=` (language kept) so a reload reopens the draft; the form stays.
  // The first save may be answered after the person changed the address (picked English): its
  // callback was made with the older address, so it reads the latest one, not its own.
  const created = (id: string) => {
    setCreatedHere(id);
    const next = new URLSearchParams(latestParams.current);
    next.set('draft', id);
    setParams(next, { replace: true });
  };
  return <LoadedForm key={target} form={form} draft={shown.draft} onCreated={created} />;
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

function LoadedForm({
  form,
  draft,
  onCreated,
}: {
  form: CaseTypeForm;
  draft: CaseDraft | null;
  onCreated: (draftId: string) => void;
}) {
  const { t } = useTranslation();
  const fetchDraft = useFetchCaseDraft();
  /** The draft the editor starts from; a fetched latest version starts it afresh. */
  const [shown, setShown] = useState({ draft, round: 0 });
  const [reloadProblem, setReloadProblem] = useState<ApiProblem | null>(null);
  const reload = async (id: string) => {
    setReloadProblem(null);
    try {
      const latest = await fetchDraft(id);
      setShown((current) => ({ draft: latest, round: current.round + 1 }));
    } catch (error) {
      setReloadProblem(readApiProblem(error));
    }
  };
  const language = useLanguage();
  const viewer = useCitizenViewer();
  const built = useValidator(form);
  const title = inLanguage(form.name, language);
  /** Proxy mode and a type not adapted for it: the form is not offered at all. */
  const notForProxy =
    viewer.status === 'signed-in' && viewer.viewer.actingFor !== null && !form.availableForProxy;
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
      {notForProxy ? (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('proxy.notForProxyTitle')}
          </Heading>
          <Paragraph>{t('proxy.notForProxy')}</Paragraph>
        </Alert>
      ) : form.closed ? (
        <Paragraph>{t('caseForm.closed')}</Paragraph>
      ) : built ? (
        <Editor
          key={shown.round}
          form={form}
          draft={shown.draft}
          reloaded={shown.round > 0}
          reloadProblem={reloadProblem}
          onCreated={onCreated}
          onReload={(id) => {
            void reload(id);
          }}
          {...built}
        />
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
  reloaded,
  reloadProblem,
  onCreated,
  onReload,
  definition,
  validator,
}: {
  form: CaseTypeForm;
  draft: CaseDraft | null;
  reloaded: boolean;
  reloadProblem: ApiProblem | null;
  onCreated: (draftId: string) => void;
  onReload: (draftId: string) => void;
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
    onCreated,
  });
  const takeFocus = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);
  const { draftId } = editor;
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
        {form.attachmentsAllowed ? <DraftAttachments draftId={draftId} /> : null}
        {editor.problem ? <ProblemNotice problem={editor.problem} /> : null}
        {editor.notForProxy ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('proxy.notForProxy')}</Paragraph>
          </Alert>
        ) : null}
        {editor.subjectChanged ? (
          <Alert
            data-color="warning"
            role="alert"
            tabIndex={-1}
            ref={takeFocus}
            className="etj-focus-target"
          >
            <Paragraph>{t('caseForm.subjectChanged')}</Paragraph>
          </Alert>
        ) : null}
        {editor.changedElsewhere && draftId !== null ? (
          <Alert
            data-color="warning"
            role="alert"
            tabIndex={-1}
            ref={takeFocus}
            className="etj-focus-target"
          >
            <Paragraph>{t('caseForm.changedElsewhere')}</Paragraph>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                onReload(draftId);
              }}
            >
              {t('caseForm.fetchLatest')}
            </Button>
          </Alert>
        ) : null}
        {reloadProblem ? <ProblemNotice problem={reloadProblem} /> : null}
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
        <Paragraph data-size="sm" className="etj-muted">
          {t('caseForm.draftKept', { days: DRAFT_RETENTION_DAYS })}
          {editor.deletesAt
            ? ` ${t('caseForm.draftDeletesOn', { date: formatDate(editor.deletesAt, language) })}`
            : null}
        </Paragraph>
        <SaveStatus
          savedAt={editor.savedAt}
          automatic={editor.autosaved}
          autosaveFailed={editor.autosaveFailed}
          reloadedAt={reloaded && draft ? draft.updatedAt : null}
        />
      </form>
    </>
  );
}
