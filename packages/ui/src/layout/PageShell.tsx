import { SkipLink } from '@digdir/designsystemet-react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link.tsx';

/** The id of the main landmark, target of the skip link. */
export const MAIN_CONTENT_ID = 'main-content';

export type PageShellProps = {
  productName: string;
  /** Shown under the product name, e.g. "för vårdpersonal". */
  tagline?: string;
  /** Path of the start page, for the product name link. */
  homeHref: string;
  languageSwitch: ReactNode;
  /** Who is logged in and the logout button, when someone is. */
  account?: ReactNode;
  /** Shown under the header on every page, e.g. whom a guardian acts for (a landmark of its own). */
  banner?: ReactNode;
  /** More links of the footer's "about the service" list, after the shared ones (list items). */
  footerLinks?: ReactNode;
  children: ReactNode;
};

/** Skip link, header, main landmark and footer shared by both SPAs. */
export function PageShell({
  productName,
  tagline,
  homeHref,
  languageSwitch,
  account,
  banner,
  footerLinks,
  children,
}: PageShellProps) {
  const { t } = useTranslation('common');
  return (
    <div className="etj-shell">
      <SkipLink href={`#${MAIN_CONTENT_ID}`}>{t('layout.skipLink')}</SkipLink>
      <header className="etj-header">
        <div className="etj-container etj-header__inner">
          <AppLink href={homeHref} className="etj-brand">
            <span className="etj-brand__mark" aria-hidden="true" />
            <span className="etj-brand__text">
              <span className="etj-brand__name">{productName}</span>
              {tagline ? <span className="etj-brand__tagline">{tagline}</span> : null}
            </span>
          </AppLink>
          <div className="etj-header__tools">
            {languageSwitch}
            {account}
          </div>
        </div>
      </header>
      {banner}
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="etj-main">
        <div className="etj-container etj-container--main">{children}</div>
      </main>
      <footer className="etj-footer">
        <div className="etj-container etj-footer__inner">
          <nav aria-label={t('layout.footerNav')}>
            <ul className="etj-footer__links">
              <li>
                <AppLink href="/accessibility">{t('layout.accessibility')}</AppLink>
              </li>
              <li>
                <AppLink href="/privacy">{t('layout.privacy')}</AppLink>
              </li>
              <li>
                <AppLink href="/terms">{t('layout.terms')}</AppLink>
              </li>
              {footerLinks}
            </ul>
          </nav>
          <p className="etj-footer__note">{t('layout.footerNote')}</p>
        </div>
      </footer>
    </div>
  );
}
