import { describe, expect, it } from 'vitest';
import {
  apiResponseProblem,
  EMPTY_RESPONSE,
  localResponseProblems,
  outcomeKinds,
  responseInput,
} from './response-form.ts';

describe('response form', () => {
  it('sends a booked time as the instant of the Stockholm date and time', () => {
    const form = {
      ...EMPTY_RESPONSE,
      text: ' Välkommen! ',
      appointment: true,
      appointmentDate: '2026-12-03',
      appointmentTime: '14:30',
      appointmentPlace: 'Mottagningen, plan 2',
      pleaseCall: true,
      phone: '08-123 45 67',
      close: true,
    };
    expect(responseInput('case-1', 3, form)).toEqual({
      caseId: 'case-1',
      expectedRevision: 3,
      kind: 'ANSWER',
      text: 'Välkommen!',
      outcomes: [
        {
          kind: 'APPOINTMENT_BOOKED',
          appointmentAt: '2026-12-03T13:30:00.000Z',
          place: 'Mottagningen, plan 2',
        },
        { kind: 'PLEASE_CALL_US', phone: '08-123 45 67' },
      ],
      close: true,
    });
  });

  it('never closes with a counter-question', () => {
    const form = {
      ...EMPTY_RESPONSE,
      kind: 'COUNTER_QUESTION' as const,
      text: 'Hur länge?',
      close: true,
    };
    expect(responseInput('case-1', 1, form).close).toBe(false);
  });

  it('asks for the text and for what a ticked outcome needs', () => {
    const form = { ...EMPTY_RESPONSE, appointment: true, pleaseCall: true };
    expect(localResponseProblems(form).map((p) => p.key)).toEqual([
      'textRequired',
      'appointmentDateRequired',
      'appointmentTimeRequired',
      'placeRequired',
      'phoneRequired',
    ]);
    expect(
      localResponseProblems({
        ...form,
        text: 'Hej',
        appointmentDate: '2026-02-30',
        appointmentTime: '10:00',
        appointmentPlace: 'Här',
        phone: '1177',
      }),
    ).toEqual([{ field: 'appointmentDate', key: 'appointmentInvalid' }]);
  });

  it('puts the API’s outcome problems at the right control by the sent order', () => {
    const sent = outcomeKinds({ ...EMPTY_RESPONSE, prescriptionRenewed: true, pleaseCall: true });
    expect(apiResponseProblem({ path: 'outcomes.1.phone', code: 'REQUIRED' }, sent)).toEqual({
      field: 'phone',
      key: 'phoneRequired',
    });
    expect(apiResponseProblem({ path: 'close', code: 'ONLY_WITH_ANSWER' }, sent)).toEqual({
      field: 'close',
      key: 'closeOnlyWithAnswer',
    });
    expect(apiResponseProblem({ path: 'text', code: 'TOO_LONG' }, sent)).toEqual({
      field: 'text',
      key: 'textInvalid',
    });
  });
});
