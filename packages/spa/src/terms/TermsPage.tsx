import { Paragraph } from '@digdir/designsystemet-react';
import { TermsContent } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { AppPage } from '../pages/AppPage.tsx';
import { type Surface } from '../routing/surface.ts';
import { currentTermsVersion } from './terms-version.ts';

/** `/terms`: the audience's current terms of use, readable at any time. */
export function TermsPage({ audience }: { audience: Surface }) {
  const { t } = useTranslation('common');
  return (
    <AppPage title={t('terms.title')}>
      <Paragraph className="etj-lead">{t('terms.intro')}</Paragraph>
      <TermsContent audience={audience} version={currentTermsVersion(audience)} />
    </AppPage>
  );
}
