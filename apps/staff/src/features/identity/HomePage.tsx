import { AppPage, useLanguage } from '@etj/spa';
import { staffTitleIn } from '@etj/domain/staff-titles';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, LoggedInAs } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../routing/paths.ts';
import { adminAccess } from '../admin/admin-access.ts';
import { workAccess } from '../case-handling/work-access.ts';
import { type StaffUnit, type StaffViewer } from './use-staff-viewer.ts';

/**
 * The start page once logged in: who, where, with which roles, and the pages those roles give:
 * the queue, the work list, the access log, the administration pages.
 */
export function HomePage({ viewer, unit }: { viewer: StaffViewer; unit: StaffUnit }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const access = adminAccess(viewer);
  const work = workAccess(viewer);
  return (
    <AppPage title={t('home.title')}>
      <Paragraph className="etj-lead">{t('home.lead')}</Paragraph>
      <LoggedInAs
        name={viewer.displayName}
        details={[
          { label: t('common:identity.title'), value: staffTitleIn(viewer.title, language) },
          {
            label: t('common:identity.workplace'),
            value: t(unit.regionName === null ? 'home.workplaceNational' : 'home.workplace', {
              name: unit.name,
              kind: t(`unitKinds.${unit.kind}`),
              region: unit.regionName,
            }),
          },
          {
            label: t('common:identity.roles'),
            value: unit.roles.map((role) => t(`roles.${role}`)).join(', '),
          },
          { label: t('home.hsaId'), value: viewer.hsaId },
        ]}
      >
        {viewer.units.length > 1 ? (
          <AppLink href={PATHS.chooseUnit}>{t('home.switchUnit')}</AppLink>
        ) : null}
        <Paragraph>
          <AppLink href={PATHS.alertSettings}>{t('alerts.homeLink')}</AppLink>
        </Paragraph>
        <Paragraph>
          <AppLink href={PATHS.support}>{t('support.homeLink')}</AppLink>
        </Paragraph>
      </LoggedInAs>
      {work.queue || work.workList || work.accessLog ? (
        <nav aria-labelledby="work-nav-heading" className="etj-panel">
          <Heading level={2} data-size="sm" id="work-nav-heading">
            {t('work.navTitle')}
          </Heading>
          <ul className="etj-link-list">
            {work.queue ? (
              <li>
                <AppLink href={PATHS.caseQueue}>{t('queue.title')}</AppLink>
              </li>
            ) : null}
            {work.workList ? (
              <li>
                <AppLink href={PATHS.myCases}>{t('myCases.title')}</AppLink>
              </li>
            ) : null}
            {work.accessLog ? (
              <li>
                <AppLink href={PATHS.accessLog}>{t('accessLog.title')}</AppLink>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      {access.clinicAdmin || access.regionAdmin || access.adminLog ? (
        <nav aria-labelledby="admin-nav-heading" className="etj-panel">
          <Heading level={2} data-size="sm" id="admin-nav-heading">
            {t('admin.navTitle')}
          </Heading>
          <ul className="etj-link-list">
            {access.clinicAdmin ? (
              <>
                <li>
                  <AppLink href={PATHS.clinicCaseTypes}>{t('clinicCaseTypes.list.title')}</AppLink>
                </li>
                <li>
                  <AppLink href={PATHS.customCaseTypes}>{t('customCaseTypes.list.title')}</AppLink>
                </li>
                <li>
                  <AppLink href={PATHS.standardAnswers}>{t('standardAnswers.title')}</AppLink>
                </li>
                <li>
                  <AppLink href={PATHS.clinicRoles}>{t('clinicRoles.title')}</AppLink>
                </li>
              </>
            ) : null}
            {access.regionAdmin ? (
              <li>
                <AppLink href={PATHS.regionOffering}>{t('regionOffering.title')}</AppLink>
              </li>
            ) : null}
            {access.adminLog ? (
              <li>
                <AppLink href={PATHS.adminLog}>{t('adminLog.title')}</AppLink>
              </li>
            ) : null}
            {access.statistics && !access.serviceAdmin ? (
              <li>
                <AppLink href={PATHS.statistics}>{t('statistics.title')}</AppLink>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      {access.serviceAdmin ? (
        <nav aria-labelledby="service-admin-nav-heading" className="etj-panel">
          <Heading level={2} data-size="sm" id="service-admin-nav-heading">
            {t('serviceStatusAdmin.navTitle')}
          </Heading>
          <ul className="etj-link-list">
            <li>
              <AppLink href={PATHS.serviceStatus}>{t('serviceStatusAdmin.homeLink')}</AppLink>
            </li>
            <li>
              <AppLink href={PATHS.supportQueue}>{t('support.queue.title')}</AppLink>
            </li>
            <li>
              <AppLink href={PATHS.statistics}>{t('statistics.title')}</AppLink>
            </li>
          </ul>
        </nav>
      ) : null}
    </AppPage>
  );
}
