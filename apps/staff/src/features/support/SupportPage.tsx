import { AppPage, useLanguage } from '@etj/spa';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, LoadingState, ProblemNotice } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../routing/paths.ts';
import { adminAccess } from '../admin/admin-access.ts';
import { useStaffViewer } from '../identity/use-staff-viewer.ts';
import { FaultReportForm } from './FaultReportForm.tsx';
import { SupportReportTable } from './SupportReportTable.tsx';
import { type SupportContact, useSupportOverview } from './use-support-overview.ts';

/** `/support`: how to reach the national support, the fault report form, and my reports. */
export function SupportPage() {
  const { t } = useTranslation();
  const overview = useSupportOverview();
  const viewer = useStaffViewer();
  const serviceAdmin = adminAccess(
    viewer.status === 'signed-in' ? viewer.viewer : null,
  ).serviceAdmin;
  return (
    <AppPage title={t('support.title')}>
      <Paragraph className="etj-lead">{t('support.lead')}</Paragraph>
      {serviceAdmin ? (
        <Paragraph>
          <AppLink href={PATHS.supportQueue}>{t('support.queue.title')}</AppLink>
        </Paragraph>
      ) : null}
      {overview.status === 'failed' ? <ProblemNotice problem={overview.problem} /> : null}
      {overview.status === 'loading' ? <LoadingState /> : null}
      {overview.status === 'ready' ? <ContactDetails contact={overview.contact} /> : null}
      <FaultReportForm />
      <div className="etj-panel">
        <Heading level={2} data-size="sm" id="my-support-reports-heading">
          {t('support.mine.title')}
        </Heading>
        {overview.status === 'ready' ? (
          <SupportReportTable
            caption={t('support.mine.title')}
            empty={t('support.mine.empty')}
            reports={overview.reports}
            showReporter={false}
          />
        ) : null}
      </div>
      <Paragraph>
        <AppLink href={PATHS.start}>{t('admin.backToStart')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}

function ContactDetails({ contact }: { contact: SupportContact }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hours =
    language === 'en'
      ? (contact.openingHours.en ?? contact.openingHours.sv)
      : contact.openingHours.sv;
  return (
    <section aria-labelledby="support-contact-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="support-contact-heading">
        {t('support.contact.title')}
      </Heading>
      <dl className="etj-answers">
        <div>
          <dt>{t('support.contact.phone')}</dt>
          <dd>
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
          </dd>
        </div>
        <div>
          <dt>{t('support.contact.email')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </div>
        <div>
          <dt>{t('support.contact.openingHours')}</dt>
          <dd>{hours}</dd>
        </div>
      </dl>
    </section>
  );
}
