import { Paragraph } from '@digdir/designsystemet-react';
import { TERMS_VERSIONS } from '@etj/domain';
import { TermsContent } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { CitizenPage } from '../../app-shell/CitizenPage.tsx';

/** `/terms`: the current terms of use, readable at any time. */
export function TermsPage() {
  const { t } = useTranslation('common');
  return (
    <CitizenPage title={t('terms.title')}>
      <Paragraph className="etj-lead">{t('terms.intro')}</Paragraph>
      <TermsContent audience="citizen" version={TERMS_VERSIONS.CITIZEN} />
    </CitizenPage>
  );
}
