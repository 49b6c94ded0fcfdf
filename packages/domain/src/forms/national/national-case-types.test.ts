import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../calendar/calendar-date.ts';
import { buildAnswerValidator } from '../answer-validator.ts';
import type { ClinicOptions } from '../clinic-options.ts';
import { parseFormDefinition } from '../form-definition.schema.ts';
import { CASE_TYPE_KINDS, NATIONAL_CASE_TYPES, type CaseTypeKind } from './national-case-types.ts';

const TODAY = '2026-03-10' as CalendarDate;

const validated = (kind: CaseTypeKind, answers: unknown, options: ClinicOptions = {}) =>
  buildAnswerValidator(NATIONAL_CASE_TYPES[kind].definition, options).validate(answers, {
    today: TODAY,
  });

const problems = (kind: CaseTypeKind, answers: unknown, options: ClinicOptions = {}) => {
  const result = validated(kind, answers, options);
  return result.ok ? [] : result.problems;
};

describe('NATIONAL_CASE_TYPES', () => {
  it('has all eleven kinds, each a valid definition with Swedish and English names', () => {
    expect(Object.keys(NATIONAL_CASE_TYPES).sort()).toEqual([...CASE_TYPE_KINDS].sort());
    for (const kind of CASE_TYPE_KINDS) {
      const caseType = NATIONAL_CASE_TYPES[kind];
      expect(caseType.kind).toBe(kind);
      expect(parseFormDefinition(caseType.definition)).toMatchObject({ ok: true });
      expect(caseType.name.en).toBeTruthy();
      expect(caseType.definition.description).toBeTruthy();
    }
  });

  it('has unique keys', () => {
    const keys = CASE_TYPE_KINDS.map((kind) => NATIONAL_CASE_TYPES[kind].key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses an unknown field on every type', () => {
    for (const kind of CASE_TYPE_KINDS) {
      expect(problems(kind, { surprise: 'x' })).toContainEqual({
        path: 'surprise',
        code: 'UNKNOWN_FIELD',
      });
    }
  });
});

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

describe('request certificate', () => {
  it('requires kind and new-or-renewal', () => {
    expect(problems('REQUEST_CERTIFICATE', {})).toEqual([
      { path: 'certificateKind', code: 'REQUIRED' },
      { path: 'requestType', code: 'REQUIRED' },
    ]);
    expect(
      problems('REQUEST_CERTIFICATE', { certificateKind: 'driving-licence', requestType: 'new' }),
    ).toEqual([]);
  });

  it('on renewal requires the previous issuer and the current validity', () => {
    const renewal = { certificateKind: 'driving-licence', requestType: 'renewal' };
    expect(problems('REQUEST_CERTIFICATE', renewal)).toEqual([
      { path: 'previousIssuer', code: 'REQUIRED' },
      { path: 'currentValidUntil', code: 'REQUIRED' },
    ]);
    const complete = { ...renewal, previousIssuer: 'Dr Berg', currentValidUntil: '2027-01-31' };
    expect(problems('REQUEST_CERTIFICATE', complete)).toEqual([]);
    expect(
      problems('REQUEST_CERTIFICATE', { ...complete, currentValidUntil: '2025-03-09' }),
    ).toEqual([
      {
        path: 'currentValidUntil',
        code: 'DATE_TOO_FAR_BACK',
        params: { earliest: '2025-03-10', days: 365 },
      },
    ]);
    expect(
      problems('REQUEST_CERTIFICATE', { ...complete, currentValidUntil: '2031-03-10' }),
    ).toEqual([
      {
        path: 'currentValidUntil',
        code: 'DATE_TOO_FAR_AHEAD',
        params: { latest: '2031-03-09', days: 1825 },
      },
    ]);
  });

  it('offers only the certificate kinds on the clinic list', () => {
    const options = { certificateKinds: [{ code: 'diving', display: { sv: 'Dykarintyg' } }] };
    const answers = { certificateKind: 'driving-licence', requestType: 'new' };
    expect(problems('REQUEST_CERTIFICATE', answers, options)).toEqual([
      { path: 'certificateKind', code: 'NOT_AN_OPTION' },
    ]);
    expect(
      problems('REQUEST_CERTIFICATE', { ...answers, certificateKind: 'diving' }, options),
    ).toEqual([]);
  });
});

describe('order a record copy', () => {
  const period = {
    scope: 'period',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    delivery: 'post',
  };

  it('refuses a period that ends before it starts, or lies in the future', () => {
    expect(problems('ORDER_RECORD_COPY', period)).toEqual([]);
    expect(problems('ORDER_RECORD_COPY', { ...period, periodTo: '2026-03-10' })).toEqual([]);
    expect(problems('ORDER_RECORD_COPY', { ...period, periodTo: '2023-12-31' })).toEqual([
      {
        path: 'periodTo',
        code: 'DATE_BEFORE_ANSWER',
        params: { earliest: '2024-01-01', question: 'periodFrom' },
      },
    ]);
    expect(
      problems('ORDER_RECORD_COPY', {
        ...period,
        periodFrom: '2026-03-11',
        periodTo: '2026-04-01',
      }),
    ).toEqual([
      { path: 'periodFrom', code: 'DATE_IN_FUTURE', params: { latest: '2026-03-10' } },
      { path: 'periodTo', code: 'DATE_IN_FUTURE', params: { latest: '2026-03-10' } },
    ]);
  });

  it('needs the period dates when a period is chosen, and how to receive it', () => {
    expect(problems('ORDER_RECORD_COPY', { scope: 'period' })).toEqual([
      { path: 'periodFrom', code: 'REQUIRED' },
      { path: 'periodTo', code: 'REQUIRED' },
      { path: 'delivery', code: 'REQUIRED' },
    ]);
    expect(problems('ORDER_RECORD_COPY', { scope: 'all', delivery: 'email' })).toEqual([
      { path: 'delivery', code: 'NOT_AN_OPTION' },
    ]);
  });

  it('asks which care only when particular care is chosen', () => {
    expect(
      problems('ORDER_RECORD_COPY', { scope: 'all', delivery: 'post', careDescription: 'x' }),
    ).toEqual([{ path: 'careDescription', code: 'NOT_ENABLED' }]);
    expect(
      problems('ORDER_RECORD_COPY', { scope: 'care', delivery: 'pickup', careDescription: 'Knä' }),
    ).toEqual([]);
  });
});

describe('custom case type example', () => {
  it('requires a subject and a message', () => {
    expect(problems('CUSTOM', { subject: 'Fråga' })).toEqual([
      { path: 'message', code: 'REQUIRED' },
    ]);
  });
});

describe('ask the nurse', () => {
  const answers = { question: 'Hur länge smittar jag?', hasFever: false, hasPain: false };

  it('requires the ready-made questions the clinic asks by default', () => {
    expect(problems('ASK_NURSE', { question: 'Hur länge smittar jag?' })).toEqual([
      { path: 'hasFever', code: 'REQUIRED' },
      { path: 'hasPain', code: 'REQUIRED' },
      { path: 'takesMedication', code: 'REQUIRED' },
      { path: 'duration', code: 'REQUIRED' },
    ]);
  });

  it('asks only the questions the clinic selected', () => {
    const options = { healthQuestions: ['fever', 'pain'] };
    expect(problems('ASK_NURSE', answers, options)).toEqual([]);
    expect(problems('ASK_NURSE', { ...answers, takesMedication: true }, options)).toEqual([
      { path: 'takesMedication', code: 'NOT_ENABLED' },
    ]);
  });

  it('follows up pain with intensity 0 to 10', () => {
    const options = { healthQuestions: ['pain'] };
    const base = { question: 'Q', hasPain: true, painLocation: 'Rygg' };
    expect(problems('ASK_NURSE', { ...base, painIntensity: 11 }, options)).toEqual([
      { path: 'painIntensity', code: 'TOO_LARGE', params: { max: 10 } },
    ]);
    expect(problems('ASK_NURSE', { ...base, hasPain: false, painIntensity: 3 }, options)).toEqual([
      { path: 'painLocation', code: 'NOT_ENABLED' },
      { path: 'painIntensity', code: 'NOT_ENABLED' },
    ]);
  });
});

describe('extend sick leave', () => {
  const valid = {
    currentEndDate: '2026-04-30',
    reason: 'awaiting-measure',
    awaitedMeasure: 'Höftledsoperation',
    extent: '100',
    description: 'Kan inte gå längre sträckor.',
  };

  it('accepts a request while waiting for hip surgery', () => {
    expect(problems('EXTEND_SICK_LEAVE', valid)).toEqual([]);
  });

  it('takes a current end date from 30 days back to 180 days ahead', () => {
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, currentEndDate: '2026-02-08' })).toEqual([]);
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, currentEndDate: '2019-05-31' })).toEqual([
      {
        path: 'currentEndDate',
        code: 'DATE_TOO_FAR_BACK',
        params: { earliest: '2026-02-08', days: 30 },
      },
    ]);
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, currentEndDate: '2026-09-07' })).toEqual([
      {
        path: 'currentEndDate',
        code: 'DATE_TOO_FAR_AHEAD',
        params: { latest: '2026-09-06', days: 180 },
      },
    ]);
  });

  it('takes the date of an awaited measure from today on', () => {
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, measureDate: '2026-03-10' })).toEqual([]);
    expect(problems('EXTEND_SICK_LEAVE', { ...valid, measureDate: '2026-03-01' })).toEqual([
      { path: 'measureDate', code: 'DATE_IN_PAST', params: { earliest: '2026-03-10' } },
    ]);
  });

  it('requires the measure when waiting for one, and a real end date', () => {
    expect(
      problems('EXTEND_SICK_LEAVE', { ...valid, awaitedMeasure: '', currentEndDate: '2026-02-30' }),
    ).toEqual([
      { path: 'currentEndDate', code: 'INVALID_DATE' },
      { path: 'awaitedMeasure', code: 'REQUIRED' },
    ]);
  });
});

