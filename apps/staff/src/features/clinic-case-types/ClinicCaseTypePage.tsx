import { AppPage, useLanguage } from '@etj/spa';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { localize } from '@etj/domain';
import { AppLink, ErrorSummary, LoadingState, ProblemNotice, type ApiProblem } from '@etj/ui';
import { type SubmitEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PATHS } from '../../routing/paths.ts';
import { type AdminFieldProblem } from '../admin/admin-field-problems.ts';
import { ClinicOptionsEditor } from './ClinicOptionsEditor.tsx';
import {
  optionDeclarations,
  RESPONSE_DAYS,
  RESPONSE_TARGET_HOURS,
  type SettingsForm,
  settingsFieldId,
  settingsForm,
  settingsInput,
  settingsProblemKey,
  settingsProblems,
} from './settings-form.ts';
import { type ClinicCaseTypeSettings, useClinicCaseTypes } from './use-clinic-case-types.ts';
import { useUpdateClinicCaseType } from './use-update-clinic-case-type.ts';

/** `/admin/case-types/:caseTypeId`: the clinic's settings for one case type. */
export function ClinicCaseTypePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { caseTypeId } = useParams();
  const state = useClinicCaseTypes();
  const [saved, setSaved] = useState(0);
  const takeFocus = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'failed') return <ProblemNotice problem={state.problem} />;
  const settings = state.caseTypes.find((c) => c.caseTypeId === caseTypeId);
  if (!settings) return <ProblemNotice problem={{ code: 'NOT_FOUND' }} />;
  const name = localize({ sv: settings.name.sv, en: settings.name.en ?? undefined }, language);
  return (
    <AppPage title={t('clinicCaseTypes.edit.title', { name })}>
      <Paragraph>
        <AppLink href={PATHS.clinicCaseTypes}>{t('clinicCaseTypes.edit.back')}</AppLink>
      </Paragraph>
      {saved > 0 ? (
        <Alert
          key={saved}
          data-color="success"
          role="status"
          tabIndex={-1}
          ref={takeFocus}
          className="etj-focus-target"
        >
          <Paragraph>{t('clinicCaseTypes.edit.saved', { name })}</Paragraph>
        </Alert>
      ) : null}
      <SettingsEditor
        key={`${settings.caseTypeId}-${String(settings.revision)}`}
        settings={settings}
        onSaved={() => {
          setSaved((count) => count + 1);
        }}
        onReload={state.reload}
      />
    </AppPage>
  );
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'conflict' }
  | { kind: 'failed'; problem: ApiProblem }
  | { kind: 'invalid'; problems: AdminFieldProblem[] };

