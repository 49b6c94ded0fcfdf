import { describe, expect, it } from 'vitest';
import { createI18nInstances } from '../../i18n/i18n-instances.ts';
import {
  countChange,
  durationChange,
  formatCalendarMinutes,
  formatCount,
  formatHoursMinutes,
} from './statistics-format.ts';

const instances = createI18nInstances();
const tSv = (await instances.load('sv')).getFixedT('sv', 'app');
const tEn = (await instances.load('en')).getFixedT('en', 'app');

describe('durations in words', () => {
  it('tells working time in hours and minutes, never in days', () => {
    expect(formatHoursMinutes(125, tSv)).toBe('2 tim 5 min');
    expect(formatHoursMinutes(45, tSv)).toBe('45 min');
    expect(formatHoursMinutes(120, tSv)).toBe('2 tim');
    expect(formatHoursMinutes(3900, tSv)).toBe('65 tim');
    expect(formatHoursMinutes(0, tSv)).toBe('0 min');
    expect(formatHoursMinutes(125, tEn)).toBe('2 h 5 min');
  });

  it('tells calendar time from a day on in days and hours', () => {
    expect(formatCalendarMinutes(3900, tSv)).toBe('2 dygn 17 tim');
    expect(formatCalendarMinutes(4 * 1440 + 4 * 60 + 30, tSv)).toBe('4 dygn 4 tim');
    expect(formatCalendarMinutes(1440, tSv)).toBe('1 dygn');
    expect(formatCalendarMinutes(1439, tSv)).toBe('23 tim 59 min');
    expect(formatCalendarMinutes(1440, tEn)).toBe('1 day');
    expect(formatCalendarMinutes(3 * 1440 + 240, tEn)).toBe('3 days 4 h');
  });
});

describe('withheld counts', () => {
  it('are words, never the number', () => {
    expect(formatCount({ value: null, suppressed: true }, 'sv', tSv)).toBe('färre än 5');
    expect(formatCount({ value: 3, suppressed: true }, 'en', tEn)).toBe('fewer than 5');
    expect(formatCount({ value: 1234, suppressed: false }, 'sv', tSv)).toBe('1\u00a0234');
  });
});

describe('the comparison with the period before', () => {
  const shown = (value: number) => ({ value, suppressed: false });
  const fewer = { value: null, suppressed: true };

  it('gives the change of a count in per cent', () => {
    expect(countChange(shown(12), shown(10), 'sv', tSv)).toBe('Ökning med 20\u00a0%');
    expect(countChange(shown(5), shown(10), 'en', tEn)).toBe('Down 50%');
    expect(countChange(shown(7), shown(7), 'sv', tSv)).toBe('Oförändrat');
  });

  it('says nothing where a side is withheld or there was nothing before', () => {
    expect(countChange(shown(12), fewer, 'sv', tSv)).toBeNull();
    expect(countChange(fewer, shown(12), 'sv', tSv)).toBeNull();
    expect(countChange(shown(12), shown(0), 'sv', tSv)).toBeNull();
  });

  it('gives the change of a duration in time', () => {
    const format = (minutes: number) => formatHoursMinutes(minutes, tSv);
    expect(durationChange(90, 60, format, tSv)).toBe('30 min längre');
    expect(durationChange(60, 185, format, tSv)).toBe('2 tim 5 min kortare');
    expect(durationChange(null, 60, format, tSv)).toBeNull();
  });
});
