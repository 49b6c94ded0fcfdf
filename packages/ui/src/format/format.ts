import { type Language } from '../i18n/language.ts';
import { LOCALES, TIME_ZONE } from './date-time.ts';

/** A calendar date (`YYYY-MM-DD`) in words, e.g. "6 januari 2027"; as written when it is none. */
export function formatCalendarDate(date: string, language: Language): string {
  // Noon UTC is the same calendar day in Stockholm all year round.
  const at = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(at);
}

/** The Stockholm calendar day of a point in time in words, e.g. "3 mars 2027". */
export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** A point in time in words, e.g. "torsdag 3 december 2026 kl. 14:30". */
export function formatLongDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/**
 * An appointment's day and time in Stockholm, e.g. { date: "torsdag 3 december 2026",
 * time: "09.30" }; Swedish writes the time with a full stop, English with a colon.
 */
export function formatAppointment(iso: string, language: Language): { date: string; time: string } {
  const at = new Date(iso);
  const date = new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(at);
  const parts = new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).formatToParts(at);
  const part = (type: 'hour' | 'minute') => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}${language === 'sv' ? '.' : ':'}${part('minute')}`;
  return { date, time };
}

/**
 * A file size in words, e.g. "120 kB" or "2,4 MB" (1 kB = 1024 bytes); kilobytes are rounded
 * up, so a file is never shown smaller than it is and never as "0 kB".
 */
export function formatFileSize(bytes: number, language: Language): string {
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${number.format(Math.max(1, Math.ceil(bytes / 1024)))} kB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
