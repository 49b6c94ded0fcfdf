import {
  Button,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  Fieldset,
} from '@digdir/designsystemet-react';
import { AppPage, useLanguage } from '@etj/spa';
import { ErrorSummary, type Language, LoadingState, ProblemNotice, formatDateTime } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/service-status.css';
import { type ServiceAnnouncement, useServiceStatus } from './use-service-status.ts';
import { useSubscribeToServiceStatus } from './use-subscribe-to-service-status.ts';

const EMAIL_ID = 'service-status-email';

/** The languages a driftstatus mail can be written in, each named in its own language. */
const LANGUAGES = [
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
] as const;

/**
 * `/driftstatus`, open without login: disturbances and maintenance now and planned, with their
 * updates, and the e-mail subscription.
 */
export function ServiceStatusPage() {
  const { t } = useTranslation();
  const status = useServiceStatus();
  return (
    <AppPage title={t('serviceStatus.title')}>
      <Paragraph className="etj-lead">{t('serviceStatus.lead')}</Paragraph>
      {status.problem ? <ProblemNotice problem={status.problem} /> : null}
      {status.current && status.upcoming ? (
        <>
          <AnnouncementList
            heading={t('serviceStatus.currentHeading')}
            empty={t('serviceStatus.currentEmpty')}
            items={status.current}
          />
          <AnnouncementList
            heading={t('serviceStatus.upcomingHeading')}
            empty={t('serviceStatus.upcomingEmpty')}
            items={status.upcoming}
          />
        </>
      ) : status.problem ? null : (
        <LoadingState />
      )}
      <SubscribeForm />
    </AppPage>
  );
}

function AnnouncementList({
  heading,
  empty,
  items,
}: {
  heading: string;
  empty: string;
  items: ServiceAnnouncement[];
}) {
  return (
    <section className="etj-service-status-section">
      <Heading level={2} data-size="md">
        {heading}
      </Heading>
      {items.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul className="etj-announcements">
          {items.map((item) => (
            <li key={item.id}>
              <Announcement item={item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Announcement({ item }: { item: ServiceAnnouncement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = (value: { sv: string; en?: string | null }) =>
    language === 'en' ? (value.en ?? value.sv) : value.sv;
  return (
    <article
      className={`etj-announcement${item.kind === 'DISTURBANCE' ? ' etj-announcement--disturbance' : ''}`}
    >
      <Heading level={3} data-size="sm">
        {t(`serviceStatus.kind.${item.kind}`)}: {text(item.title)}
      </Heading>
      <dl className="etj-announcement__facts">
        <dt>{t('serviceStatus.affected')}</dt>
        <dd>{item.affected.map((part) => t(`serviceStatus.parts.${part}`)).join(', ')}</dd>
        <dt>{t('serviceStatus.from')}</dt>
        <dd>{formatDateTime(item.startsAt, language)}</dd>
        <dt>{t('serviceStatus.to')}</dt>
        <dd>
          {item.endsAt ? formatDateTime(item.endsAt, language) : t('serviceStatus.untilFurther')}
        </dd>
      </dl>
      <Paragraph>{text(item.body)}</Paragraph>
      {item.updates.length > 0 ? (
        <>
          <Heading level={4} data-size="xs">
            {t('serviceStatus.updates')}
          </Heading>
          <ul>
            {[...item.updates].reverse().map((update) => (
              <li key={update.id}>
                <strong>{formatDateTime(update.at, language)}:</strong> {text(update.text)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

function SubscribeForm() {
  const { t } = useTranslation();
  const pageLanguage = useLanguage();
  const { subscribe, sending, problem } = useSubscribeToServiceStatus();
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>(pageLanguage);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(false);
    const trimmed = email.trim();
    const outcome = trimmed === '' ? ('missing' as const) : await subscribe(trimmed, language);
    setError(
      outcome === 'missing'
        ? t('serviceStatus.errors.EMAIL_REQUIRED')
        : outcome === 'invalid'
          ? t('serviceStatus.errors.EMAIL_INVALID')
          : null,
    );
    setAttempt((count) => count + 1);
    setSent(outcome === 'sent');
  };

  return (
    <section className="etj-service-status-section" aria-labelledby="service-status-subscribe">
      <Heading level={2} data-size="md" id="service-status-subscribe">
        {t('serviceStatus.subscribeHeading')}
      </Heading>
      <Paragraph>{t('serviceStatus.subscribeLead')}</Paragraph>
      <ErrorSummary
        attempt={attempt}
        problems={error ? [{ targetId: EMAIL_ID, message: error }] : []}
      />
      <form
        noValidate
        className="etj-form"
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <Textfield
          id={EMAIL_ID}
          type="email"
          label={t('serviceStatus.email')}
          description={t('serviceStatus.emailHint')}
          autoComplete="email"
          value={email}
          error={error ?? undefined}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
        />
        <Fieldset>
          <Fieldset.Legend>{t('serviceStatus.languageLegend')}</Fieldset.Legend>
          {LANGUAGES.map((option) => (
            <Radio
              key={option.value}
              id={`service-status-language-${option.value}`}
              name="service-status-language"
              value={option.value}
              label={<span lang={option.value}>{option.label}</span>}
              checked={language === option.value}
              onChange={() => {
                setLanguage(option.value);
              }}
            />
          ))}
        </Fieldset>
        <div className="etj-actions">
          <Button type="submit" loading={sending} disabled={sending}>
            {t('serviceStatus.subscribe')}
          </Button>
        </div>
      </form>
      {problem ? <ProblemNotice problem={problem} /> : null}
      <Paragraph role="status">{sent ? t('serviceStatus.subscribeSent') : ''}</Paragraph>
    </section>
  );
}
