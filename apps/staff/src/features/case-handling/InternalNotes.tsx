import { useLanguage } from '@etj/spa';
import { staffTitleIn } from '@etj/domain/staff-titles';
import { Alert, Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { ErrorSummary, ProblemNotice, type ApiProblem, formatDateTime } from '@etj/ui';
import { type SubmitEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddInternalNote } from './use-add-internal-note.ts';
import { type InternalNote } from './use-staff-case.ts';

const NOTE_ID = 'internal-note-text';

/** Notes between staff, each clearly marked as never shown to the patient, and a way to add one. */
export function InternalNotes({
  caseId,
  notes,
}: {
  caseId: string;
  notes: readonly InternalNote[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const note = useAddInternalNote();
  const takeFocus = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    setProblem(null);
    if (text.trim() === '') {
      setError(t('caseWork.notes.required'));
      return;
    }
    setError(null);
    void note.change({ caseId, text: text.trim() }).then((result) => {
      switch (result.outcome) {
        case 'done':
          setText('');
          setSaved((count) => count + 1);
          return;
        case 'invalid':
          setError(t('caseWork.notes.invalid'));
          return;
        case 'conflict':
          setProblem({ code: 'CONFLICT' });
          return;
        case 'failed':
          setProblem(result.problem);
          return;
      }
    });
  };

  return (
    <section aria-labelledby="case-notes-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="case-notes-heading">
        {t('caseWork.notes.title')}
      </Heading>
      {notes.length === 0 ? <Paragraph>{t('caseWork.notes.none')}</Paragraph> : null}
      <ol className="etj-thread">
        {notes.map((entry) => (
          <li key={entry.id}>
            <article
              className="etj-message etj-internal-note"
              aria-label={t('caseWork.notes.marker')}
            >
              <Tag data-color="warning">{t('caseWork.notes.marker')}</Tag>
              <Paragraph data-size="sm">
                {t('caseWork.notes.by', {
                  name: entry.author.name,
                  title: staffTitleIn(entry.author.title, language),
                  at: formatDateTime(entry.createdAt, language),
                })}
              </Paragraph>
              <Paragraph className="etj-message__text">{entry.text}</Paragraph>
            </article>
          </li>
        ))}
      </ol>
      {saved > 0 ? (
        <Alert
          key={saved}
          data-color="success"
          role="status"
          tabIndex={-1}
          ref={takeFocus}
          className="etj-focus-target"
        >
          <Paragraph>{t('caseWork.notes.saved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        attempt={attempt}
        problems={error ? [{ targetId: NOTE_ID, message: error }] : []}
      />
      {problem ? <ProblemNotice problem={problem} /> : null}
      <form onSubmit={submit} noValidate className="etj-settings-form">
        <Textfield
          id={NOTE_ID}
          multiline
          rows={3}
          label={t('caseWork.notes.label')}
          description={t('caseWork.notes.hint')}
          value={text}
          error={error ?? undefined}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <div className="etj-actions">
          <Button type="submit" variant="secondary" loading={note.changing}>
            {t('caseWork.notes.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
