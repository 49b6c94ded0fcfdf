import { describe, expect, it } from 'vitest';
import { normaliseMobile } from './mobile-number.ts';

describe('normaliseMobile', () => {
  it.each([
    ['070-174 06 05', '+46701740605'],
    ['0701740605', '+46701740605'],
    ['+46 70 174 06 05', '+46701740605'],
    ['+46701740605', '+46701740605'],
    ['0046 70-174 06 05', '+46701740605'],
    ['0046701234567', '+46701234567'],
    ['+46 (0)70 123 45 67', '+46701234567'],
    ['073-174 06 05', '+46731740605'],
    ['076-123 45 67', '+46761234567'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseMobile(input)).toBe(expected);
  });

  it.each([
    '08-123 456 78',
    '070-174 06 0',
    '070-174 06 055',
    '+47 70 174 06 05',
    'sjuttio',
    '075-174 06 05',
    '+46 8 123 456 78',
    '+1 202 555 0143',
    '',
  ])('refuses %s', (input) => {
    expect(normaliseMobile(input)).toBeNull();
  });
});
