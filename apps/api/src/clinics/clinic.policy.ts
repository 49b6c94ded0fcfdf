import { compareDates, type CalendarDate } from '@etj/domain';

/** Search words: trimmed, at most five, each at least two characters. */
export function searchWords(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length >= 2)
    .slice(0, 5);
}

/** Whether a temporary closure covers `today` (both ends inclusive; an open end never ends). */
export function isClosedOn(
  closedFrom: string | null,
  closedTo: string | null,
  today: CalendarDate,
): boolean {
  if (!closedFrom) return false;
  if (compareDates(closedFrom as CalendarDate, today) > 0) return false;
  return closedTo === null || compareDates(today, closedTo as CalendarDate) <= 0;
}
