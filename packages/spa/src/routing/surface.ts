import { type Language, withLanguage } from '@etj/ui';

/** The two SPAs; each has its own API surface (`/api/<surface>/...`) and base path. */
export type Surface = 'citizen' | 'staff';

/** Client routes both SPAs have (paths below the app's base). */
export const SPA_PATHS = {
  start: '/',
  loginRefused: '/login',
  loggedOut: '/logged-out',
  terms: '/terms',
  accessibility: '/accessibility',
  privacy: '/privacy',
} as const;

/** The SPA's base path, as the API's redirects and `returnTo` need it. */
export function appBase(surface: Surface): string {
  return `/${surface}`;
}

/** The surface's GraphQL endpoint; same origin, so the httpOnly session cookie goes along. */
export function graphqlUri(surface: Surface): string {
  return `/api/${surface}/graphql`;
}

/** Routes of the API that the browser visits as whole pages (CONTRACT.md). */
export function authRoutes(surface: Surface): { login: string; logout: string } {
  return { login: `/api/${surface}/auth/login`, logout: `/api/${surface}/auth/logout` };
}

/**
 * Where "Logga in" sends the whole page: the API starts e-identification, then returns to
 * `returnTo` and appends the language itself.
 */
export function loginUrl(surface: Surface, language: Language, returnPath = '/'): string {
  const returnTo = encodeURIComponent(`${appBase(surface)}${returnPath}`).replace(/%2F/g, '/');
  return `${authRoutes(surface).login}?returnTo=${returnTo}&lang=${language}`;
}

/** The full URL of the logged-out page after the server ended the session. */
export function expiredUrl(surface: Surface, language: Language): string {
  return withLanguage(`${appBase(surface)}${SPA_PATHS.loggedOut}?reason=expired`, language);
}

/** The full URL of the logged-out page when the session vanished (e.g. logout in another tab). */
export function loggedOutUrl(surface: Surface, language: Language): string {
  return withLanguage(`${appBase(surface)}${SPA_PATHS.loggedOut}`, language);
}
