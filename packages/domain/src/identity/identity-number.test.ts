import { describe, expect, it } from 'vitest';
import { formatIdentityNumber, luhnCheckDigit, parseIdentityNumber } from './identity-number.ts';

describe('parseIdentityNumber', () => {
  it('reads a Skatteverket test personnummer in long form', () => {
    const result = parseIdentityNumber('20000101-2384');
    expect(result).toEqual({
      ok: true,
      value: { kind: 'PERSONNUMMER', normalized: '200001012384', birthDate: '2000-01-01' },
    });
  });

  it('accepts the form without separator', () => {
    const result = parseIdentityNumber('200506152388');
    expect(result.ok && result.value.normalized).toBe('200506152388');
  });

  it('refuses a wrong check digit', () => {
    expect(parseIdentityNumber('20000101-2385')).toEqual({
      ok: false,
      error: 'IDENTITY_NUMBER_INVALID',
    });
  });

  it('refuses garbage and impossible dates', () => {
    expect(parseIdentityNumber('hello').ok).toBe(false);
    expect(parseIdentityNumber('20230229-2380').ok).toBe(false);
    expect(parseIdentityNumber('').ok).toBe(false);
  });

  it('recognises a samordningsnummer (day + 60) and its real birth date', () => {
    const digits = `7001` + `72` + `238`;
    const number = `19${digits}${luhnCheckDigit(digits)}`;
    const result = parseIdentityNumber(number);
    expect(result.ok && result.value.kind).toBe('SAMORDNINGSNUMMER');
    expect(result.ok && result.value.birthDate).toBe('1970-01-12');
  });
});

describe('luhnCheckDigit', () => {
  it('matches the published test numbers', () => {
    expect(luhnCheckDigit('000101238')).toBe(4);
    expect(luhnCheckDigit('000101239')).toBe(2);
    expect(luhnCheckDigit('050615238')).toBe(8);
  });
});

describe('formatIdentityNumber', () => {
  it('puts the hyphen before the birth number', () => {
    expect(formatIdentityNumber('200001012384')).toBe('20000101-2384');
  });
});