describe('renew prescription', () => {
  const medicines = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ name: `Läkemedel ${i + 1}`, strength: '10 mg' }));

  it('accepts 1 and 10 medicines, refuses 0 and 11', () => {
    expect(problems('RENEW_PRESCRIPTION', { medicines: medicines(1) })).toEqual([]);
    expect(problems('RENEW_PRESCRIPTION', { medicines: medicines(10) })).toEqual([]);
    expect(problems('RENEW_PRESCRIPTION', { medicines: medicines(11) })).toEqual([
      { path: 'medicines', code: 'TOO_MANY', params: { max: 10 } },
    ]);
    expect(problems('RENEW_PRESCRIPTION', { medicines: [] })).toEqual([
      { path: 'medicines', code: 'TOO_FEW', params: { min: 1 } },
    ]);
  });

  it('requires a name for each medicine, at its path', () => {
    const list = [...medicines(2), { strength: '5 mg' }];
    expect(problems('RENEW_PRESCRIPTION', { medicines: list })).toEqual([
      { path: 'medicines.2.name', code: 'REQUIRED' },
    ]);
  });

  it('takes further information only when the clinic allows it', () => {
    const answers = { medicines: medicines(1), furtherInformation: 'Reser bort' };
    expect(problems('RENEW_PRESCRIPTION', answers)).toEqual([]);
    expect(problems('RENEW_PRESCRIPTION', answers, { furtherInformation: false })).toEqual([
      { path: 'furtherInformation', code: 'NOT_ENABLED' },
    ]);
  });
});

