import { Page, type PageWidth } from '@etj/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page of an SPA: its h1 and the document title "<title> – <app's product.documentTitle>". */
export function AppPage({
  title,
  titleDetail,
  documentTitle,
  width,
  children,
}: {
  title: string;
  /** A short state in the h1 after the title (see Page). */
  titleDetail?: string;
  /** The document title's first part when it differs from the h1 (see Page). */
  documentTitle?: string;
  /** `wide` for a work page (a queue, a case, a log); reading width otherwise. */
  width?: PageWidth;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Page
      title={title}
      titleDetail={titleDetail}
      documentTitle={documentTitle}
      productName={t('product.documentTitle')}
      width={width}
    >
      {children}
    </Page>
  );
}
