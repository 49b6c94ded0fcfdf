import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { ErrorSummary, ProblemNotice, type ApiProblem } from '@etj/ui';
import { type SubmitEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ResponseKind } from '../../gql/graphql.ts';
import {
  apiResponseProblem,
  EMPTY_RESPONSE,
  localResponseProblems,
  outcomeKinds,
  RESPONSE_FIELD_IDS,
  RESPONSE_KINDS,
  type ResponseField,
  type ResponseForm as ResponseFormState,
  type ResponseProblem,
  responseInput,
} from './response-form.ts';
import { useRespondToCase } from './use-respond-to-case.ts';
import { useStandardAnswers } from './use-standard-answers.ts';

const STANDARD_ID = 'response-standard';

/**
 * For the caregiver (or receiver) who may answer: an answer, a partial answer or a
 * counter-question, with structured outcomes, standard answers to insert, and for an answer the
 * choice to close the case too.
 */
export function ResponseForm({
  caseId,
  revision,
  onSent,
  onConflict,
  onWritingChange,
}: {
  caseId: string;
  revision: number;
  onSent: (kind: ResponseKind) => void;
  onConflict: () => void;
  /** Whether the answer field holds text not sent yet (others on the case see "writing"). */
  onWritingChange?: (writing: boolean) => void;
}) {
  const { t } = useTranslation();
  const standardAnswers = useStandardAnswers(caseId);
  const [form, setForm] = useState<ResponseFormState>(EMPTY_RESPONSE);
  const [standardId, setStandardId] = useState('');
  const [problems, setProblems] = useState<ResponseProblem[]>([]);
  const [failure, setFailure] = useState<ApiProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const responding = useRespondToCase();
  const writing = form.text.trim() !== '';
  useEffect(() => {
    onWritingChange?.(writing);
    return () => {
      onWritingChange?.(false);
    };
  }, [writing, onWritingChange]);

  const set = <K extends keyof ResponseFormState>(key: K, value: ResponseFormState[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
  };

  const messages = new Map<ResponseField, string>();
  for (const problem of problems) {
    if (!messages.has(problem.field))
      messages.set(problem.field, t(`caseWork.respond.problems.${problem.key}`));
  }
  const errorFor = (field: ResponseField) => messages.get(field);

  const insertStandard = () => {
    const answer = standardAnswers.find((candidate) => candidate.id === standardId);
    if (!answer) {
      document.getElementById(STANDARD_ID)?.focus();
      return;
    }
    setForm((current) => ({
      ...current,
      text:
        current.text.trim() === '' ? answer.text : `${current.text.trimEnd()}\n\n${answer.text}`,
    }));
    document.getElementById(RESPONSE_FIELD_IDS.text)?.focus();
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    setFailure(null);
    const local = localResponseProblems(form);
    setProblems(local);
    if (local.length > 0) return;
    const sent = outcomeKinds(form);
    void responding.change(responseInput(caseId, revision, form)).then((result) => {
      switch (result.outcome) {
        case 'done':
          setForm(EMPTY_RESPONSE);
          setStandardId('');
          onSent(form.kind);
          return;
        case 'invalid':
          setProblems(result.fields.map((field) => apiResponseProblem(field, sent)));
          return;
        case 'conflict':
          onConflict();
          return;
        case 'failed':
          setFailure(result.problem);
          return;
      }
    });
  };

  return (
    <section aria-labelledby="case-respond-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="case-respond-heading">
        {t('caseWork.respond.title')}
      </Heading>
      <ErrorSummary
        attempt={attempt}
        problems={[...messages].map(([field, message]) => ({
          targetId: RESPONSE_FIELD_IDS[field],
          message,
        }))}
      />
      {failure ? <ProblemNotice problem={failure} /> : null}
      {/* Ctrl+Enter (⌘+Enter) in any of its fields sends it (the case page's shortcuts). */}
      <form onSubmit={submit} noValidate className="etj-settings-form" data-shortcut-send="">
        <Fieldset>
          <Fieldset.Legend>{t('caseWork.respond.kind')}</Fieldset.Legend>
          {RESPONSE_KINDS.map((kind) => (
            <Radio
              key={kind}
              id={`response-kind-${kind}`}
              name="response-kind"
              value={kind}
              label={t(`caseWork.respond.kinds.${kind}`)}
              description={t(`caseWork.respond.kindHints.${kind}`)}
              checked={form.kind === kind}
              onChange={() => {
                set('kind', kind);
              }}
            />
          ))}
          {errorFor('kind') ? <ValidationMessage>{errorFor('kind')}</ValidationMessage> : null}
        </Fieldset>

        <Textfield
          id={RESPONSE_FIELD_IDS.text}
          multiline
          rows={8}
          label={t('caseWork.respond.text')}
          description={t('caseWork.respond.textHint')}
          value={form.text}
          error={errorFor('text')}
          onChange={(event) => {
            set('text', event.target.value);
          }}
        />

        {standardAnswers.length > 0 ? (
          <div className="etj-add-item">
            <Field>
              <Label htmlFor={STANDARD_ID}>{t('caseWork.respond.standard')}</Label>
              <Select
                id={STANDARD_ID}
                value={standardId}
                onChange={(event) => {
                  setStandardId(event.target.value);
                }}
              >
                <Select.Option value="">{t('caseWork.respond.chooseStandard')}</Select.Option>
                {standardAnswers.map((answer) => (
                  <Select.Option key={answer.id} value={answer.id}>
                    {answer.title}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Button type="button" variant="secondary" onClick={insertStandard}>
              {t('caseWork.respond.insertStandard')}
            </Button>
          </div>
        ) : null}

        <Fieldset>
          <Fieldset.Legend>{t('caseWork.respond.outcomes')}</Fieldset.Legend>
          <Fieldset.Description>{t('caseWork.respond.outcomesHint')}</Fieldset.Description>
          <Checkbox
            id={RESPONSE_FIELD_IDS.outcomes}
            label={t('caseWork.respond.appointment')}
            checked={form.appointment}
            onChange={(event) => {
              set('appointment', event.target.checked);
            }}
          />
          {form.appointment ? (
            <div className="etj-outcome-details etj-date-range">
              <Textfield
                id={RESPONSE_FIELD_IDS.appointmentDate}
                type="date"
                label={t('caseWork.respond.date')}
                value={form.appointmentDate}
                error={errorFor('appointmentDate')}
                onChange={(event) => {
                  set('appointmentDate', event.target.value);
                }}
              />
              <Textfield
                id={RESPONSE_FIELD_IDS.appointmentTime}
                type="time"
                label={t('caseWork.respond.time')}
                description={t('caseWork.respond.timeHint')}
                value={form.appointmentTime}
                error={errorFor('appointmentTime')}
                onChange={(event) => {
                  set('appointmentTime', event.target.value);
                }}
              />
              <Textfield
                id={RESPONSE_FIELD_IDS.appointmentPlace}
                label={t('caseWork.respond.place')}
                value={form.appointmentPlace}
                error={errorFor('appointmentPlace')}
                onChange={(event) => {
                  set('appointmentPlace', event.target.value);
                }}
              />
            </div>
          ) : null}
          <Checkbox
            id={RESPONSE_FIELD_IDS.prescription}
            label={t('caseWork.respond.prescription')}
            checked={form.prescriptionRenewed}
            onChange={(event) => {
              set('prescriptionRenewed', event.target.checked);
            }}
          />
          <Checkbox
            id={RESPONSE_FIELD_IDS.pleaseCall}
            label={t('caseWork.respond.call')}
            checked={form.pleaseCall}
            onChange={(event) => {
              set('pleaseCall', event.target.checked);
            }}
          />
          {form.pleaseCall ? (
            <div className="etj-outcome-details">
              <Textfield
                id={RESPONSE_FIELD_IDS.phone}
                type="tel"
                className="etj-narrow-field"
                label={t('caseWork.respond.phone')}
                value={form.phone}
                error={errorFor('phone')}
                onChange={(event) => {
                  set('phone', event.target.value);
                }}
              />
            </div>
          ) : null}
          {errorFor('outcomes') || errorFor('prescription') ? (
            <ValidationMessage>
              {errorFor('outcomes') ?? errorFor('prescription')}
            </ValidationMessage>
          ) : null}
        </Fieldset>

        {form.kind === 'ANSWER' ? (
          <Checkbox
            id={RESPONSE_FIELD_IDS.close}
            label={t('caseWork.respond.close')}
            description={t('caseWork.respond.closeHint')}
            checked={form.close}
            error={errorFor('close')}
            onChange={(event) => {
              set('close', event.target.checked);
            }}
          />
        ) : null}

        <div className="etj-actions">
          <Button type="submit" loading={responding.changing}>
            {t('caseWork.respond.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
