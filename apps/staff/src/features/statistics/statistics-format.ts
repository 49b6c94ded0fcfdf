import { type Language } from '@etj/ui';
import { type TFunction } from 'i18next';

/** The page's translation function. */
export type Translate = TFunction;

/** A count as the API answers it: the number, or withheld (1–4) with `value` null. */
export type ShownCount = { value: number | null; suppressed: boolean };

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const MINUTES_PER_DAY = 24 * 60;

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** A count for people: the number, or "färre än 5" when withheld; never the withheld number. */
export function formatCount(count: ShownCount, language: Language, t: Translate): string {
  if (count.suppressed || count.value === null) return t('statistics.fewerThan5');
  return formatNumber(count.value, language);
}

/** Hours and minutes: "2 tim 5 min", "45 min", "65 tim"; working time is never told in days. */
export function formatHoursMinutes(minutes: number, t: Translate): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(t('statistics.duration.hours', { count: hours }));
  if (rest > 0 || hours === 0) parts.push(t('statistics.duration.minutes', { count: rest }));
  return parts.join(' ');
}

/** Calendar time: under a day as hours and minutes, from a day on as "3 dygn 4 tim". */
export function formatCalendarMinutes(minutes: number, t: Translate): string {
  const whole = Math.max(0, Math.round(minutes));
  if (whole < MINUTES_PER_DAY) return formatHoursMinutes(whole, t);
  const days = Math.floor(whole / MINUTES_PER_DAY);
  const hours = Math.floor((whole % MINUTES_PER_DAY) / 60);
  const parts = [t('statistics.duration.days', { count: days })];
  if (hours > 0) parts.push(t('statistics.duration.hours', { count: hours }));
  return parts.join(' ');
}

/** A share 0–1 as a whole percentage ("83 %"). */
export function formatShare(share: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/**
 * How a count changed from the period before, in words, or null when there is nothing honest
 * to say: a withheld side (its number is not known here), or no cases before (no percentage).
 */
export function countChange(
  current: ShownCount,
  previous: ShownCount,
  language: Language,
  t: Translate,
): string | null {
  if (current.value === null || previous.value === null) return null;
  if (current.value === previous.value) return t('statistics.change.same');
  if (previous.value === 0) return null;
  const share = Math.abs(current.value - previous.value) / previous.value;
  const percent = formatShare(share, language);
  return current.value > previous.value
    ? t('statistics.change.up', { percent })
    : t('statistics.change.down', { percent });
}

/** How a duration changed ("15 min längre"), or null when either side is not shown. */
export function durationChange(
  current: number | null,
  previous: number | null,
  format: (minutes: number) => string,
  t: Translate,
): string | null {
  if (current === null || previous === null) return null;
  if (current === previous) return t('statistics.change.same');
  const difference = format(Math.abs(current - previous));
  return current > previous
    ? t('statistics.change.longer', { difference })
    : t('statistics.change.shorter', { difference });
}

/** A calendar date `YYYY-MM-DD` as "3 dec. 2026" / "3 Dec 2026". */
export function formatDay(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A month `YYYY-MM` as "nov. 2026" / "Nov 2026". */
export function formatMonth(month: string, language: Language): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(LOCALES[language], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 15)));
}
