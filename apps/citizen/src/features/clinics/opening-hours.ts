export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const isWeekday = (value: string): value is Weekday => WEEKDAYS.some((day) => day === value);

/** `mon-fri` or `sat` as the weekdays it names; null for anything else. */
export function parseDays(days: string): { from: Weekday; to: Weekday } | null {
  const [from = '', to = from, ...rest] = days.split('-');
  if (rest.length > 0 || !isWeekday(from) || !isWeekday(to)) return null;
  return { from, to };
}
