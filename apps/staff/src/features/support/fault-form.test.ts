import { describe, expect, it } from 'vitest';
import {
  apiFaultProblem,
  emptyFaultForm,
  type FaultForm,
  localFaultProblems,
} from './fault-form.ts';

const now = new Date('2026-03-29T10:00:00Z');
const filled: FaultForm = {
  ...emptyFaultForm(now),
  summary: 'Fel',
  description: 'Beskrivning.',
  area: 'OTHER',
  severity: 'LOW',
};
const file = (type: string, size: number) => new File([new Uint8Array(size)], 'bild', { type });

describe('fault form', () => {
  it('starts at now on Stockholm’s wall clock (summer time from this morning)', () => {
    expect(emptyFaultForm(now)).toMatchObject({
      occurredDate: '2026-03-29',
      occurredTime: '12:00',
    });
  });

  it('finds nothing wrong with a filled form', () => {
    expect(localFaultProblems(filled, now)).toEqual([]);
  });

  it('refuses a time ahead of now, a GIF and a screenshot past 2 MB', () => {
    expect(localFaultProblems({ ...filled, occurredTime: '13:00' }, now)).toEqual([
      { field: 'occurredAt', key: 'occurredInFuture' },
    ]);
    expect(localFaultProblems({ ...filled, screenshot: file('image/gif', 10) }, now)).toEqual([
      { field: 'screenshot', key: 'screenshotType' },
    ]);
    expect(
      localFaultProblems({ ...filled, screenshot: file('image/png', 2_097_153) }, now),
    ).toEqual([{ field: 'screenshot', key: 'screenshotTooLarge' }]);
  });

  it('a time that does not exist is refused', () => {
    expect(localFaultProblems({ ...filled, occurredTime: '25:00' }, now)).toEqual([
      { field: 'occurredAt', key: 'occurredInvalid' },
    ]);
  });

  it('reads the API’s codes into the form’s messages', () => {
    expect(apiFaultProblem({ path: 'summary', code: 'TOO_LONG' })).toEqual({
      field: 'summary',
      key: 'tooLong',
      params: { max: 120 },
    });
    expect(apiFaultProblem({ path: 'screenshot', code: 'SCREENSHOT_TOO_LARGE' })).toEqual({
      field: 'screenshot',
      key: 'screenshotTooLarge',
    });
  });
});
