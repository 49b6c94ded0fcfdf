// The rules of the national appointment types: cancelling or rebooking one and requesting one.
import { describe, expect, it } from 'vitest';
import { problems } from './national-case-types.test-support.ts';

describe('cancel or rebook appointment', () => {
  const valid = { appointmentDate: '2026-03-10', action: 'cancel' };

  it('refuses an appointment that has passed, and one more than two years ahead', () => {
    expect(
      problems('CANCEL_REBOOK_APPOINTMENT', { ...valid, appointmentDate: '2025-03-10' }),
    ).toEqual([
      { path: 'appointmentDate', code: 'DATE_IN_PAST', params: { earliest: '2026-03-10' } },
    ]);
    expect(
      problems('CANCEL_REBOOK_APPOINTMENT', { ...valid, appointmentDate: '2028-03-10' }),
    ).toEqual([
      {
        path: 'appointmentDate',
        code: 'DATE_TOO_FAR_AHEAD',
        params: { latest: '2028-03-09', days: 730 },
      },
    ]);
  });

  it('needs the appointment and whether to cancel or rebook', () => {
    expect(problems('CANCEL_REBOOK_APPOINTMENT', valid)).toEqual([]);
    expect(problems('CANCEL_REBOOK_APPOINTMENT', {})).toEqual([
      { path: 'appointmentDate', code: 'REQUIRED' },
      { path: 'action', code: 'REQUIRED' },
    ]);
  });

  it('shows days that do not suit only when the clinic chose it and only on rebooking', () => {
    const rebook = { ...valid, action: 'rebook', daysThatDoNotSuit: 'tisdagar' };
    expect(problems('CANCEL_REBOOK_APPOINTMENT', rebook)).toEqual([
      { path: 'daysThatDoNotSuit', code: 'NOT_ENABLED' },
    ]);
    expect(problems('CANCEL_REBOOK_APPOINTMENT', rebook, { daysThatDoNotSuit: true })).toEqual([]);
    const cancel = { ...valid, daysThatDoNotSuit: 'tisdagar' };
    expect(problems('CANCEL_REBOOK_APPOINTMENT', cancel, { daysThatDoNotSuit: true })).toEqual([
      { path: 'daysThatDoNotSuit', code: 'NOT_ENABLED' },
    ]);
  });
});

describe('request appointment', () => {
  it('takes an earliest suitable date from today to a year ahead', () => {
    const answers = { contactReason: 'Ont' };
    expect(problems('REQUEST_APPOINTMENT', { ...answers, earliestDate: '2027-03-10' })).toEqual([]);
    expect(problems('REQUEST_APPOINTMENT', { ...answers, earliestDate: '2026-03-09' })).toEqual([
      { path: 'earliestDate', code: 'DATE_IN_PAST', params: { earliest: '2026-03-10' } },
    ]);
    expect(problems('REQUEST_APPOINTMENT', { ...answers, earliestDate: '2027-03-11' })).toEqual([
      {
        path: 'earliestDate',
        code: 'DATE_TOO_FAR_AHEAD',
        params: { latest: '2027-03-10', days: 365 },
      },
    ]);
  });

  it('requires a contact reason', () => {
    expect(problems('REQUEST_APPOINTMENT', { preferredTimes: 'måndagar' })).toEqual([
      { path: 'contactReason', code: 'REQUIRED' },
    ]);
    expect(problems('REQUEST_APPOINTMENT', { contactReason: 'Ont i knät' })).toEqual([]);
  });

  it('accepts preferred times of day and refuses other codes', () => {
    expect(
      problems('REQUEST_APPOINTMENT', { contactReason: 'Ont', earliestDate: '2026-03-10' }),
    ).toEqual([]);
    const answers = { contactReason: 'Ont', preferredTimeOfDay: ['morning', 'night'] };
    expect(problems('REQUEST_APPOINTMENT', answers)).toEqual([
      { path: 'preferredTimeOfDay.1', code: 'NOT_AN_OPTION' },
    ]);
  });

  it('refuses days that do not suit unless the clinic switched the field on', () => {
    const answers = { contactReason: 'Ont', daysThatDoNotSuit: 'fredagar' };
    expect(problems('REQUEST_APPOINTMENT', answers)).toEqual([
      { path: 'daysThatDoNotSuit', code: 'NOT_ENABLED' },
    ]);
    expect(problems('REQUEST_APPOINTMENT', answers, { daysThatDoNotSuit: true })).toEqual([]);
  });
});
