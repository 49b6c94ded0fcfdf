import { describe, expect, it } from 'vitest';
import {
  formatAppointment,
  formatCalendarDate,
  formatDate,
  formatFileSize,
  formatLongDateTime,
} from './format.ts';
import { formatDateTime } from './date-time.ts';

describe('dates and times on the Stockholm clock', () => {
  it('shows an instant in Stockholm time, winter and summer', () => {
    expect(formatDateTime('2026-12-03T13:30:00.000Z', 'sv')).toContain('14:30');
    expect(formatDateTime('2026-07-01T06:05:00.000Z', 'en')).toContain('08:05');
  });

  it('takes the Stockholm calendar day, not the UTC one', () => {
    expect(formatDate('2027-03-02T23:30:00.000Z', 'sv')).toBe('3 mars 2027');
    expect(formatDate('2027-03-02T23:30:00.000Z', 'en')).toBe('3 March 2027');
  });

  it('writes a calendar date as it is', () => {
    expect(formatCalendarDate('2027-01-06', 'sv')).toBe('6 januari 2027');
    expect(formatCalendarDate('2027-01-06', 'en')).toBe('6 January 2027');
    expect(formatCalendarDate('2027-02-3', 'sv')).toBe('2027-02-3');
  });

  it('writes a point in time in words with the weekday', () => {
    expect(formatLongDateTime('2026-12-03T13:30:00.000Z', 'sv')).toBe(
      'torsdag 3 december 2026 kl. 14:30',
    );
  });

  it('writes an appointment time with a full stop in Swedish and a colon in English', () => {
    expect(formatAppointment('2026-12-03T08:30:00.000Z', 'sv')).toEqual({
      date: 'torsdag 3 december 2026',
      time: '09.30',
    });
    expect(formatAppointment('2026-12-03T08:30:00.000Z', 'en').time).toBe('09:30');
  });
});

describe('file sizes', () => {
  it('rounds kilobytes up and never shows 0 kB', () => {
    expect(formatFileSize(0, 'sv')).toBe('1 kB');
    expect(formatFileSize(20480, 'sv')).toBe('20 kB');
    expect(formatFileSize(20481, 'en')).toBe('21 kB');
  });

  it('shows megabytes with one decimal in the language’s own way', () => {
    expect(formatFileSize(2.4 * 1024 * 1024, 'sv')).toBe('2,4 MB');
    expect(formatFileSize(2.4 * 1024 * 1024, 'en')).toBe('2.4 MB');
  });
});
