import { type AppLinkProps, type Language, languageFromSearch, withLanguage } from '@etj/ui';
import { Link, useLocation } from 'react-router';

/** The language the current URL asks for (`?lang=en`), Swedish otherwise. */
export function useLanguage(): Language {
  return languageFromSearch(useLocation().search);
}

/** An in-app link that keeps the current language in the URL. */
export function LocalizedLink({ href, children, ...rest }: AppLinkProps) {
  const language = useLanguage();
  return (
    <Link to={withLanguage(href, language)} {...rest}>
      {children}
    </Link>
  );
}

/** Renders in-app links from @etj/ui with the router. */
export function renderLocalizedLink(props: AppLinkProps) {
  return <LocalizedLink {...props} />;
}
