import { AppPage } from '@etj/spa';
import { Paragraph } from '@digdir/designsystemet-react';
import { AppLink, LoggedInAs } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../../routing/paths.ts';
import { type StaffUnit, type StaffViewer } from './use-staff-viewer.ts';

/** The start page once logged in: who, where, and with which roles. */
export function HomePage({ viewer, unit }: { viewer: StaffViewer; unit: StaffUnit }) {
  const { t } = useTranslation();
  return (
    <AppPage title={t('home.title')}>
      <Paragraph className="etj-lead">{t('home.lead')}</Paragraph>
      <LoggedInAs
        name={viewer.displayName}
        details={[
          { label: t('common:identity.title'), value: viewer.title },
          {
            label: t('common:identity.workplace'),
            value: t('home.workplace', {
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
      </LoggedInAs>
    </AppPage>
  );
}
