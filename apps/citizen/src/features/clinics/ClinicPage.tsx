import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PadlockLockedIcon } from '@navikt/aksel-icons';
import { inLanguage } from '../../common/localized.ts';
import { AppPage, useLanguage } from '@etj/spa';
import { AppLink, LoadingState, ProblemNotice, formatCalendarDate } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCitizenViewer } from '../identity/use-citizen-viewer.ts';
import { parseDays } from './opening-hours.ts';
import { type ClinicCard, type ClinicCaseType, useClinic } from './use-clinic.ts';

/** `/clinics/:clinicId`: the clinic's contact card and the case types it has activated. */
export function ClinicPage() {
  const { clinicId = '' } = useParams();
  const { clinic, loading, problem } = useClinic(clinicId);
  if (problem) return <ProblemNotice problem={problem} />;
  if (loading || !clinic) return <LoadingState />;
  return <ContactCard clinic={clinic} />;
}

function ContactCard({ clinic }: { clinic: ClinicCard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useCitizenViewer();
  const actingForChild = viewer.status === 'signed-in' && viewer.viewer.actingFor !== null;
  return (
    <AppPage title={clinic.name}>
      <Paragraph className="etj-eyebrow">
        {clinic.kind}, {clinic.regionName}
      </Paragraph>
      {clinic.description ? (
        <Paragraph className="etj-lead">{inLanguage(clinic.description, language)}</Paragraph>
      ) : null}

      <section aria-labelledby="clinic-case-types" className="etj-panel">
        <Heading level={2} data-size="sm" id="clinic-case-types">
          {t('clinic.caseTypesTitle')}
        </Heading>
        {clinic.caseTypes.length === 0 ? (
          <Paragraph>{t('clinic.noCaseTypes')}</Paragraph>
        ) : (
          <ul className="etj-case-type-list">
            {clinic.caseTypes.map((caseType) => (
              <CaseTypeEntry
                key={caseType.id}
                clinicId={clinic.id}
                caseType={caseType}
                locked={actingForChild && !caseType.availableForProxy}
              />
            ))}
          </ul>
        )}
      </section>

      <div className="etj-columns">
        <section aria-labelledby="clinic-contact">
          <Heading level={2} data-size="sm" id="clinic-contact">
            {t('clinic.contactTitle')}
          </Heading>
          <dl className="etj-details">
            <div className="etj-details__row">
              <dt>{t('clinic.address')}</dt>
              <dd>
                {clinic.street}
                <br />
                {clinic.postcode} {clinic.city}
              </dd>
            </div>
            <div className="etj-details__row">
              <dt>{t('clinic.phone')}</dt>
              <dd>
                <Link href={`tel:${clinic.phone.replace(/[^\d+]/g, '')}`}>{clinic.phone}</Link>
              </dd>
            </div>
            {clinic.email ? (
              <div className="etj-details__row">
                <dt>{t('clinic.email')}</dt>
                <dd>{clinic.email}</dd>
              </div>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="clinic-hours">
          <Heading level={2} data-size="sm" id="clinic-hours">
            {t('clinic.openingHoursTitle')}
          </Heading>
          <OpeningHoursList hours={clinic.openingHours} />
        </section>
      </div>
      <Paragraph>
        <AppLink href="/clinics">{t('clinic.backToSearch')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}

/** One case type; `locked` in proxy mode when it is not adapted for proxy: a padlock, no link. */
function CaseTypeEntry({
  clinicId,
  caseType,
  locked,
}: {
  clinicId: string;
  caseType: ClinicCaseType;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = inLanguage(caseType.name, language);
  if (locked) {
    return (
      <li>
        <span className="etj-case-type-list__closed">{name}</span>
        <Paragraph data-size="sm" className="etj-padlock">
          <PadlockLockedIcon aria-hidden="true" fontSize="1.25rem" />
          {t('proxy.padlock')}
        </Paragraph>
      </li>
    );
  }
  return (
    <li>
      {caseType.closed ? (
        <span className="etj-case-type-list__closed">{name}</span>
      ) : (
        <AppLink href={`/clinics/${clinicId}/case-types/${caseType.id}`}>{name}</AppLink>
      )}
      {caseType.closed ? (
        <Paragraph data-size="sm">
          {caseType.closedUntil
            ? t('clinic.closedUntil', {
                date: formatCalendarDate(caseType.closedUntil, language),
              })
            : t('clinic.closedNow')}
        </Paragraph>
      ) : (
        <Paragraph data-size="sm" className="etj-muted">
          {t('clinic.responseDays', { count: caseType.expectedResponseDays })}
        </Paragraph>
      )}
      {caseType.notice ? (
        <Alert data-color="info" data-size="sm">
          <Paragraph data-size="sm">{inLanguage(caseType.notice, language)}</Paragraph>
        </Alert>
      ) : null}
    </li>
  );
}

function OpeningHoursList({ hours }: { hours: ClinicCard['openingHours'] }) {
  const { t } = useTranslation();
  if (hours.length === 0) return <Paragraph>{t('clinic.noOpeningHours')}</Paragraph>;
  const dayLabel = (days: string): string => {
    const parsed = parseDays(days);
    if (!parsed) return days;
    const from = t(`days.${parsed.from}`);
    const label =
      parsed.from === parsed.to ? from : t('days.range', { from, to: t(`days.${parsed.to}`) });
    return label.charAt(0).toUpperCase() + label.slice(1);
  };
  return (
    <dl className="etj-details">
      {hours.map((row) => (
        <div className="etj-details__row" key={`${row.days}-${row.opens}`}>
          <dt>{dayLabel(row.days)}</dt>
          <dd>{t('clinic.hours', { opens: row.opens, closes: row.closes })}</dd>
        </div>
      ))}
    </dl>
  );
}
