import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let pagesShown = 0;

/**
 * How wide a page is laid out: `reading` keeps text to a comfortable measure (information,
 * forms); `wide` takes the width of the screen, for pages worked in all day (queues, a case,
 * logs, statistics).
 */
export type PageWidth = 'reading' | 'wide';

export type PageProps = {
  /** The page's h1, also the first part of the document title. */
  title: string;
  /**
   * A short state said with the title (a count, say): in the h1 after the title on a line of
   * its own, and in the document title in brackets when `documentTitle` is not given.
   */
  titleDetail?: string;
  /** The first part of the document title when it should differ from the h1's words. */
  documentTitle?: string;
  /** The product name, the last part of the document title. */
  productName: string;
  /** `reading` unless the page is a work page; see PageWidth. */
  width?: PageWidth;
  children?: ReactNode;
};

/**
 * One page: sets the document title and renders the single h1. After an in-app navigation the
 * h1 takes focus, so screen reader users hear that the page changed; the first page of a visit
 * leaves focus where the browser put it. The page's width is its own: the shell's main landmark
 * is as wide as a work page may be, and a reading page keeps to its measure within it.
 */
export function Page({
  title,
  titleDetail,
  documentTitle,
  productName,
  width = 'reading',
  children,
}: PageProps) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const first = documentTitle ?? (titleDetail ? `${title} (${titleDetail})` : title);
    document.title = `${first}${t('layout.titleSeparator')}${productName}`;
  }, [title, titleDetail, documentTitle, productName, t]);
  useEffect(() => {
    pagesShown += 1;
    if (pagesShown > 1) heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <div className={`etj-page etj-page--${width}`}>
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="etj-page-title">
        {title}
        {titleDetail ? (
          <>
            {' '}
            <span className="etj-page-title__detail">{titleDetail}</span>
          </>
        ) : null}
      </Heading>
      {children}
    </div>
  );
}
