import { Paragraph } from '@digdir/designsystemet-react';
import { AccessibilityStatementContent, AppLink, PrivacyContent } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { CitizenPage } from '../../app-shell/CitizenPage.tsx';
import { PATHS } from '../../routing/paths.ts';

/** `/accessibility`: tillgänglighetsredogörelse. */
export function AccessibilityPage() {
  const { t } = useTranslation('common');
  return (
    <CitizenPage title={t('accessibility.title')}>
      <AccessibilityStatementContent />
    </CitizenPage>
  );
}

/** `/privacy`: how personal data is handled, PDL logging, nothing stored in the browser. */
export function PrivacyPage() {
  const { t } = useTranslation('common');
  return (
    <CitizenPage title={t('privacy.title')}>
      <PrivacyContent audience="citizen" />
    </CitizenPage>
  );
}

/** Any other path. */
export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <CitizenPage title={t('notFound.title')}>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <AppLink href={PATHS.start}>{t('notFound.backToStart')}</AppLink>
    </CitizenPage>
  );
}
