import { clinicCalendar } from '@etj/domain';
import { describe, expect, it } from 'vitest';
import { firstAnswerDue } from './response-due.rules.ts';

const weekdays = clinicCalendar([{ days: 'mon-fri', opens: '08:00', closes: '17:00' }]);
const at = (iso: string) => new Date(iso);
// Sent Monday 7 December 2026 08:00 CET with a 24-working-hour target: due Wednesday 17:00.
const sent = { submittedAt: at('2026-12-07T07:00Z'), dueAt: at('2026-12-09T16:00Z') };

describe('firstAnswerDue', () => {
  it('is on track with more than a quarter and four hours left', () => {
    const due = firstAnswerDue({ ...sent, answeredAt: null }, at('2026-12-08T09:00Z'), weekdays);
    expect(due).toEqual({ dueAt: sent.dueAt, workingMinutesLeft: 16 * 60, state: 'ON_TRACK' });
  });

  it('is near with less than a quarter of the target left (six of 24 hours)', () => {
    // Wednesday 10:00: seven hours left, not yet near; 11:01: under six hours, near.
    expect(
      firstAnswerDue({ ...sent, answeredAt: null }, at('2026-12-09T09:00Z'), weekdays)?.state,
    ).toBe('ON_TRACK');
    const due = firstAnswerDue({ ...sent, answeredAt: null }, at('2026-12-09T10:01Z'), weekdays);
    expect(due?.state).toBe('NEAR');
    expect(due?.workingMinutesLeft).toBe(5 * 60 + 59);
  });

  it('is near with less than four working hours left of a short target', () => {
    // A 6-hour target sent Monday 08:00 is due 14:00; at 10:01 3 h 59 min are left.
    const short = { submittedAt: at('2026-12-07T07:00Z'), dueAt: at('2026-12-07T13:00Z') };
    expect(
      firstAnswerDue({ ...short, answeredAt: null }, at('2026-12-07T08:59Z'), weekdays)?.state,
    ).toBe('ON_TRACK');
    expect(
      firstAnswerDue({ ...short, answeredAt: null }, at('2026-12-07T09:01Z'), weekdays)?.state,
    ).toBe('NEAR');
  });

  it('is overdue past the due time, counting the working time since', () => {
    // Due Wednesday 17:00; Thursday 10:00 is two working hours late.
    const due = firstAnswerDue({ ...sent, answeredAt: null }, at('2026-12-10T09:00Z'), weekdays);
    expect(due).toEqual({ dueAt: sent.dueAt, workingMinutesLeft: -120, state: 'OVERDUE' });
  });

  it('is overdue the evening the clinic closed without answering, with no working time past', () => {
    const due = firstAnswerDue({ ...sent, answeredAt: null }, at('2026-12-09T18:00Z'), weekdays);
    expect(due?.state).toBe('OVERDUE');
    expect(due?.workingMinutesLeft).toBe(0);
  });

  it('is nothing once answered or without a due time', () => {
    expect(
      firstAnswerDue(
        { ...sent, answeredAt: at('2026-12-08T08:00Z') },
        at('2026-12-10T09:00Z'),
        weekdays,
      ),
    ).toBeNull();
    expect(
      firstAnswerDue(
        { submittedAt: sent.submittedAt, dueAt: null, answeredAt: null },
        at('2026-12-10T09:00Z'),
        weekdays,
      ),
    ).toBeNull();
  });
});
