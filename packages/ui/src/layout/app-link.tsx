import { Link } from '@digdir/designsystemet-react';
import { type AnchorHTMLAttributes, createContext, type ReactNode, useContext } from 'react';

/** Props of an in-app link: `href` is a path inside the app (router basename excluded). */
export type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string;
  children: ReactNode;
};

/** How an app renders an in-app link (with its router, keeping `?lang`). */
export type RenderAppLink = (props: AppLinkProps) => ReactNode;

const renderPlainAnchor: RenderAppLink = ({ href, children, ...rest }) => (
  <a href={href} {...rest}>
    {children}
  </a>
);

const AppLinkContext = createContext<RenderAppLink>(renderPlainAnchor);

/** Lets an app render in-app links with its router, without ui knowing the router. */
export function AppLinkProvider({
  render,
  children,
}: {
  render: RenderAppLink;
  children: ReactNode;
}) {
  return <AppLinkContext.Provider value={render}>{children}</AppLinkContext.Provider>;
}

/** A link to another page of the same app, styled as a Designsystemet link. */
export function AppLink(props: AppLinkProps) {
  const render = useContext(AppLinkContext);
  return <Link asChild>{render(props)}</Link>;
}

/** The current app's link renderer, for links styled some other way (e.g. as a button). */
export function useRenderAppLink(): RenderAppLink {
  return useContext(AppLinkContext);
}
