import { type Language } from '../i18n/language.ts';

// A module of its own, apart from the other formats: the status banner on the start page needs
// only this one, and a bundler splits by module.

/** Dates and times are shown on the Stockholm clock, whatever the browser's own zone. */
export const TIME_ZONE = 'Europe/Stockholm';
export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A point in time as Stockholm date and time, e.g. "25 nov. 2026 11:00". */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}