function SettingsEditor({
  settings,
  onSaved,
  onReload,
}: {
  settings: ClinicCaseTypeSettings;
  onSaved: () => void;
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const declarations = optionDeclarations(settings);
  const [form, setForm] = useState<SettingsForm>(() => settingsForm(settings));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [attempt, setAttempt] = useState(0);
  const update = useUpdateClinicCaseType();
  const takeFocus = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
  };

  const problems = outcome.kind === 'invalid' ? outcome.problems : [];
  const messages = new Map<string, string>();
  for (const problem of problems) {
    const id = settingsFieldId(problem.path);
    if (!messages.has(id))
      messages.set(id, t(`clinicCaseTypes.problems.${settingsProblemKey(problem)}`));
  }
  const errorFor = (id: string) => messages.get(id);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    const local = settingsProblems(form);
    if (local.length > 0) {
      setOutcome({ kind: 'invalid', problems: local });
      return;
    }
    void update.save(settingsInput(settings, form)).then((result) => {
      switch (result.outcome) {
        case 'saved':
          setOutcome({ kind: 'none' });
          onSaved();
          return;
        case 'invalid':
          setOutcome({ kind: 'invalid', problems: result.fields });
          return;
        case 'conflict':
          setOutcome({ kind: 'conflict' });
          return;
        case 'failed':
          setOutcome({ kind: 'failed', problem: result.problem });
          return;
      }
    });
  };

  return (
    <>
      <ErrorSummary
        attempt={attempt}
        problems={[...messages].map(([targetId, message]) => ({ targetId, message }))}
      />
      {outcome.kind === 'conflict' ? (
        <Alert data-color="warning" tabIndex={-1} ref={takeFocus} className="etj-focus-target">
          <Heading level={2} data-size="xs">
            {t('clinicCaseTypes.edit.conflictTitle')}
          </Heading>
          <Paragraph>{t('clinicCaseTypes.edit.conflictBody')}</Paragraph>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              void onReload();
            }}
          >
            {t('clinicCaseTypes.edit.reload')}
          </Button>
        </Alert>
      ) : null}
      {outcome.kind === 'failed' ? <ProblemNotice problem={outcome.problem} /> : null}
      <form onSubmit={submit} noValidate className="etj-panel etj-settings-form">
        <Checkbox
          id="settings-active"
          label={t('clinicCaseTypes.edit.active')}
          description={t('clinicCaseTypes.edit.activeHint')}
          checked={form.active}
          onChange={(event) => {
            set('active', event.target.checked);
          }}
        />

        {declarations.length > 0 ? (
          <section aria-labelledby="settings-options-heading" className="etj-form-section">
            <Heading level={2} data-size="sm" id="settings-options-heading">
              {t('clinicCaseTypes.edit.optionsTitle')}
            </Heading>
            <ClinicOptionsEditor
              declarations={declarations}
              values={form.options}
              errorFor={errorFor}
              onChange={(key, value) => {
                setForm((current) => ({
                  ...current,
                  options: { ...current.options, [key]: value },
                }));
              }}
            />
          </section>
        ) : null}

        <section aria-labelledby="settings-service-heading" className="etj-form-section">
          <Heading level={2} data-size="sm" id="settings-service-heading">
            {t('clinicCaseTypes.edit.serviceTitle')}
          </Heading>
          <Checkbox
            id="settings-availableForProxy"
            label={t('clinicCaseTypes.edit.proxy')}
            description={t('clinicCaseTypes.edit.proxyHint')}
            checked={form.availableForProxy}
            onChange={(event) => {
              set('availableForProxy', event.target.checked);
            }}
          />
          <Checkbox
            id="settings-attachmentsAllowed"
            label={t('clinicCaseTypes.edit.attachments')}
            description={t('clinicCaseTypes.edit.attachmentsHint')}
            checked={form.attachmentsAllowed}
            onChange={(event) => {
              set('attachmentsAllowed', event.target.checked);
            }}
          />
          <Textfield
            id="settings-expectedResponseDays"
            className="etj-narrow-field"
            label={t('clinicCaseTypes.edit.responseDays')}
            description={t('clinicCaseTypes.edit.responseDaysHint', RESPONSE_DAYS)}
            inputMode="numeric"
            suffix={t('clinicCaseTypes.edit.days')}
            value={form.expectedResponseDays}
            error={errorFor('settings-expectedResponseDays')}
            onChange={(event) => {
              set('expectedResponseDays', event.target.value);
            }}
          />
          <Textfield
            id="settings-responseTargetHours"
            className="etj-narrow-field"
            label={t('clinicCaseTypes.edit.responseTarget')}
            description={t('clinicCaseTypes.edit.responseTargetHint', RESPONSE_TARGET_HOURS)}
            inputMode="numeric"
            suffix={t('clinicCaseTypes.edit.hours')}
            value={form.responseTargetHours}
            error={errorFor('settings-responseTargetHours')}
            onChange={(event) => {
              set('responseTargetHours', event.target.value);
            }}
          />
        </section>

        <section aria-labelledby="settings-terms-heading" className="etj-form-section">
          <Heading level={2} data-size="sm" id="settings-terms-heading">
            {t('clinicCaseTypes.edit.termsTitle')}
          </Heading>
          <Paragraph>{t('clinicCaseTypes.edit.termsLead')}</Paragraph>
          <Textfield
            id="settings-termsSv"
            multiline
            rows={5}
            label={t('clinicCaseTypes.edit.termsSv')}
            description={t('clinicCaseTypes.edit.termsHint')}
            value={form.termsSv}
            error={errorFor('settings-termsSv')}
            onChange={(event) => {
              set('termsSv', event.target.value);
            }}
          />
          <Textfield
            id="settings-termsEn"
            multiline
            rows={5}
            label={t('clinicCaseTypes.edit.termsEn')}
            description={t('clinicCaseTypes.edit.termsHint')}
            value={form.termsEn}
            error={errorFor('settings-termsEn')}
            onChange={(event) => {
              set('termsEn', event.target.value);
            }}
          />
        </section>

        <section aria-labelledby="settings-notice-heading" className="etj-form-section">
          <Heading level={2} data-size="sm" id="settings-notice-heading">
            {t('clinicCaseTypes.edit.noticeTitle')}
          </Heading>
          <Paragraph>{t('clinicCaseTypes.edit.noticeLead')}</Paragraph>
          <Textfield
            id="settings-noticeSv"
            multiline
            rows={3}
            label={t('clinicCaseTypes.edit.noticeSv')}
            value={form.noticeSv}
            error={errorFor('settings-noticeSv')}
            onChange={(event) => {
              set('noticeSv', event.target.value);
            }}
          />
          <Textfield
            id="settings-noticeEn"
            multiline
            rows={3}
            label={t('clinicCaseTypes.edit.noticeEn')}
            value={form.noticeEn}
            error={errorFor('settings-noticeEn')}
            onChange={(event) => {
              set('noticeEn', event.target.value);
            }}
          />
          <Fieldset>
            <Fieldset.Legend>{t('clinicCaseTypes.edit.closure')}</Fieldset.Legend>
            <Fieldset.Description>{t('clinicCaseTypes.edit.closureHint')}</Fieldset.Description>
            <div className="etj-date-range">
              <Textfield
                id="settings-closedFrom"
                type="date"
                label={t('clinicCaseTypes.edit.closedFrom')}
                value={form.closedFrom}
                error={errorFor('settings-closedFrom')}
                onChange={(event) => {
                  set('closedFrom', event.target.value);
                }}
              />
              <Textfield
                id="settings-closedTo"
                type="date"
                label={t('clinicCaseTypes.edit.closedTo')}
                value={form.closedTo}
                error={errorFor('settings-closedTo')}
                onChange={(event) => {
                  set('closedTo', event.target.value);
                }}
              />
            </div>
          </Fieldset>
        </section>

        <div className="etj-actions">
          <Button type="submit" loading={update.saving}>
            {t('clinicCaseTypes.edit.save')}
          </Button>
          <AppLink href={PATHS.clinicCaseTypes}>{t('clinicCaseTypes.edit.cancel')}</AppLink>
        </div>
      </form>
    </>
  );
}
