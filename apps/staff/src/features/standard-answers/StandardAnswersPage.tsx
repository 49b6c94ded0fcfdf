import { AppPage, useLanguage } from '@etj/spa';
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { localize } from '@etj/domain';
import { ErrorSummary, LoadingState, ProblemNotice, type ApiProblem } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AnswerCaseType,
  type AnswerTexts,
  type ChangeResult,
  type StandardAnswer,
  useStandardAnswerChanges,
  useStandardAnswers,
} from './use-standard-answers.ts';

/** The API's limits (apps/api standard-answers rules), checked here before sending. */
export const MAX_TITLE_LENGTH = 100;
export const MAX_TEXT_LENGTH = 5000;

/** "Standardsvar": the clinic's ready-made answers per case type, in the order caregivers see. */
export function StandardAnswersPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useStandardAnswers();
  const changes = useStandardAnswerChanges();
  const [scope, setScope] = useState('');
  const [editing, setEditing] = useState<StandardAnswer | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const done = (result: ChangeResult, success: string) => {
    if (result.ok) {
      setProblem(null);
      setMessage(success);
    } else {
      setMessage('');
      setProblem(result.problem);
    }
    return result;
  };
  const titleOf = (answer: StandardAnswer) =>
    localize({ sv: answer.title.sv, en: answer.title.en ?? undefined }, language);
  const nameOf = (caseType: AnswerCaseType) =>
    localize({ sv: caseType.name.sv, en: caseType.name.en ?? undefined }, language);

  if (state.status !== 'ready') {
    return (
      <AppPage title={t('standardAnswers.title')}>
        {state.status === 'loading' ? <LoadingState /> : <ProblemNotice problem={state.problem} />}
      </AppPage>
    );
  }
  const inScope = state.answers.filter((a) => (a.caseTypeId ?? '') === scope);
  const live = inScope.filter((a) => !a.retiredAt);
  const retired = inScope.filter((a) => a.retiredAt);
  const scoped = state.caseTypes.find((c) => c.caseTypeId === scope);
  const scopeName = scoped ? nameOf(scoped) : t('standardAnswers.allTypes');

  return (
    <AppPage title={t('standardAnswers.title')}>
      <Paragraph className="etj-lead">{t('standardAnswers.lead')}</Paragraph>
      <Field>
        <Label htmlFor="standard-answers-scope">{t('standardAnswers.scope')}</Label>
        <Select
          id="standard-answers-scope"
          value={scope}
          onChange={(event) => {
            setScope(event.target.value);
            setEditing(null);
            setMessage('');
          }}
        >
          <Select.Option value="">{t('standardAnswers.allTypes')}</Select.Option>
          {state.caseTypes.map((caseType) => (
            <Select.Option key={caseType.caseTypeId} value={caseType.caseTypeId}>
              {nameOf(caseType)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Paragraph role="status">{message}</Paragraph>
      {problem ? <ProblemNotice problem={problem} /> : null}
      <section aria-labelledby="live-heading" className="etj-panel">
        <Heading level={2} data-size="sm" id="live-heading">
          {t('standardAnswers.liveTitle', { scope: scopeName })}
        </Heading>
        {live.length === 0 ? <Paragraph>{t('standardAnswers.empty')}</Paragraph> : null}
        <ol className="etj-link-list">
          {live.map((answer, index) => {
            const title = titleOf(answer);
            return (
              <li key={answer.id}>
                <Heading level={3} data-size="xs">
                  {title}
                </Heading>
                <Paragraph>
                  {localize({ sv: answer.text.sv, en: answer.text.en ?? undefined }, language)}
                </Paragraph>
                <div className="etj-actions">
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setEditing(answer);
                      setMessage('');
                    }}
                  >
                    {t('standardAnswers.edit', { title })}
                  </Button>
                  <Button
                    variant="tertiary"
                    disabled={index === 0 || changes.busy}
                    onClick={() => {
                      void changes
                        .move(answer.id, 'UP')
                        .then((r) => done(r, t('standardAnswers.moved', { title })));
                    }}
                  >
                    {t('standardAnswers.moveUp', { title })}
                  </Button>
                  <Button
                    variant="tertiary"
                    disabled={index === live.length - 1 || changes.busy}
                    onClick={() => {
                      void changes
                        .move(answer.id, 'DOWN')
                        .then((r) => done(r, t('standardAnswers.moved', { title })));
                    }}
                  >
                    {t('standardAnswers.moveDown', { title })}
                  </Button>
                  <Button
                    variant="tertiary"
                    data-color="danger"
                    disabled={changes.busy}
                    onClick={() => {
                      if (editing?.id === answer.id) setEditing(null);
                      void changes
                        .retire(answer.id)
                        .then((r) => done(r, t('standardAnswers.retired', { title })));
                    }}
                  >
                    {t('standardAnswers.retire', { title })}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      <AnswerForm
        key={editing?.id ?? `new-${scope}`}
        editing={editing}
        busy={changes.busy}
        onCancel={() => {
          setEditing(null);
        }}
        onSubmit={async (texts) => {
          const result = editing
            ? await changes.update(editing.id, texts)
            : await changes.create(scope === '' ? null : scope, texts);
          done(
            result,
            t(editing ? 'standardAnswers.saved' : 'standardAnswers.created', {
              title: texts.titleSv.trim(),
            }),
          );
          if (result.ok) setEditing(null);
          return result;
        }}
      />
      {retired.length > 0 ? (
        <section aria-labelledby="retired-heading" className="etj-panel">
          <Heading level={2} data-size="sm" id="retired-heading">
            {t('standardAnswers.retiredTitle')}
          </Heading>
          <ul className="etj-link-list">
            {retired.map((answer) => (
              <li key={answer.id}>{titleOf(answer)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </AppPage>
  );
}

type FieldName = keyof AnswerTexts;
const FIELDS: FieldName[] = ['titleSv', 'textSv', 'titleEn', 'textEn'];

/** Problems found before sending: the same rules as the API's. */
export function answerProblems(texts: AnswerTexts): { field: FieldName; key: string }[] {
  const value = (f: FieldName) => texts[f].trim();
  const problems: { field: FieldName; key: string }[] = [];
  if (!value('titleSv')) problems.push({ field: 'titleSv', key: 'REQUIRED' });
  if (!value('textSv')) problems.push({ field: 'textSv', key: 'REQUIRED' });
  if (value('titleEn') && !value('textEn')) problems.push({ field: 'textEn', key: 'REQUIRED' });
  if (value('textEn') && !value('titleEn')) problems.push({ field: 'titleEn', key: 'REQUIRED' });
  for (const field of FIELDS) {
    const max = field.startsWith('title') ? MAX_TITLE_LENGTH : MAX_TEXT_LENGTH;
    if (value(field).length > max) problems.push({ field, key: 'TOO_LONG' });
  }
  return problems;
}

function AnswerForm({
  editing,
  busy,
  onSubmit,
  onCancel,
}: {
  editing: StandardAnswer | null;
  busy: boolean;
  onSubmit: (texts: AnswerTexts) => Promise<ChangeResult>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const empty = { titleSv: '', textSv: '', titleEn: '', textEn: '' };
  const [texts, setTexts] = useState<AnswerTexts>(
    editing
      ? {
          titleSv: editing.title.sv,
          textSv: editing.text.sv,
          titleEn: editing.title.en ?? '',
          textEn: editing.text.en ?? '',
        }
      : empty,
  );
  const [attempt, setAttempt] = useState(0);
  const [apiProblems, setApiProblems] = useState<{ field: string; key: string }[]>([]);
  const problems = attempt > 0 ? [...answerProblems(texts), ...apiProblems] : [];
  const errorOf = (field: FieldName) => {
    const found = problems.find((p) => p.field === field);
    return found ? t(`standardAnswers.problems.${field}.${found.key}`) : undefined;
  };
  const idOf = (field: string) => `standard-answer-${field}`;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    setApiProblems([]);
    if (answerProblems(texts).length > 0) return;
    void onSubmit(texts).then((result) => {
      if (result.ok) {
        if (!editing) setTexts(empty);
        setAttempt(0);
        return;
      }
      setApiProblems(
        result.fields
          .filter((f) => FIELDS.some((name) => name === f.path) && f.code === 'REQUIRED')
          .map((f) => ({ field: f.path, key: f.code })),
      );
    });
  };

  const common = (name: FieldName) => ({
    id: idOf(name),
    label: t(`standardAnswers.fields.${name}`),
    value: texts[name],
    error: errorOf(name),
  });
  const set = (name: FieldName, value: string) => {
    setTexts((current) => ({ ...current, [name]: value }));
  };
  const line = (name: FieldName) => (
    <Textfield
      {...common(name)}
      onChange={(event) => {
        set(name, event.target.value);
      }}
    />
  );
  const area = (name: FieldName) => (
    <Textfield
      {...common(name)}
      multiline
      rows={5}
      onChange={(event) => {
        set(name, event.target.value);
      }}
    />
  );

  return (
    <section aria-labelledby="answer-form-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="answer-form-heading">
        {editing
          ? t('standardAnswers.editTitle', { title: editing.title.sv })
          : t('standardAnswers.createTitle')}
      </Heading>
      <ErrorSummary
        attempt={attempt}
        problems={problems.map((p) => ({
          targetId: idOf(p.field),
          message: t(`standardAnswers.problems.${p.field}.${p.key}`),
        }))}
      />
      <form onSubmit={submit} noValidate>
        {line('titleSv')}
        {area('textSv')}
        {line('titleEn')}
        {area('textEn')}
        <div className="etj-actions">
          <Button type="submit" loading={busy}>
            {editing ? t('standardAnswers.save') : t('standardAnswers.create')}
          </Button>
          {editing ? (
            <Button variant="secondary" type="button" onClick={onCancel}>
              {t('standardAnswers.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
