import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppPage } from '@etj/spa';
import { AppLink, LoggedInAs } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { MyDrafts } from '../case-form/MyDrafts.tsx';
import { NOTIFICATION_SETTINGS_PATH } from '../notifications/notification-settings-path.ts';
import { childFullName } from '../proxy/proxy-child.ts';
import { ProxyChildren } from '../proxy/ProxyChildren.tsx';
import { INBOX_PATH } from '../inbox/inbox-paths.ts';
import { useInboxUnreadCount } from '../inbox/use-inbox.ts';
import { type CitizenViewer } from './use-citizen-viewer.ts';

/** The start page once logged in: who is logged in, the inbox with its unread count, a way to a clinic. */
export function HomePage({ viewer }: { viewer: CitizenViewer }) {
  const { t } = useTranslation();
  const unread = useInboxUnreadCount();
  return (
    <AppPage title={t('home.title')}>
      <Paragraph className="etj-lead">
        {viewer.actingFor
          ? t('home.leadChild', {
              name: childFullName(viewer.actingFor) ?? viewer.actingFor.personnummer,
            })
          : t('home.lead')}
      </Paragraph>
      <section aria-labelledby="home-new-case" className="etj-panel">
        <Heading level={2} data-size="sm" id="home-new-case">
          {t('home.newCaseTitle')}
        </Heading>
        <Paragraph>{t('home.newCaseLead')}</Paragraph>
        <Paragraph>
          <AppLink href="/clinics">{t('home.findClinic')}</AppLink>
        </Paragraph>
      </section>
      <section aria-labelledby="home-inbox" className="etj-panel">
        <Heading level={2} data-size="sm" id="home-inbox">
          {viewer.actingFor ? t('home.inboxTitleChild') : t('home.inboxTitle')}
        </Heading>
        <Paragraph>{t('home.inboxLead')}</Paragraph>
        <Paragraph>
          <AppLink href={INBOX_PATH}>
            {unread ? t('home.inboxUnread', { count: unread }) : t('home.inbox')}
          </AppLink>
        </Paragraph>
      </section>
      <MyDrafts />
      {/* Only a citizen of 13 or over may act for their children; a child sees no such list. */}
      {viewer.actingFor || !viewer.mayActAsGuardian ? null : <ProxyChildren />}
      <section aria-labelledby="home-settings" className="etj-panel">
        <Heading level={2} data-size="sm" id="home-settings">
          {t('settings.title')}
        </Heading>
        <Paragraph>
          {viewer.actingFor ? t('settings.homeLeadChild') : t('settings.homeLead')}
        </Paragraph>
        <Paragraph>
          <AppLink href={NOTIFICATION_SETTINGS_PATH}>{t('settings.homeLink')}</AppLink>
        </Paragraph>
      </section>
      <LoggedInAs
        name={viewer.displayName}
        details={[{ label: t('common:identity.personnummer'), value: viewer.personnummer }]}
      />
      <Paragraph data-size="sm" className="etj-muted">
        {t('home.logoutHint')}
      </Paragraph>
    </AppPage>
  );
}
