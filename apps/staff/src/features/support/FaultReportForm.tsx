import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { ErrorSummary, ProblemNotice, type ApiProblem } from '@etj/ui';
import { type ChangeEvent, type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  apiFaultProblem,
  emptyFaultForm,
  FAULT_FIELD_IDS,
  FAULT_LIMITS,
  faultInput,
  type FaultField,
  type FaultForm,
  type FaultProblem,
  localFaultProblems,
  SUPPORT_AREAS,
  SUPPORT_SEVERITIES,
} from './fault-form.ts';
import { useReportFault } from './use-report-fault.ts';

/** A file's content as base64, read in memory only. */
function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(new Error('The file could not be read'));
    };
    reader.readAsDataURL(file);
  });
}

/**
 * The fault report: what, where, when, how serious, an optional screenshot. Checked before
 * sending (error summary on top, focus moved to it), and the API's refusals shown the same way.
 */
export function FaultReportForm({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FaultForm>(() => emptyFaultForm(now()));
  const [fileKey, setFileKey] = useState(0);
  const [problems, setProblems] = useState<FaultProblem[]>([]);
  const [failure, setFailure] = useState<ApiProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<number | null>(null);
  const reporting = useReportFault();

  const set = <K extends keyof FaultForm>(key: K, value: FaultForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
  };
  const messages = new Map<FaultField, string>();
  for (const problem of problems) {
    if (!messages.has(problem.field))
      messages.set(problem.field, t(`support.form.problems.${problem.key}`, problem.params ?? {}));
  }
  const errorFor = (field: FaultField) => messages.get(field);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    setFailure(null);
    setSent(null);
    const local = localFaultProblems(form, now());
    setProblems(local);
    if (local.length > 0) return;
    const screenshot = form.screenshot
      ? { fileName: form.screenshot.name, contentBase64: await readAsBase64(form.screenshot) }
      : null;
    const result = await reporting.report({ ...faultInput(form), screenshot });
    switch (result.outcome) {
      case 'done':
        setForm(emptyFaultForm(now()));
        setFileKey((key) => key + 1);
        setSent(result.number);
        return;
      case 'invalid':
        setProblems(result.fields.map(apiFaultProblem));
        return;
      case 'conflict':
        setFailure({ code: 'CONFLICT' });
        return;
      case 'failed':
        setFailure(result.problem);
        return;
    }
  };

  return (
    <section aria-labelledby="fault-form-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="fault-form-heading">
        {t('support.form.title')}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t('support.form.noPatientData')}</Paragraph>
      </Alert>
      <ErrorSummary
        attempt={attempt}
        problems={[...messages].map(([field, message]) => ({
          targetId: FAULT_FIELD_IDS[field],
          message,
        }))}
      />
      {failure ? <ProblemNotice problem={failure} /> : null}
      <form
        noValidate
        className="etj-settings-form"
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <Textfield
          id={FAULT_FIELD_IDS.summary}
          label={t('support.form.summary')}
          description={t('support.form.summaryHint', { max: FAULT_LIMITS.summary })}
          value={form.summary}
          error={errorFor('summary')}
          onChange={(event) => {
            set('summary', event.target.value);
          }}
        />
        <Textfield
          id={FAULT_FIELD_IDS.description}
          multiline
          rows={6}
          label={t('support.form.description')}
          description={t('support.form.descriptionHint', { max: FAULT_LIMITS.description })}
          value={form.description}
          error={errorFor('description')}
          onChange={(event) => {
            set('description', event.target.value);
          }}
        />
        <Field>
          <Label htmlFor={FAULT_FIELD_IDS.area}>{t('support.form.area')}</Label>
          <Select
            id={FAULT_FIELD_IDS.area}
            value={form.area}
            aria-invalid={errorFor('area') ? true : undefined}
            onChange={(event) => {
              set('area', event.target.value as FaultForm['area']);
            }}
          >
            <Select.Option value="">{t('support.form.chooseArea')}</Select.Option>
            {SUPPORT_AREAS.map((area) => (
              <Select.Option key={area} value={area}>
                {t(`support.areas.${area}`)}
              </Select.Option>
            ))}
          </Select>
          {errorFor('area') ? <ValidationMessage>{errorFor('area')}</ValidationMessage> : null}
        </Field>
        <Textfield
          id={FAULT_FIELD_IDS.location}
          label={t('support.form.location')}
          description={t('support.form.locationHint')}
          value={form.location}
          error={errorFor('location')}
          onChange={(event) => {
            set('location', event.target.value);
          }}
        />
        <Fieldset>
          <Fieldset.Legend>{t('support.form.when')}</Fieldset.Legend>
          <Fieldset.Description>{t('support.form.whenHint')}</Fieldset.Description>
          <div className="etj-date-range">
            <Textfield
              id={FAULT_FIELD_IDS.occurredAt}
              type="date"
              label={t('support.form.date')}
              value={form.occurredDate}
              aria-invalid={errorFor('occurredAt') ? true : undefined}
              onChange={(event) => {
                set('occurredDate', event.target.value);
              }}
            />
            <Textfield
              id="fault-occurred-time"
              type="time"
              label={t('support.form.time')}
              value={form.occurredTime}
              aria-invalid={errorFor('occurredAt') ? true : undefined}
              onChange={(event) => {
                set('occurredTime', event.target.value);
              }}
            />
          </div>
          {errorFor('occurredAt') ? (
            <ValidationMessage>{errorFor('occurredAt')}</ValidationMessage>
          ) : null}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('support.form.severity')}</Fieldset.Legend>
          {SUPPORT_SEVERITIES.map((severity) => (
            <Radio
              key={severity}
              id={`fault-severity-${severity}`}
              name="fault-severity"
              value={severity}
              label={t(`support.severities.${severity}`)}
              checked={form.severity === severity}
              aria-invalid={errorFor('severity') ? true : undefined}
              onChange={() => {
                set('severity', severity);
              }}
            />
          ))}
          {errorFor('severity') ? (
            <ValidationMessage>{errorFor('severity')}</ValidationMessage>
          ) : null}
        </Fieldset>
        <Field>
          <Label htmlFor={FAULT_FIELD_IDS.screenshot}>{t('support.form.screenshot')}</Label>
          <Field.Description>{t('support.form.screenshotHint')}</Field.Description>
          <input
            key={fileKey}
            id={FAULT_FIELD_IDS.screenshot}
            type="file"
            accept="image/png,image/jpeg"
            aria-invalid={errorFor('screenshot') ? true : undefined}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              set('screenshot', event.target.files?.[0] ?? null);
            }}
          />
          {errorFor('screenshot') ? (
            <ValidationMessage>{errorFor('screenshot')}</ValidationMessage>
          ) : null}
        </Field>
        <div className="etj-actions">
          <Button type="submit" loading={reporting.sending} disabled={reporting.sending}>
            {t('support.form.submit')}
          </Button>
        </div>
      </form>
      <Paragraph role="status">
        {sent === null ? '' : t('support.form.sent', { number: sent })}
      </Paragraph>
    </section>
  );
}
