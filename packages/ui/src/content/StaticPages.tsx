import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useCommonCatalogue } from '../i18n/use-catalogue.ts';
import { ContentSections } from './ContentSections.tsx';

/** The body of the accessibility statement (tillgänglighetsredogörelse). */
export function AccessibilityStatementContent() {
  const { catalogue } = useCommonCatalogue();
  return <ContentSections sections={catalogue.accessibility.sections} />;
}

/** The body of the privacy page: what is processed, who may read it, PDL logging, no storage. */
export function PrivacyContent({ audience }: { audience: 'citizen' | 'staff' }) {
  const { catalogue } = useCommonCatalogue();
  return <ContentSections sections={catalogue.privacy[audience]} />;
}

/** The terms of use for one audience, with their version. */
export function TermsContent({
  audience,
  version,
}: {
  audience: 'citizen' | 'staff';
  version: string;
}) {
  const { t } = useTranslation('common');
  const { catalogue } = useCommonCatalogue();
  return (
    <>
      <Paragraph data-size="sm" className="etj-muted">
        {t('terms.version', { version })}
      </Paragraph>
      <ContentSections sections={catalogue.terms[audience]} />
    </>
  );
}
