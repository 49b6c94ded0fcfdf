import { type Language, withLanguage } from '@etj/ui';
import { APP_BASE } from './auth-urls.ts';

/** Client routes of the staff SPA (paths below the /staff base). */
export const PATHS = {
  start: '/',
  chooseUnit: '/choose-unit',
  loginRefused: '/login',
  loggedOut: '/logged-out',
  terms: '/terms',
  accessibility: '/accessibility',
  privacy: '/privacy',
} as const;

/** The full URL of the logged-out page after the server ended the session. */
export function expiredUrl(language: Language): string {
  return withLanguage(`${APP_BASE}${PATHS.loggedOut}?reason=expired`, language);
}

/** The full URL of the logged-out page when the session vanished (e.g. logout in another tab). */
export function loggedOutUrl(language: Language): string {
  return withLanguage(`${APP_BASE}${PATHS.loggedOut}`, language);
}
