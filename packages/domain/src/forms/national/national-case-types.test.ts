// The national case types as a whole, and the rules of the contact me, advice and custom example
// types, checked with the answer validator.
import { describe, expect, it } from 'vitest';
import { parseFormDefinition } from '../form-definition.schema.ts';
import { CASE_TYPE_KINDS, NATIONAL_CASE_TYPES } from './national-case-types.ts';
import { problems, validated } from './national-case-types.test-support.ts';

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

describe('custom case type example', () => {
  it('requires a subject and a message', () => {
    expect(problems('CUSTOM', { subject: 'Fråga' })).toEqual([
      { path: 'message', code: 'REQUIRED' },
    ]);
  });
});
