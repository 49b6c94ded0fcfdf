import { type Language } from '@etj/ui';

const TIME_ZONE = 'Europe/Stockholm';
const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A calendar date (`YYYY-MM-DD`) in words, e.g. "6 januari 2027". */
export function formatCalendarDate(date: string, language: Language): string {
  // Noon UTC is the same calendar day in Stockholm all year round.
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(new Date(`${date}T12:00:00Z`));
}

/** A point in time as Stockholm date and time, e.g. "25 nov. 2026 11:00". */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}
