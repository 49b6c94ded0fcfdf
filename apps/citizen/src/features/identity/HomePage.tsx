import { Paragraph } from '@digdir/designsystemet-react';
import { LoggedInAs } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { AppPage } from '@etj/spa';
import { type CitizenViewer } from './use-citizen-viewer.ts';

/** The start page once logged in: who is logged in. */
export function HomePage({ viewer }: { viewer: CitizenViewer }) {
  const { t } = useTranslation();
  return (
    <AppPage title={t('home.title')}>
      <Paragraph className="etj-lead">{t('home.lead')}</Paragraph>
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
