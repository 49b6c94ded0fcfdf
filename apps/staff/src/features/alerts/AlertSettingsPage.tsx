import {
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { AppPage } from '@etj/spa';
import { AppLink, ErrorSummary, LoadingState, ProblemNotice } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlertLocale } from '../../gql/graphql.ts';
import { PATHS } from '../../routing/paths.ts';
import { type AlertField, type AlertRefusal } from './alert-refusals.ts';
import { type StaffAlertSettings, useStaffAlertSettings } from './use-staff-alert-settings.ts';
import { useSaveStaffAlertSettings } from './use-save-staff-alert-settings.ts';

const FIELD_IDS: Record<AlertField, string> = {
  email: 'alert-email',
  newCases: 'alert-new-cases',
  assignedToMe: 'alert-assigned-to-me',
  citizenReplies: 'alert-citizen-replies',
};

const LOCALES: readonly AlertLocale[] = ['sv', 'en'];

/** `/settings/alerts` (Aviseringar): my own e-mail alerts, content-free, opt-in per workplace. */
export function AlertSettingsPage() {
  const { t } = useTranslation();
  const query = useStaffAlertSettings();
  return (
    <AppPage title={t('alerts.title')}>
      <Paragraph className="etj-lead">{t('alerts.lead')}</Paragraph>
      {query.problem ? <ProblemNotice problem={query.problem} /> : null}
      {query.settings ? (
        <AlertSettingsForm settings={query.settings} />
      ) : query.problem ? null : (
        <LoadingState />
      )}
      <Paragraph>
        <AppLink href={PATHS.start}>{t('admin.backToStart')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}

function AlertSettingsForm({ settings }: { settings: StaffAlertSettings }) {
  const { t } = useTranslation();
  const saving = useSaveStaffAlertSettings();
  const [email, setEmail] = useState(settings.email ?? '');
  const [locale, setLocale] = useState<AlertLocale>(settings.locale);
  const [switches, setSwitches] = useState({
    newCases: settings.newCases,
    assignedToMe: settings.assignedToMe,
    citizenReplies: settings.citizenReplies,
  });
  const [refusals, setRefusals] = useState<AlertRefusal[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const offered: { field: keyof typeof switches; may: boolean }[] = [
    { field: 'newCases', may: settings.mayAlertNewCases },
    { field: 'assignedToMe', may: settings.mayAlertAssignments },
    { field: 'citizenReplies', may: settings.mayAlertReplies },
  ];
  const shown = offered.filter((option) => option.may);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const trimmed = email.trim();
    const outcome = await saving.save({
      email: trimmed === '' ? null : trimmed,
      locale,
      // A switch that does not apply is never sent as on (the API would refuse it).
      newCases: settings.mayAlertNewCases && switches.newCases,
      assignedToMe: settings.mayAlertAssignments && switches.assignedToMe,
      citizenReplies: settings.mayAlertReplies && switches.citizenReplies,
    });
    setRefusals(outcome === true ? [] : outcome);
    setAttempt((count) => count + 1);
    setSaved(outcome === true);
  };
  const message = (refusal: AlertRefusal) => t(`alerts.errors.${refusal.code}`);
  const errorFor = (field: AlertField): string | undefined => {
    const refusal = refusals.find((candidate) => candidate.field === field);
    return refusal ? message(refusal) : undefined;
  };
  return (
    <>
      <ErrorSummary
        attempt={attempt}
        problems={refusals.map((refusal) => ({
          targetId: FIELD_IDS[refusal.field],
          message: message(refusal),
        }))}
      />
      <form
        noValidate
        className="etj-form"
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        {shown.length > 0 ? (
          <Fieldset>
            <Fieldset.Legend>{t('alerts.switchesLegend')}</Fieldset.Legend>
            <Fieldset.Description>{t('alerts.switchesHint')}</Fieldset.Description>
            {shown.map(({ field }) => (
              <div key={field}>
                <Checkbox
                  id={FIELD_IDS[field]}
                  label={t(`alerts.switches.${field}.label`)}
                  description={t(`alerts.switches.${field}.hint`)}
                  checked={switches[field]}
                  aria-invalid={errorFor(field) ? true : undefined}
                  onChange={(event) => {
                    setSwitches((current) => ({ ...current, [field]: event.target.checked }));
                  }}
                />
                {errorFor(field) ? <ValidationMessage>{errorFor(field)}</ValidationMessage> : null}
              </div>
            ))}
          </Fieldset>
        ) : (
          <Paragraph>{t('alerts.noSwitches')}</Paragraph>
        )}
        <Textfield
          id={FIELD_IDS.email}
          type="email"
          label={t('alerts.email')}
          description={t('alerts.emailHint')}
          autoComplete="email"
          value={email}
          error={errorFor('email')}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
        />
        <Fieldset>
          <Fieldset.Legend>{t('alerts.localeLegend')}</Fieldset.Legend>
          {LOCALES.map((option) => (
            <Radio
              key={option}
              name="alert-locale"
              value={option}
              label={t(`alerts.locales.${option}`)}
              checked={locale === option}
              onChange={() => {
                setLocale(option);
              }}
            />
          ))}
        </Fieldset>
        {saving.problem ? <ProblemNotice problem={saving.problem} /> : null}
        <div className="etj-actions">
          <Button type="submit" loading={saving.saving} disabled={saving.saving}>
            {t('alerts.save')}
          </Button>
        </div>
      </form>
      <Paragraph role="status">{saved ? t('alerts.saved') : ''}</Paragraph>
    </>
  );
}
