import { type Language } from '@etj/ui';

/** Routes of the API that the browser visits as whole pages (CONTRACT.md). */
export const AUTH = {
  login: '/api/staff/auth/login',
  logout: '/api/staff/auth/logout',
} as const;

/** The SPA's base path, as the API's redirects and `returnTo` need it. */
export const APP_BASE = '/staff';

/**
 * Where "Logga in" sends the whole page: the API starts e-identification, then returns to
 * `returnTo` and appends the language itself.
 */
export function loginUrl(language: Language, returnPath = '/'): string {
  const returnTo = encodeURIComponent(`${APP_BASE}${returnPath}`).replace(/%2F/g, '/');
  return `${AUTH.login}?returnTo=${returnTo}&lang=${language}`;
}
