// The national types for appointments, proven through the API: cancelling or rebooking one and
// requesting one, at clinics with the national defaults and with every option changed.
import { describe, it } from 'vitest';
import {
  expectCodeAt,
  expectReady,
  form,
  useNationalCaseTypesHarness,
  without,
} from './support/national-case-types.ts';

useNationalCaseTypesHarness();

describe('cancel or rebook an appointment', () => {
  const cancel = {
    appointmentDate: '2026-12-03',
    appointmentDetails: 'Kl. 10.30 hos doktor Berg',
    action: 'cancel',
    message: 'Jag är bortrest.',
  };
  const rebook = {
    ...cancel,
    action: 'rebook',
    preferredTimes: 'Förmiddagar efter den 10 december',
  };

  it('passes a complete cancellation and a complete rebooking', async () => {
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT'), cancel);
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT'), rebook);
  });

  it('passes with only the date and the action', async () => {
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT'), {
      appointmentDate: '2026-12-03',
      action: 'cancel',
    });
  });

  it.each(['appointmentDate', 'action'])('requires %s', async (key) => {
    await expectCodeAt(form('CANCEL_REBOOK_APPOINTMENT'), without(cancel, key), key, 'REQUIRED');
  });

  it('refuses an action that is neither cancel nor rebook', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT'),
      { ...cancel, action: 'move' },
      'action',
      'NOT_AN_OPTION',
    );
  });

  it('refuses a date that does not exist', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT'),
      { ...cancel, appointmentDate: '2026-02-30' },
      'appointmentDate',
      'INVALID_DATE',
    );
  });

  it('takes preferred times only when rebooking', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT'),
      { ...cancel, preferredTimes: 'Förmiddagar' },
      'preferredTimes',
      'NOT_ENABLED',
    );
  });

  it('refuses days that do not suit where the clinic has not switched the field on', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT'),
      { ...rebook, daysThatDoNotSuit: 'Tisdagar' },
      'daysThatDoNotSuit',
      'NOT_ENABLED',
    );
  });

  it('takes days that do not suit on rebooking where the clinic switched the field on', async () => {
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT', 'tailored'), {
      ...rebook,
      daysThatDoNotSuit: 'Tisdagar',
    });
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT', 'tailored'), rebook);
  });

  it('refuses days that do not suit on a cancellation, even where the field is on', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT', 'tailored'),
      { ...cancel, daysThatDoNotSuit: 'Tisdagar' },
      'daysThatDoNotSuit',
      'NOT_ENABLED',
    );
  });
});

describe('request an appointment', () => {
  const complete = {
    contactReason: 'Ont i knät sedan två veckor.',
    preferredTimeOfDay: ['morning', 'afternoon'],
    preferredTimes: 'Efter den 10 december',
    preferredCaregiver: 'Doktor Berg',
  };

  it('passes a complete request', async () => {
    await expectReady(form('REQUEST_APPOINTMENT'), complete);
  });

  it('passes with only the contact reason', async () => {
    await expectReady(form('REQUEST_APPOINTMENT'), { contactReason: 'Ont i knät.' });
  });

  it('requires the contact reason', async () => {
    await expectCodeAt(
      form('REQUEST_APPOINTMENT'),
      without(complete, 'contactReason'),
      'contactReason',
      'REQUIRED',
    );
  });

  it('counts a blank contact reason as missing', async () => {
    await expectCodeAt(
      form('REQUEST_APPOINTMENT'),
      { ...complete, contactReason: '   ' },
      'contactReason',
      'REQUIRED',
    );
  });

  it('refuses a time of day it does not offer', async () => {
    await expectCodeAt(
      form('REQUEST_APPOINTMENT'),
      { ...complete, preferredTimeOfDay: ['evening'] },
      'preferredTimeOfDay.0',
      'NOT_AN_OPTION',
    );
  });

  it('refuses days that do not suit where the clinic has not switched the field on', async () => {
    await expectCodeAt(
      form('REQUEST_APPOINTMENT'),
      { ...complete, daysThatDoNotSuit: 'Fredagar' },
      'daysThatDoNotSuit',
      'NOT_ENABLED',
    );
  });

  it('takes days that do not suit, optionally, where the clinic switched the field on', async () => {
    await expectReady(form('REQUEST_APPOINTMENT', 'tailored'), {
      ...complete,
      daysThatDoNotSuit: 'Fredagar',
    });
    await expectReady(form('REQUEST_APPOINTMENT', 'tailored'), complete);
  });
});