describe('renew aids', () => {
  const aid = {
    category: 'stoma',
    productName: 'Stomipåse X',
    consumption: 2,
    consumptionPeriod: 'day',
    packages: 3,
  };
  const delivery = {
    recipientName: 'Bo Ek',
    address: 'Storgatan 1',
    postalCode: '111 22',
    town: 'Stockholm',
    phone: '070-1740605',
  };

  it('accepts 1 to 4 aids and refuses 0 and 5', () => {
    expect(problems('RENEW_AIDS', { aids: [aid] })).toEqual([]);
    expect(problems('RENEW_AIDS', { aids: [aid, aid, aid, aid] })).toEqual([]);
    expect(problems('RENEW_AIDS', { aids: [aid, aid, aid, aid, aid] })).toEqual([
      { path: 'aids', code: 'TOO_MANY', params: { max: 4 } },
    ]);
    expect(problems('RENEW_AIDS', {})).toEqual([
      { path: 'aids', code: 'TOO_FEW', params: { min: 1 } },
    ]);
  });

  it('requires product name, consumption and its period, and number of packages', () => {
    expect(problems('RENEW_AIDS', { aids: [aid, { category: 'other', size: 'L' }] })).toEqual([
      { path: 'aids.1.productName', code: 'REQUIRED' },
      { path: 'aids.1.consumption', code: 'REQUIRED' },
      { path: 'aids.1.consumptionPeriod', code: 'REQUIRED' },
      { path: 'aids.1.packages', code: 'REQUIRED' },
    ]);
  });

  it('takes a consumption below one a day as an amount per week or month', () => {
    const everyOtherDay = { ...aid, consumption: 15, consumptionPeriod: 'month' };
    expect(problems('RENEW_AIDS', { aids: [everyOtherDay] })).toEqual([]);
    expect(
      problems('RENEW_AIDS', { aids: [{ ...aid, consumption: 3, consumptionPeriod: 'week' }] }),
    ).toEqual([]);
    expect(
      problems('RENEW_AIDS', { aids: [{ ...aid, consumptionPeriod: 'every-other-day' }] }),
    ).toEqual([{ path: 'aids.0.consumptionPeriod', code: 'NOT_AN_OPTION' }]);
    expect(problems('RENEW_AIDS', { aids: [{ ...aid, consumption: 0 }] })).toEqual([
      { path: 'aids.0.consumption', code: 'TOO_SMALL', params: { min: 1 } },
    ]);
  });

  it('delivers to a named recipient at a street address, never a box address', () => {
    const aids = [{ ...aid, category: 'incontinence' }];
    expect(problems('RENEW_AIDS', { aids, delivery: { ...delivery, recipientName: '' } })).toEqual([
      { path: 'delivery.recipientName', code: 'REQUIRED' },
    ]);
    for (const box of ['Box 123', 'Box123', 'Postbox 12', 'Postfack 4', 'PL 1234', 'BOX 5']) {
      expect(problems('RENEW_AIDS', { aids, delivery: { ...delivery, address: box } })).toEqual([
        { path: 'delivery.address', code: 'BOX_ADDRESS' },
      ]);
    }
    for (const street of ['Boxholmsgatan 3', 'Plangatan 2, pl 3', 'Fackelvägen 7']) {
      expect(problems('RENEW_AIDS', { aids, delivery: { ...delivery, address: street } })).toEqual(
        [],
      );
    }
  });

  it('stores the delivery postcode and phone in one written form, refusing what is neither', () => {
    const aids = [{ ...aid, category: 'incontinence' }];
    const messy = { ...delivery, postalCode: 'SE-11122', phone: '070 - 174 06 05' };
    expect(validated('RENEW_AIDS', { aids, delivery: messy })).toMatchObject({
      ok: true,
      value: { delivery: { postalCode: '111 22', phone: '+46701740605' } },
    });
    expect(
      problems('RENEW_AIDS', { aids, delivery: { ...delivery, postalCode: '1112', phone: '070' } }),
    ).toEqual([
      { path: 'delivery.postalCode', code: 'INVALID_POSTAL_CODE' },
      { path: 'delivery.phone', code: 'INVALID_PHONE' },
    ]);
  });

  it('requires delivery details when any aid is an incontinence aid', () => {
    const aids = [aid, { ...aid, category: 'incontinence', size: 'M' }];
    expect(problems('RENEW_AIDS', { aids })).toEqual([
      { path: 'delivery.recipientName', code: 'REQUIRED' },
      { path: 'delivery.address', code: 'REQUIRED' },
      { path: 'delivery.postalCode', code: 'REQUIRED' },
      { path: 'delivery.town', code: 'REQUIRED' },
      { path: 'delivery.phone', code: 'REQUIRED' },
    ]);
    expect(problems('RENEW_AIDS', { aids, delivery, freeCardNumber: '12345' })).toEqual([]);
  });

  it('refuses delivery details when no aid is an incontinence aid', () => {
    expect(problems('RENEW_AIDS', { aids: [aid], delivery })).toEqual([
      { path: 'delivery', code: 'NOT_ENABLED' },
    ]);
  });
});

