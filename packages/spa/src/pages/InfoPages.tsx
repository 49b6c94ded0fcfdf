import { Paragraph } from '@digdir/designsystemet-react';
import { AccessibilityStatementContent, AppLink, PrivacyContent } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { SPA_PATHS, type Surface } from '../routing/surface.ts';
import { AppPage } from './AppPage.tsx';

/** `/accessibility`: tillgänglighetsredogörelse. */
export function AccessibilityPage() {
  const { t } = useTranslation('common');
  return (
    <AppPage title={t('accessibility.title')}>
      <AccessibilityStatementContent />
    </AppPage>
  );
}

/** `/privacy`: how personal data is handled, PDL logging, nothing stored in the browser. */
export function PrivacyPage({ audience }: { audience: Surface }) {
  const { t } = useTranslation('common');
  return (
    <AppPage title={t('privacy.title')}>
      <PrivacyContent audience={audience} />
    </AppPage>
  );
}

/** Any other path. */
export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <AppPage title={t('notFound.title')}>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <AppLink href={SPA_PATHS.start}>{t('notFound.backToStart')}</AppLink>
    </AppPage>
  );
}
