import { Page } from '@etj/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page of an SPA: its h1 and the document title "<title> – <app's product.documentTitle>". */
export function AppPage({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page title={title} productName={t('product.documentTitle')}>
      {children}
    </Page>
  );
}
