import { describe, expect, it } from 'vitest';
import { buildSeedData } from './seed.ts';
import type { CalendarDate } from './domain.ts';

const today = '2026-12-03' as CalendarDate;
const data = buildSeedData(today);
const day = (d: Date) => d.toISOString().slice(0, 10);

describe('the seeded year of statistics', () => {
  const firstCase = Math.min(...data.cases.map((c) => c.submittedAt.getTime()));
  const firstCaseDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(
    new Date(firstCase),
  );

  it('covers the year up to the day before the first demo case, every day final', () => {
    const days = data.statsDays.map((d) => day(d.day));
    expect(days[0]).toBe('2025-12-03');
    expect(days.at(-1)! < firstCaseDay).toBe(true);
    expect(data.statsDays.every((d) => d.final)).toBe(true);
    expect(data.statsCaseDays.every((r) => day(r.day) < firstCaseDay)).toBe(true);
  });

  it('holds consistent counts: durations as many as answers, proxy and in-time within bounds', () => {
    for (const r of data.statsCaseDays) {
      expect(r.firstAnswerMinutes).toHaveLength(r.firstAnswerBusinessMinutes.length);
      expect(r.closeMinutes).toHaveLength(r.closeBusinessMinutes.length);
      expect(r.submittedByProxy).toBeLessThanOrEqual(r.submitted);
      expect(r.answeredWithinTarget).toBeLessThanOrEqual(r.answeredWithTarget);
      expect(r.backlog).toHaveLength(5);
      r.firstAnswerMinutes.forEach((m, i) => {
        expect(m).toBeGreaterThanOrEqual(r.firstAnswerBusinessMinutes[i] ?? 0);
      });
    }
    const sent = data.statsCaseDays.reduce((sum, r) => sum + r.submitted, 0);
    expect(sent).toBeGreaterThan(10_000);
    expect(data.statsLoginDays).toHaveLength(data.statsDays.length * 3);
  });

  it('is the same every time for the same day', () => {
    expect(buildSeedData(today).statsCaseDays).toEqual(data.statsCaseDays);
  });
});
