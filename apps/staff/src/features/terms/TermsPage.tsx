import { Paragraph } from '@digdir/designsystemet-react';
import { TERMS_VERSIONS } from '@etj/domain';
import { TermsContent } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { StaffPage } from '../../app-shell/StaffPage.tsx';

/** `/terms`: the current terms of use, readable at any time. */
export function TermsPage() {
  const { t } = useTranslation('common');
  return (
    <StaffPage title={t('terms.title')}>
      <Paragraph className="etj-lead">{t('terms.intro')}</Paragraph>
      <TermsContent audience="staff" version={TERMS_VERSIONS.STAFF} />
    </StaffPage>
  );
}
