import {
  Button,
  Checkbox,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { AppPage } from '@etj/spa';
import { AppLink, ErrorSummary, LoadingState, ProblemNotice } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenViewer } from '../identity/use-citizen-viewer.ts';
import { childFullName } from '../proxy/proxy-child.ts';
import {
  type NotificationSettings,
  type SettingsField,
  type SettingsRefusal,
  useNotificationSettings,
} from './use-notification-settings.ts';

const FIELD_IDS: Record<SettingsField, string> = {
  email: 'notification-email',
  mobile: 'notification-mobile',
};

/** The languages a notification can be written in, each named in its own language. */
const LOCALES = [
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
] as const;

/** `/settings/notifications` (Aviseringar): where notices of new messages go. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const viewer = useCitizenViewer();
  const query = useNotificationSettings();
  const child = viewer.status === 'signed-in' ? viewer.viewer.actingFor : null;
  return (
    <AppPage title={t('settings.title')}>
      <Paragraph className="etj-lead">{t('settings.lead')}</Paragraph>
      {child ? (
        <Paragraph>
          {t('settings.forChild', { name: childFullName(child) ?? child.personnummer })}
        </Paragraph>
      ) : null}
      {query.problem ? <ProblemNotice problem={query.problem} /> : null}
      {query.settings ? (
        <SettingsForm
          key={query.settings.personId}
          settings={query.settings}
          saving={query.saving}
          save={query.save}
        />
      ) : query.problem ? null : (
        <LoadingState />
      )}
      {query.saveProblem ? <ProblemNotice problem={query.saveProblem} /> : null}
      <Paragraph>
        <AppLink href="/">{t('review.toStart')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}

function SettingsForm({
  settings,
  saving,
  save,
}: {
  settings: NotificationSettings;
  saving: boolean;
  save: ReturnType<typeof useNotificationSettings>['save'];
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(settings.email ?? '');
  const [mobile, setMobile] = useState(settings.mobile ?? '');
  const [notifyByEmail, setNotifyByEmail] = useState(settings.notifyByEmail);
  const [notifyBySms, setNotifyBySms] = useState(settings.notifyBySms);
  const [locale, setLocale] = useState(settings.locale);
  const [refusals, setRefusals] = useState<SettingsRefusal[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const trimmedEmail = email.trim();
    const trimmedMobile = mobile.trim();
    const outcome = await save({
      email: trimmedEmail === '' ? null : trimmedEmail,
      mobile: trimmedMobile === '' ? null : trimmedMobile,
      notifyByEmail,
      notifyBySms,
      locale,
    });
    setRefusals(outcome === true ? [] : outcome);
    setAttempt((count) => count + 1);
    setSaved(outcome === true);
  };
  const errorFor = (field: SettingsField): string | undefined => {
    const refusal = refusals.find((candidate) => candidate.field === field);
    return refusal ? t(`settings.errors.${refusal.code}`) : undefined;
  };
  return (
    <>
      <ErrorSummary
        attempt={attempt}
        problems={refusals.map((refusal) => ({
          targetId: FIELD_IDS[refusal.field],
          message: t(`settings.errors.${refusal.code}`),
        }))}
      />
      <form
        noValidate
        className="etj-form"
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t('settings.channelsLegend')}</Fieldset.Legend>
          <Checkbox
            label={t('settings.byEmail')}
            checked={notifyByEmail}
            onChange={(event) => {
              setNotifyByEmail(event.target.checked);
            }}
          />
          <Checkbox
            label={t('settings.bySms')}
            checked={notifyBySms}
            onChange={(event) => {
              setNotifyBySms(event.target.checked);
            }}
          />
        </Fieldset>
        <Textfield
          id={FIELD_IDS.email}
          type="email"
          label={t('settings.email')}
          description={t('settings.emailHint')}
          autoComplete="email"
          value={email}
          error={errorFor('email')}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
        />
        <Textfield
          id={FIELD_IDS.mobile}
          type="tel"
          label={t('settings.mobile')}
          description={t('settings.mobileHint')}
          autoComplete="tel"
          value={mobile}
          error={errorFor('mobile')}
          onChange={(event) => {
            setMobile(event.target.value);
          }}
        />
        <Fieldset>
          <Fieldset.Legend>{t('settings.localeLegend')}</Fieldset.Legend>
          {LOCALES.map((option) => (
            <Radio
              key={option.value}
              id={`notification-locale-${option.value}`}
              name="notification-locale"
              value={option.value}
              label={<span lang={option.value}>{option.label}</span>}
              checked={locale === option.value}
              onChange={() => {
                setLocale(option.value);
              }}
            />
          ))}
        </Fieldset>
        <div className="etj-actions">
          <Button type="submit" loading={saving} disabled={saving}>
            {t('settings.save')}
          </Button>
        </div>
      </form>
      <Paragraph role="status">{saved ? t('settings.saved') : ''}</Paragraph>
    </>
  );
}
