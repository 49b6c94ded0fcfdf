import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/calendar-date.ts';
import { buildAnswerValidator } from './answer-validator.ts';
import type { FormDefinition, TextFormat } from './form-definition.ts';
import { parseFormDefinition } from './form-definition.schema.ts';
import { formatText } from './text-formats.ts';

const definition = (format: TextFormat, type: 'string' | 'text' = 'string'): FormDefinition => ({
  formatVersion: 1,
  key: 'formats',
  version: 1,
  title: { sv: 'Format' },
  clinicOptions: [],
  items: [{ linkId: 'answer', type, text: { sv: 'Svar' }, format }],
});

/** What the validator does with `written` in an item of `format`, on `today`. */
const validate = (format: TextFormat, written: string, today = '2026-03-10') =>
  buildAnswerValidator(definition(format)).validate(
    { answer: written },
    { today: today as CalendarDate },
  );

describe('text formats in the validator', () => {
  it.each([
    ['19121212-1212', '19121212-1212'],
    ['191212121212', '19121212-1212'],
    ['1912 1212 1212', '19121212-1212'],
    ['19121212 - 1212', '19121212-1212'],
    ['1912-12-12-1212', '19121212-1212'],
    ['121212-1212', '20121212-1212'],
    ['121212+1212', '19121212-1212'],
    ['19701063-2391', '19701063-2391'],
  ])('stores the personnummer %s as %s', (written, stored) => {
    expect(validate('personnummer', written)).toEqual({ ok: true, value: { answer: stored } });
  });

  it.each([
    ['260310-1235', '2026-03-10', '20260310-1235'],
    ['260311-1234', '2026-03-10', '19260311-1234'],
    ['121212-1212', '2011-01-01', '19121212-1212'],
    ['121212+1212', '2011-01-01', '18121212-1212'],
    ['701063-2391', '2026-03-10', '19701063-2391'],
  ])('stores the personnummer %s written on %s as %s', (written, today, stored) => {
    expect(validate('personnummer', written, today)).toEqual({
      ok: true,
      value: { answer: stored },
    });
  });

  it.each(['19121212-1213', '1912121212', '19121312-1212', 'nittonhundra'])(
    'refuses %s as a personnummer',
    (written) => {
      expect(validate('personnummer', written)).toEqual({
        ok: false,
        problems: [{ path: 'answer', code: 'INVALID_PERSONNUMMER' }],
      });
    },
  );

  it.each([
    ['070-123 45 67', '+46701234567'],
    ['  0701234567 ', '+46701234567'],
    ['+46 (0)70 123 45 67', '+46701234567'],
    ['08-123 456 78', '+46812345678'],
    ['+1 202 555 0143', '+12025550143'],
    ['0046 70 123 45 67', '+46701234567'],
    ['(08) 123 456 78', '+46812345678'],
  ])('stores the phone number %s as %s', (written, stored) => {
    expect(validate('phone', written)).toEqual({ ok: true, value: { answer: stored } });
  });

  it.each([
    '070',
    '0701',
    '+46 70 123',
    'ring mig efter fem',
    'ring 070-123 45 67 efter fem',
    '070-123 45 67 (mobil)',
    'tel: 0701234567',
  ])('refuses %s as a phone number', (written) => {
    expect(validate('phone', written)).toEqual({
      ok: false,
      problems: [{ path: 'answer', code: 'INVALID_PHONE' }],
    });
  });

  it.each([
    ['123 45', '123 45'],
    ['12345', '123 45'],
    ['123-45', '123 45'],
    ['SE-123 45', '123 45'],
  ])('stores the postcode %s as %s', (written, stored) => {
    expect(validate('postal-code', written)).toEqual({ ok: true, value: { answer: stored } });
  });

  it.each(['1234', '012 34', '123 456', 'Farsta'])('refuses %s as a postcode', (written) => {
    expect(validate('postal-code', written)).toEqual({
      ok: false,
      problems: [{ path: 'answer', code: 'INVALID_POSTAL_CODE' }],
    });
  });

  it.each([
    'Box 123',
    'Box123',
    'BOX 5',
    'Postbox 12',
    'Postfack 4',
    'Fack 17',
    'Postlåda 5',
    'PL 1234',
    'Pl1234',
    'Poste restante',
    'c/o Svensson, Box 55',
    'Box nr 12',
    'Box no. 12',
    'Postfack: 4',
    'Box-12',
    'Box #12',
  ])('refuses the box address %s', (written) => {
    expect(validate('street-address', written)).toEqual({
      ok: false,
      problems: [{ path: 'answer', code: 'BOX_ADDRESS' }],
    });
  });

  it.each([
    'Storgatan 1',
    'Boxholmsgatan 3',
    'Plangatan 2',
    'Storgatan 3, pl 2',
    'Fackelvägen 7',
    'Sandlådevägen 2',
  ])('delivers to the street address %s', (written) => {
    expect(validate('street-address', written)).toEqual({ ok: true, value: { answer: written } });
  });

  it('writes a street address with single spaces', () => {
    expect(formatText('street-address', 'Storgatan  1')).toEqual({
      ok: true,
      value: 'Storgatan 1',
    });
  });
});

describe('text formats in the definition schema', () => {
  it('takes a format on one-line text only', () => {
    expect(parseFormDefinition(definition('phone')).ok).toBe(true);
    expect(parseFormDefinition(definition('phone', 'text'))).toMatchObject({
      ok: false,
      problems: [{ message: 'a format belongs to one-line text (string) items' }],
    });
    expect(parseFormDefinition(definition('email' as TextFormat)).ok).toBe(false);
  });
});
