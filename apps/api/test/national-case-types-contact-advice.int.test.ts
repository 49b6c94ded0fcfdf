// The national types as a clinic activates them (their definition and options), and the contact me,
// advice and custom example types, proven through the API.
import { describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES, type CaseTypeKind, type ClinicOptions } from '@etj/domain';
import {
  citizen,
  expectCodeAt,
  expectReady,
  expectRefused,
  FORM,
  form,
  KINDS,
  problem,
  requiredKeysOf,
  TAILORED,
  useNationalCaseTypesHarness,
  without,
} from './support/national-case-types.ts';

useNationalCaseTypesHarness();

describe('activation', () => {
  it.each(KINDS)('%s opens with its definition and the national default options', async (kind) => {
    const result = await citizen.graphql<{ caseTypeForm: Record<string, unknown> }>(
      FORM,
      form(kind),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.caseTypeForm).toEqual({
      kind,
      definition: NATIONAL_CASE_TYPES[kind].definition,
      clinicOptions: NATIONAL_CASE_TYPES[kind].defaultClinicOptions,
    });
  });

  it('opens each type at the tailored clinic with that clinic’s options', async () => {
    for (const [kind, options] of Object.entries(TAILORED) as [CaseTypeKind, ClinicOptions][]) {
      const result = await citizen.graphql<{ caseTypeForm: { clinicOptions: unknown } }>(
        FORM,
        form(kind, 'tailored'),
      );
      expect(result.data?.caseTypeForm.clinicOptions, kind).toEqual(options);
    }
  });

  it('states the required fields each test below removes', () => {
    expect(requiredKeysOf('CANCEL_REBOOK_APPOINTMENT')).toEqual(['appointmentDate', 'action']);
    expect(requiredKeysOf('REQUEST_APPOINTMENT')).toEqual(['contactReason']);
    expect(requiredKeysOf('REQUEST_CERTIFICATE')).toEqual(['certificateKind', 'requestType']);
    expect(requiredKeysOf('ORDER_RECORD_COPY')).toEqual(['scope', 'delivery']);
    expect(requiredKeysOf('ASK_NURSE')).toEqual(['question']);
    expect(requiredKeysOf('EXTEND_SICK_LEAVE')).toEqual([
      'currentEndDate',
      'reason',
      'extent',
      'description',
    ]);
    expect(requiredKeysOf('CONTACT_ME')).toEqual([]);
    expect(requiredKeysOf('ADVICE')).toEqual(['question']);
    expect(requiredKeysOf('CUSTOM')).toEqual(['subject', 'message']);
  });
});

describe('contact me', () => {
  it('passes an empty form, since whom, the reason and how are all optional', async () => {
    await expectReady(form('CONTACT_ME'), {});
  });

  it('passes a complete request to be called', async () => {
    await expectReady(form('CONTACT_ME'), {
      whom: 'Min läkare',
      reason: 'test-results',
      message: 'Jag vill höra om provsvaren.',
      contactMethod: 'phone',
      phoneNumber: '070-123 45 67',
      phoneTimes: 'Förmiddagar',
    });
  });

  it('passes a request for a message without a phone number', async () => {
    await expectReady(form('CONTACT_ME'), { reason: 'other', contactMethod: 'message' });
  });

  it('asks for a phone number and times only when contact by phone is chosen', async () => {
    await expectRefused(
      form('CONTACT_ME'),
      { contactMethod: 'message', phoneNumber: '070-123 45 67', phoneTimes: 'Kvällar' },
      problem('phoneNumber', 'NOT_ENABLED'),
      problem('phoneTimes', 'NOT_ENABLED'),
    );
    await expectCodeAt(
      form('CONTACT_ME'),
      { phoneNumber: '070-123 45 67' },
      'phoneNumber',
      'NOT_ENABLED',
    );
  });

  it('refuses a reason it does not offer', async () => {
    await expectCodeAt(form('CONTACT_ME'), { reason: 'gossip' }, 'reason', 'NOT_AN_OPTION');
  });
});

describe('advice', () => {
  it('passes a question', async () => {
    await expectReady(form('ADVICE'), { question: 'Kan jag träna med förkylning?' });
  });

  it('requires the question', async () => {
    await expectCodeAt(form('ADVICE'), {}, 'question', 'REQUIRED');
  });

  it('refuses the earlier caregiver where the clinic does not show the field', async () => {
    await expectCodeAt(
      form('ADVICE'),
      { question: 'Kan jag träna?', earlierCaregiver: 'Capio Farsta' },
      'earlierCaregiver',
      'NOT_ENABLED',
    );
  });

  it('takes the earlier caregiver, optionally, where the clinic shows the field', async () => {
    await expectReady(form('ADVICE', 'tailored'), {
      question: 'Kan jag träna?',
      earlierCaregiver: 'Capio Farsta',
    });
    await expectReady(form('ADVICE', 'tailored'), { question: 'Kan jag träna?' });
    await expectCodeAt(
      form('ADVICE', 'tailored'),
      { earlierCaregiver: 'Capio Farsta' },
      'question',
      'REQUIRED',
    );
  });
});

describe('custom case type example', () => {
  const complete = { subject: 'Parkering', message: 'Var kan jag parkera vid mottagningen?' };

  it('passes a subject and a message', async () => {
    await expectReady(form('CUSTOM'), complete);
  });

  it.each(['subject', 'message'])('requires %s', async (key) => {
    await expectCodeAt(form('CUSTOM'), without(complete, key), key, 'REQUIRED');
  });

  it('refuses a subject longer than 100 characters', async () => {
    await expectCodeAt(
      form('CUSTOM'),
      { ...complete, subject: 'x'.repeat(101) },
      'subject',
      'TOO_LONG',
      {
        max: 100,
      },
    );
  });
});
