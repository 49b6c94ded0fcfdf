import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let pagesShown = 0;

export type PageProps = {
  /** The page's h1, also the first part of the document title. */
  title: string;
  /** The product name, the last part of the document title. */
  productName: string;
  children?: ReactNode;
};

/**
 * One page: sets the document title and renders the single h1. After an in-app navigation the
 * h1 takes focus, so screen reader users hear that the page changed; the first page of a visit
 * leaves focus where the browser put it.
 */
export function Page({ title, productName, children }: PageProps) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title}${t('layout.titleSeparator')}${productName}`;
  }, [title, productName, t]);
  useEffect(() => {
    pagesShown += 1;
    if (pagesShown > 1) heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <>
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="etj-page-title">
        {title}
      </Heading>
      {children}
    </>
  );
}
