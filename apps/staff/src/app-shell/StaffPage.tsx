import { Page } from '@etj/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page of the staff SPA: its h1 and the document title "<title> – <product>". */
export function StaffPage({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page title={title} productName={t('product.documentTitle')}>
      {children}
    </Page>
  );
}