describe('contact me', () => {
  it('accepts the wish alone, since whom, reason and how are optional', () => {
    expect(problems('CONTACT_ME', {})).toEqual([]);
    expect(
      problems('CONTACT_ME', {
        whom: 'Min läkare',
        reason: 'test-results',
        contactMethod: 'phone',
        phoneNumber: '070-1740605',
      }),
    ).toEqual([]);
  });

  it('takes the phone number as people write it and stores it in E.164', () => {
    const byPhone = { contactMethod: 'phone' };
    for (const [written, stored] of [
      ['070-123 45 67', '+46701234567'],
      ['070 123 45 67', '+46701234567'],
      ['08-123 456 78', '+46812345678'],
      ['(08) 123 456 78', '+46812345678'],
      ['+46 70 123 45 67', '+46701234567'],
      ['0046 70 123 45 67', '+46701234567'],
      ['+45 20 12 34 56', '+4520123456'],
    ]) {
      expect(validated('CONTACT_ME', { ...byPhone, phoneNumber: written }), written).toEqual({
        ok: true,
        value: { ...byPhone, phoneNumber: stored },
      });
    }
  });

  it('refuses what is not a phone number', () => {
    for (const wrong of ['070', '12345', '070-123 45 67 89', 'ring mig']) {
      expect(problems('CONTACT_ME', { contactMethod: 'phone', phoneNumber: wrong }), wrong).toEqual(
        [{ path: 'phoneNumber', code: 'INVALID_PHONE' }],
      );
    }
  });

  it('asks for a phone number only when phone is chosen', () => {
    expect(problems('CONTACT_ME', { contactMethod: 'message', phoneNumber: '070' })).toEqual([
      { path: 'phoneNumber', code: 'NOT_ENABLED' },
    ]);
  });
});

describe('advice', () => {
  it('requires a question', () => {
    expect(problems('ADVICE', {})).toEqual([{ path: 'question', code: 'REQUIRED' }]);
  });

  it('takes the earlier caregiver only when the clinic shows the field', () => {
    const answers = { question: 'Q', earlierCaregiver: 'Dr Lind' };
    expect(problems('ADVICE', answers)).toEqual([
      { path: 'earlierCaregiver', code: 'NOT_ENABLED' },
    ]);
    expect(problems('ADVICE', answers, { earlierCaregiver: true })).toEqual([]);
  });
});
